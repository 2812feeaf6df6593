/**
 * Incidents at theatre scale: five years of incidents (200,000 synthetic ones plus the real UCDP GED sample), and the
 * time to report one with its attribution, to compute a year of compliance figures by week × party × zone, and to
 * render the daily report of a busy day (HTML and PDF), through the API, on PostgreSQL and on the embedded database in
 * the same run; and the compliance query alone from a client of the same database, so that the rest of the request
 * shows as a ratio.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import pg from 'pg'
import { audience as audienceOf } from '../src/authz/audience.ts'
import { loadConfig } from '../src/config.ts'
import type { Db, Queryable } from '../src/db/engine.ts'
import { migrate } from '../src/db/migrate.ts'
import { openDatabase } from '../src/db/open.ts'
import { openPostgres } from '../src/db/postgres.ts'
import { counts, countsQuery, SET_WORK_MEM, type Dimension } from '../src/modules/incidents/figures.ts'
import { incidentPolicy } from '../src/modules/incidents/policy.ts'
import { inForceMeeting } from '../src/modules/zones/store.ts'
import {
  ADMIN_PASSWORD,
  benchPostgres,
  call,
  machine,
  ok,
  onQuietMachine,
  othersWhile,
  percentile,
  pgSql,
  positionFunctionSql,
  prng,
  root,
  signIn,
  startServer,
  Statements,
  table,
  tempDir,
  today,
  withFreshDatabase,
  writeSection,
  type Server,
  type Sql,
  type StatementStat,
} from './lib.ts'

type Engine = 'pglite' | 'postgresql'
type Figure = 'create' | 'compliance' | 'raw' | 'html' | 'pdf'

// Sizes (environment knobs), and how many times each figure is taken.
const INCIDENTS = Number(process.env.TRUCE_BENCH_INCIDENTS || 200_000)
const BUSY_EXTRA = Number(process.env.TRUCE_BENCH_BUSY || 250)
const ZONES = Number(process.env.TRUCE_BENCH_ZONES || 120)
const SITES = Number(process.env.TRUCE_BENCH_SITES || 300)
const MOVEMENTS = Number(process.env.TRUCE_BENCH_MOVEMENTS || 40)
const CREATES = Number(process.env.TRUCE_BENCH_CREATES || 200)
const COMPLIANCE_RUNS = Number(process.env.TRUCE_BENCH_COMPLIANCE_RUNS || 50)
const REPORT_RUNS = Number(process.env.TRUCE_BENCH_REPORT_RUNS || 10)
const ENGINES_RUN = (process.env.TRUCE_BENCH_ENGINES || 'postgresql,pglite').split(',') as Engine[]
// TRUCE_BENCH_QUIET=0: measure at once, without waiting for an idle machine (the other load is still recorded).
const WAIT_FOR_QUIET = process.env.TRUCE_BENCH_QUIET !== '0'
const WARM_UP = { create: 20, compliance: 3, report: 2 }

// The issue's targets (p99, ms), on PostgreSQL; PGlite's are recorded beside them.
const TARGET: Partial<Record<Figure, number>> = { create: 50, compliance: 300, html: 2000, pdf: 2000 }

const BBOX = [35.5, 32.3, 42.4, 37.4] as const
const TIMEZONE = 'Asia/Damascus'
/** Where incidents, zones and sites cluster: four in five of them around three cities (normal, σ = 0.15°). */
const CLUSTERS = [
  { name: 'Aleppo', at: [37.15, 36.2], weight: 0.35 },
  { name: 'Idlib', at: [36.63, 35.93], weight: 0.35 },
  { name: 'Damascus', at: [36.28, 33.51], weight: 0.3 },
]
const CLUSTER_SHARE = 0.8
const CLUSTER_SIGMA_DEG = 0.15
/** The synthetic five years; the agreement is in force from AGREEMENT_FROM. The compliance year and busy day lie in them. */
const START = '2021-11-01T00:00:00Z'
const END = '2026-11-01T00:00:00Z'
const AGREEMENT_FROM = '2021-01-01T00:00:00Z'
const YEAR = { from: '2025-11-01T00:00:00Z', to: '2026-11-01T00:00:00Z' }
const BUSY_DAY = '2026-09-14'
const BY = 'week,party,zone'
if (Date.now() < Date.parse(END) + 86_400_000) throw new Error(`the synthetic timeline ends on ${END}: run this after that`)

const UCDP = path.join(root, '../shared/data/syria/ucdp_ged231_sample_syria.csv')

/** Categories of the synthetic incidents, with their shares. */
const CATEGORY_SHARES: [string, number][] = [
  ['shelling_artillery_missile_attack', 0.33],
  ['armed_clash', 0.2],
  ['air_drone_strike', 0.15],
  ['attack_on_civilians', 0.08],
  ['remote_explosive_landmine_ied', 0.06],
  ['zone_violation', 0.05],
  ['abduction_forced_disappearance', 0.03],
  ['looting_property_destruction', 0.03],
  ['obstruction_of_aid', 0.03],
  ['attack_on_notified_site', 0.02],
  ['attack_on_notified_movement', 0.01],
  ['grenade', 0.01],
]
/** Of the synthetic incidents: how precise their time and place (UCDP's sample: 58% exact places, 29% near). */
const OCCURRED_SHARES: [string, number][] = [['exact', 0.75], ['day', 0.2], ['week', 0.04], ['month', 0.01]]
const LOCATION_SHARES: [string, number][] = [['exact', 0.55], ['near', 0.3], ['district', 0.11], ['governorate', 0.04]]
/** Verification status, with their shares: most of five years' reports are concluded. */
const STATUS_SHARES: [string, number][] = [
  ['verified', 0.45],
  ['inconclusive', 0.1],
  ['refuted', 0.08],
  ['corroborated', 0.1],
  ['under_review', 0.1],
  ['reported', 0.14],
  ['merged', 0.03],
]

/** `CASE WHEN r < … THEN 'a' …`: a value drawn with these shares from the uniform random `r`. */
function drawSql(r: string, shares: [string, number][]) {
  let acc = 0
  const whens = shares.slice(0, -1).map(([v, p]) => `WHEN ${r} < ${(acc += p).toFixed(4)} THEN '${v}'`)
  return `CASE ${whens.join(' ')} ELSE '${shares.at(-1)![0]}' END`
}
function draw(r: number, shares: [string, number][]) {
  let acc = 0
  for (const [v, p] of shares) if (r < (acc += p)) return v
  return shares.at(-1)![0]
}

const T = '/api/v1/theatres/BENCH'

// ---------------------------------------------------------------------------------------------------------------
// Set-up through the API, as an operator would

export interface Theatre {
  id: string
  code: string
  radii: Record<string, number>
  actors: { cell: string; gov: string; opp: string; sdf: string; mon: string; wfp: string }
  names: Record<string, string>
  users: { mon: string; gov: string; opp: string; sdf: string }
  /** The coordinator admin's bearer token: every measured request is theirs. */
  coordinator: Record<string, string>
  agreement: { id: string; name: string }
  zones: number
  sites: number
  movements: number
  acknowledged: number
  /** Sites and movements exist from here on: the measured incidents happen after it. */
  readyAt: number
}

async function inParallel<T>(items: T[], width: number, fn: (item: T, i: number) => Promise<void>) {
  let next = 0
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) {
      const i = next++
      await fn(items[i], i)
    }
  }))
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6
const KM_PER_DEG_LAT = 110.57
const kmPerDegLon = (lat: number) => 111.32 * Math.cos((lat * Math.PI) / 180)

/** Places drawn as the SQL seeding draws them: in a city cluster (Box–Muller), or anywhere in the box. */
function places(rnd: () => number, sigma = CLUSTER_SIGMA_DEG, inset = 0.05) {
  const [w, s, e, n] = [BBOX[0] + inset, BBOX[1] + inset, BBOX[2] - inset, BBOX[3] - inset]
  return (): { at: [number, number]; cluster: string | null } => {
    if (rnd() >= CLUSTER_SHARE) return { at: [w + (e - w) * rnd(), s + (n - s) * rnd()], cluster: null }
    const c = draw(rnd(), CLUSTERS.map((c) => [c.name, c.weight]))
    const [cx, cy] = CLUSTERS.find((x) => x.name === c)!.at
    const r = Math.sqrt(-2 * Math.log(1 - rnd()))
    const a = 2 * Math.PI * rnd()
    const x = Math.min(Math.max(cx + (sigma * r * Math.cos(a)) / Math.cos((cy * Math.PI) / 180), w), e)
    const y = Math.min(Math.max(cy + sigma * r * Math.sin(a), s), n)
    return { at: [round6(x), round6(y)], cluster: c }
  }
}

/** A polygon of `sides` around a centre, `km` in radius. */
function circle([x, y]: [number, number], km: number, sides = 16) {
  const ring = Array.from({ length: sides }, (_, i) => {
    const a = (2 * Math.PI * i) / sides
    return [round6(x + (km * Math.cos(a)) / kmPerDegLon(y)), round6(y + (km * Math.sin(a)) / KM_PER_DEG_LAT)]
  })
  return { type: 'Polygon', coordinates: [[...ring, ring[0]]] }
}

export async function setUp(base: string): Promise<Theatre> {
  const admin = await signIn(base, 'admin', ADMIN_PASSWORD)
  const theatre = await ok(call(base, 'POST', '/api/v1/theatres', { code: 'BENCH', name: 'Incidents benchmark', timezone: TIMEZONE, bbox: BBOX }, admin), 'theatre')
  const actor = (kind: string, name: string, shortName: string) => ok(call(base, 'POST', `${T}/actors`, { kind, name, shortName }, admin), `actor ${shortName}`)
  const a = {
    cell: await actor('coordinator', 'Coordination cell', 'CELL'),
    gov: await actor('party', 'Government forces', 'GOV'),
    opp: await actor('party', 'Opposition forces', 'OPP'),
    sdf: await actor('party', 'Syrian Democratic Forces', 'SDF'),
    mon: await actor('monitor', 'Ceasefire monitors', 'MON'),
    wfp: await actor('organisation', 'World Food Programme', 'WFP'),
  }
  const member = async (username: string, actorId: string, role: string) => {
    const password = `${username}-password`
    const user = await ok(call(base, 'POST', '/api/v1/users', { username, password, displayName: username }, admin), `user ${username}`)
    await ok(call(base, 'POST', `${T}/members`, { userId: user.id, actorId, role }, admin), `member ${username}`)
    const session = await signIn(base, username, password)
    const { token } = await ok(call(base, 'POST', `${T}/tokens`, { actorId, name: 'incidents benchmark' }, session), `token ${username}`)
    return { id: user.id as string, bearer: { authorization: `Bearer ${token}` } }
  }
  const coord = await member('coordinator', a.cell.id, 'admin')
  const mon = await member('mon-editor', a.mon.id, 'editor')
  const parties = { gov: await member('gov-editor', a.gov.id, 'editor'), opp: await member('opp-editor', a.opp.id, 'editor'), sdf: await member('sdf-editor', a.sdf.id, 'editor') }
  const wfp = await member('wfp-editor', a.wfp.id, 'editor')
  const share = [a.gov.id, a.opp.id, a.sdf.id]
  const rnd = prng(5)

  // One agreement, its zones over five years (most in the three cities), then in force.
  const agreement = await ok(
    call(base, 'POST', `${T}/agreements`, { name: 'Benchmark cessation of hostilities', kind: 'cessation_of_hostilities', signatories: share, text: 'No attacks in the zones.' }, coord.bearer),
    'agreement',
  )
  const zonePlace = places(rnd, 0.25, 0.4)
  const zones = Array.from({ length: ZONES }, (_, i) => {
    const p = zonePlace()
    const r = rnd()
    const from = Date.parse(AGREEMENT_FROM) + Math.floor(rnd() * 4 * 365) * 86_400_000
    const to = rnd() < 0.35 ? null : from + (90 + Math.floor(rnd() * 1000)) * 86_400_000
    const schedule = { validFrom: new Date(from).toISOString(), validTo: to === null ? null : new Date(to).toISOString() }
    const name = `Zone ${String(i + 1).padStart(3, '0')} (${p.cluster ?? 'elsewhere'})`
    if (r < 0.1) {
      // a humanitarian corridor: a 20–60 km line, 2–4 km wide
      const km = 20 + rnd() * 40
      const b = rnd() * Math.PI
      const [x, y] = p.at
      const end = [round6(x + (km * Math.cos(b)) / kmPerDegLon(y)), round6(y + (km * Math.sin(b)) / KM_PER_DEG_LAT)]
      return { name, kind: 'humanitarian_corridor', geometry: { type: 'LineString', coordinates: [p.at, end] }, widthM: 2000 + Math.round(rnd() * 2000), schedule }
    }
    const kind = r < 0.2 ? 'pull_back' : r < 0.3 ? 'no_fly' : 'ceasefire'
    return { name, kind, geometry: circle(p.at, 3 + rnd() * 12), schedule }
  })
  await inParallel(zones, 4, async (z) => {
    await ok(call(base, 'POST', `${T}/agreements/${agreement.id}/zones`, z, coord.bearer), `zone ${z.name}`)
  })
  const inForce = await ok(call(base, 'POST', `${T}/agreements/${agreement.id}/status`, { version: agreement.version, status: 'in_force', reason: 'signed' }, coord.bearer), 'in force')

  // Notified sites, and movements under way (from 12 hours ago to 36 hours ahead), shared with the three parties.
  const sitePlace = places(rnd)
  const types = Object.keys(theatre.policy.protectionRadiusM)
  const sites = Array.from({ length: SITES }, (_, i) => ({
    name: `Site ${i + 1}`,
    type: types[i % types.length],
    geometry: { type: 'Point', coordinates: sitePlace().at },
    shareWith: share,
  }))
  await inParallel(sites, 4, async (s) => {
    await ok(call(base, 'POST', `${T}/sites`, s, wfp.bearer), `site ${s.name}`)
  })
  const now = Date.now()
  const movements = Array.from({ length: MOVEMENTS }, (_, i) => {
    const route = [sitePlace().at]
    let heading = rnd() * 2 * Math.PI
    for (let leg = 0; leg < 5; leg++) {
      const [x, y] = route.at(-1)!
      heading += (rnd() - 0.5) * (Math.PI / 3)
      const km = 6 + rnd() * 10
      const next: [number, number] = [round6(x + (km * Math.sin(heading)) / kmPerDegLon(y)), round6(y + (km * Math.cos(heading)) / KM_PER_DEG_LAT)]
      route.push([Math.min(Math.max(next[0], BBOX[0] + 0.01), BBOX[2] - 0.01), Math.min(Math.max(next[1], BBOX[1] + 0.01), BBOX[3] - 0.01)])
    }
    return {
      name: `Convoy ${i + 1}`,
      route: { type: 'LineString', coordinates: route },
      window: { start: new Date(now - 12 * 3_600_000).toISOString(), end: new Date(now + 36 * 3_600_000).toISOString() },
      vehicles: { count: 6, markings: 'white, WFP flags' },
      shareWith: share,
    }
  })
  await inParallel(movements, 4, async (m) => {
    await ok(call(base, 'POST', `${T}/movements`, m, wfp.bearer), `movement ${m.name}`)
  })

  // The parties answer: every movement (under way, so due at once) and some sites, the government most.
  const answerShare: Record<string, number> = { gov: 0.7, opp: 0.5, sdf: 0 }
  let acknowledged = 0
  for (const [key, party] of Object.entries(parties)) {
    const pending: any[] = []
    for (let cursor: string | null = ''; cursor !== null; ) {
      const page = await ok(call(base, 'GET', `${T}/acknowledgements?state=pending&limit=500${cursor ? `&cursor=${cursor}` : ''}`, undefined, party.bearer), 'inbox')
      pending.push(...page.items)
      cursor = page.next
    }
    const answer = pending.filter((p) => p.subject.kind === 'movement' || rnd() < answerShare[key])
    await inParallel(answer, 4, async (p) => {
      // one the deadline job expired meanwhile answers 409: it stays expired
      const r = await call(base, 'POST', `${T}/acknowledgements/${p.id}/acknowledge`, {}, party.bearer)
      if (r.status === 200) acknowledged++
      else if (r.status !== 409) throw new Error(`acknowledge: ${r.status} ${JSON.stringify(r.json)}`)
    })
  }
  return {
    id: theatre.id,
    code: theatre.code,
    radii: incidentPolicy(theatre.policy).uncertaintyM,
    actors: { cell: a.cell.id, gov: a.gov.id, opp: a.opp.id, sdf: a.sdf.id, mon: a.mon.id, wfp: a.wfp.id },
    names: Object.fromEntries(Object.values(a).map((x) => [x.id, x.name])),
    users: { mon: mon.id, gov: parties.gov.id, opp: parties.opp.id, sdf: parties.sdf.id },
    coordinator: coord.bearer,
    agreement: { id: inForce.id, name: inForce.name },
    zones: ZONES,
    sites: SITES,
    movements: MOVEMENTS,
    acknowledged,
    readyAt: Date.now(),
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Seeding: incidents straight into the table in SQL, shaped as incidents/store.ts writes them

/** A minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') row.push(field), (field = '')
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field), rows.push(row), (row = []), (field = '')
    } else field += ch
  }
  if (field || row.length) row.push(field), rows.push(row)
  const [head, ...body] = rows
  return body.filter((r) => r.length === head.length).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])))
}

/**
 * The UCDP GED sample as incident facts: where_prec 1 exact, 2 near (UCDP: within 25 km), 3 district, 4 and wider
 * governorate; date_prec 1 the day, 2–3 the week, wider the month, and date_end as when it ended; low–high deaths as
 * the killed range; side_a as the alleged perpetrator, in words; one-sided violence as an attack on civilians, the rest
 * as armed clashes; the source headlines as media sources. Verified and published: it is curated, public data.
 */
export function ucdpRows() {
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)
  return parseCsv(fs.readFileSync(UCDP, 'utf8')).map((r, i) => {
    const wp = Number(r.where_prec)
    const dp = Number(r.date_prec)
    const deaths = [r.low, r.best, r.high].map((x) => Math.round(Number(x) || 0))
    const heads = r.source_headline.split(';').map((s) => s.replace(/\s+/g, ' ').trim())
    const offices = r.source_office.split(';')
    const dates = r.source_date.split(';')
    const sources = [
      { kind: 'media', title: `UCDP GED 23.1 event ${r.relid}`, publisher: 'Uppsala Conflict Data Program', url: 'https://ucdp.uu.se/downloads/' },
      ...heads.slice(0, 5).map((h, k) => ({
        kind: 'media',
        title: clip(h || r.source_article.replace(/"/g, '').trim() || 'unnamed source', 500),
        ...(offices[k] ? { publisher: clip(offices[k].trim(), 300) } : {}),
        ...(/^\d{4}-\d{2}-\d{2}$/.test(dates[k] ?? '') ? { date: dates[k] } : {}),
      })),
    ]
    return {
      n: i + 1,
      d_start: r.date_start,
      d_end: r.date_end > r.date_start ? r.date_end : null,
      oprec: dp <= 1 ? 'day' : dp <= 3 ? 'week' : 'month',
      lon: Number(r.longitude),
      lat: Number(r.latitude),
      lprec: wp <= 1 ? 'exact' : wp === 2 ? 'near' : wp === 3 ? 'district' : 'governorate',
      place: clip(r.where_description || r.adm_2 || r.adm_1, 200) || null,
      category: r.type_of_violence === '3.0' ? 'attack_on_civilians' : 'armed_clash',
      alleged: clip(r.side_a, 500),
      kmin: Math.min(...deaths),
      kmax: Math.max(...deaths),
      description: clip(`${r.dyad_name}: ${heads[0] || r.where_description} (UCDP GED 23.1, ${r.relid}; ${r.adm_1})`, 20_000),
      sources,
    }
  })
}

export function seedSteps(th: Theatre, ucdp: ReturnType<typeof ucdpRows>): [string, string | string[], unknown[]][] {
  const { gov, opp, sdf, mon, cell, wfp } = th.actors
  const partyOf = `(VALUES ('${gov}'::uuid, '${th.names[gov].replace(/'/g, "''")}', '${th.users.gov}'),
      ('${opp}'::uuid, '${th.names[opp].replace(/'/g, "''")}', '${th.users.opp}'), ('${sdf}'::uuid, '${th.names[sdf].replace(/'/g, "''")}', '${th.users.sdf}'))`
  const near = (c: (typeof CLUSTERS)[number]) => `WHEN ST_DWithin(pos, ST_SetSRID(ST_MakePoint(${c.at[0]}, ${c.at[1]}), 4326), 0.4) THEN '${c.name}'`
  return [
    // for this connection only, while seeding: no JIT (a second per statement), sorts in memory
    ['session settings', ["SET jit = off", "SET work_mem = '64MB'"], []],
    ['random seed', 'SELECT setseed(0.2021)', []],
    ['position function', positionFunctionSql(BBOX, CLUSTERS, CLUSTER_SHARE, CLUSTER_SIGMA_DEG), []],
    [
      'helper functions',
      // a UUIDv7 (as newId makes) for an instant; an instant as JavaScript's toISOString writes it
      [
        `CREATE FUNCTION pg_temp.bench_uuid7(t timestamptz) RETURNS uuid LANGUAGE sql VOLATILE AS $f$
           SELECT (lpad(to_hex(floor(extract(epoch FROM t) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3)
             || (ARRAY['8', '9', 'a', 'b'])[1 + floor(random() * 4)::int] || substr(md5(random()::text), 1, 15))::uuid
         $f$`,
        `CREATE FUNCTION pg_temp.bench_iso(t timestamptz) RETURNS text LANGUAGE sql STABLE AS $f$
           SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
         $f$`,
      ],
      [],
    ],
    [
      'the agreement in force since 2021',
      // The API puts an agreement in force now; the five years of incidents need it in force since before them.
      `UPDATE zone_agreements SET in_force = tstzmultirange(tstzrange($3::timestamptz, NULL)) WHERE theatre_id = $1 AND agreement_id = $2`,
      [th.id, th.agreement.id, AGREEMENT_FROM],
    ],
    [
      'source table',
      `CREATE TEMP TABLE bench_src (n int, origin text, ts timestamptz, ts_until timestamptz, oprec text, pos geometry, lprec text, place text,
         category text, party uuid, alleged_text text, killed jsonb, injured jsonb, description text, sources jsonb, reporter uuid,
         status text, published bool, replied bool, created_at timestamptz)`,
      [],
    ],
    [
      `${INCIDENTS.toLocaleString('en')} synthetic incidents + ${BUSY_EXTRA} on ${BUSY_DAY}`,
      `WITH t AS (
         SELECT i AS n, 'synthetic' AS origin, $1::timestamptz + random() * ($2::timestamptz - $1::timestamptz) AS ts FROM generate_series(1, $3::int) i
         UNION ALL
         SELECT $3::int + j, 'busy day', ($4::date::timestamp AT TIME ZONE '${TIMEZONE}') + random() * interval '1 day' FROM generate_series(1, $5::int) j),
       g AS MATERIALIZED (
         SELECT n, origin, ts, pg_temp.bench_pos() AS pos, random() AS r_op, random() AS r_lp, random() AS r_until, random() AS r_cat,
           random() AS r_party, random() AS r_k, random() AS r_kc, random() AS r_j, random() AS r_rep, random() AS r_st, random() AS r_pub,
           random() AS r_reply, random() AS r_src, random() AS r_delay
         FROM t),
       f AS (
         SELECT g.*, ${drawSql('r_cat', CATEGORY_SHARES)} AS category,
           CASE WHEN r_party < 0.4 THEN '${gov}'::uuid WHEN r_party < 0.7 THEN '${opp}'::uuid WHEN r_party < 0.8 THEN '${sdf}'::uuid END AS party,
           CASE WHEN r_k >= 0.55 THEN floor(((r_k - 0.55) / 0.45) ^ 4 * 30)::int END AS kmin
         FROM g)
       INSERT INTO bench_src
       SELECT n, origin, ts, CASE WHEN r_until < 0.05 THEN ts + (1 + r_until * 200) * interval '1 hour' END, ${drawSql('r_op', OCCURRED_SHARES)}, pos,
         ${drawSql('r_lp', LOCATION_SHARES)}, CASE ${CLUSTERS.map(near).join(' ')} END, category, party,
         CASE WHEN party IS NULL AND r_party < 0.9 THEN (ARRAY['unidentified aircraft', 'unknown armed group', 'unidentified gunmen'])[1 + floor(r_j * 3)::int] END,
         CASE WHEN kmin IS NOT NULL THEN jsonb_build_object('min', kmin, 'max', kmin + floor(r_kc * 4)::int)
           || CASE WHEN r_kc < 0.25 AND kmin > 0 THEN jsonb_build_object('children', jsonb_build_object('min', floor(kmin * r_kc * 2)::int,
                'max', least(kmin + floor(r_kc * 4)::int, floor(kmin * r_kc * 2)::int + 1))) ELSE '{}' END END,
         CASE WHEN r_j >= 0.5 THEN jsonb_build_object('min', floor(((r_j - 0.5) / 0.5) ^ 3 * 40)::int, 'max', floor(((r_j - 0.5) / 0.5) ^ 3 * 40)::int + (n % 7)) END,
         format('%s reported %s by %s. Benchmark record %s: witnesses describe the attack, the damage and the casualties; the monitors are looking into it.',
           replace(category, '_', ' '), CASE ${CLUSTERS.map(near).join(' ')} ELSE 'in the countryside' END,
           coalesce((SELECT p.column2 FROM ${partyOf} p WHERE p.column1 = party), 'an unknown perpetrator'), n),
         CASE WHEN r_src < 0.5 THEN jsonb_build_array(jsonb_build_object('kind', 'monitor', 'title', 'Patrol report ' || n))
           ELSE jsonb_build_array(jsonb_build_object('kind', 'media', 'title', 'Local news report ' || n, 'url', 'https://example.org/news/' || n,
             'publisher', 'Example News', 'date', to_char(ts AT TIME ZONE '${TIMEZONE}', 'YYYY-MM-DD'))) END,
         CASE WHEN r_rep < 0.6 THEN '${mon}'::uuid WHEN r_rep < 0.7 THEN '${cell}'::uuid WHEN r_rep < 0.8 THEN '${gov}'::uuid
           WHEN r_rep < 0.9 THEN '${opp}'::uuid ELSE '${wfp}'::uuid END,
         ${drawSql('r_st', STATUS_SHARES)}, r_pub < 0.4, r_reply < 0.5, ts + (0.5 + r_delay * 47.5) * interval '1 hour'
       FROM f`,
      [START, END, INCIDENTS, BUSY_DAY, BUSY_EXTRA],
    ],
    [
      `${ucdp.length} UCDP GED events`,
      `INSERT INTO bench_src
       SELECT 1000000 + r.n, 'ucdp', r.d_start::date::timestamp AT TIME ZONE '${TIMEZONE}',
         CASE WHEN r.d_end IS NOT NULL THEN (r.d_end::date + 1)::timestamp AT TIME ZONE '${TIMEZONE}' END, r.oprec,
         ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326), r.lprec, r.place, r.category, NULL, r.alleged,
         jsonb_build_object('min', r.kmin, 'max', r.kmax), NULL, r.description, r.sources, '${mon}'::uuid, 'verified', true, false,
         (r.d_start::date::timestamp AT TIME ZONE '${TIMEZONE}') + interval '2 days'
       FROM jsonb_to_recordset($1::jsonb) AS r(n int, d_start text, d_end text, oprec text, lon float8, lat float8, lprec text, place text,
         category text, alleged text, kmin int, kmax int, description text, sources jsonb)`,
      [JSON.stringify(ucdp)],
    ],
    [
      'zones as attribution reads them',
      [
        `CREATE TEMP TABLE bench_zones AS
         SELECT z.id, z.name, z.kind, z.agreement_id, a.name AS agreement_name, z.geometry, ST_Boundary(z.geometry) AS boundary, z.width_m,
           z.during * a.in_force * tstzmultirange(tstzrange(NULL, z.withdrawn_at)) AS in_force
         FROM zones z JOIN zone_agreements a ON a.theatre_id = z.theatre_id AND a.agreement_id = z.agreement_id WHERE z.theatre_id = '${th.id}'`,
        'CREATE INDEX ON bench_zones USING gist (geometry)',
        'ANALYZE bench_zones',
      ],
      [],
    ],
    [
      'incidents, with their attribution',
      // Derived as the service derives them (store.derive, attribution.attribute, audience.incident): the uncertainty
      // area, the precision's period in the theatre's calendar, the zones in force there and then (zones/store.ts
      // inForceMeeting's conditions; its geodesic test, ~0.2 ms a pair, is taken only where planar tests cannot tell:
      // a zone's edges (≤ 6 km) and the buffers' part from their planar chords by less than a metre, far within the
      // 0.001° (≥ 88 m) margin, and a metre is at most 1/80,000°), no sites or movements (notified only at set-up,
      // after every seeded incident), one status move a day, the alleged party asked to reply once under review.
      `WITH s AS (
         SELECT b.*, CASE b.lprec WHEN 'exact' THEN 0 WHEN 'near' THEN ${th.radii.near} WHEN 'district' THEN ${th.radii.district} ELSE ${th.radii.governorate} END AS um,
           (CASE b.status WHEN 'reported' THEN '{}' WHEN 'under_review' THEN '{under_review}' WHEN 'corroborated' THEN '{under_review,corroborated}'
             WHEN 'verified' THEN '{under_review,corroborated,verified}' WHEN 'refuted' THEN '{under_review,refuted}'
             WHEN 'inconclusive' THEN '{under_review,corroborated,inconclusive}' ELSE '{merged}' END)::text[] AS path
         FROM bench_src b),
       d AS (
         SELECT s.*, CASE WHEN um > 0 THEN ST_Buffer(pos::geography, um)::geometry ELSE pos END AS area,
           CASE WHEN oprec = 'exact' THEN ts ELSE date_trunc(oprec, ts AT TIME ZONE '${TIMEZONE}') AT TIME ZONE '${TIMEZONE}' END AS o_start,
           greatest(CASE WHEN oprec = 'exact' THEN ts
             ELSE (date_trunc(oprec, ts AT TIME ZONE '${TIMEZONE}') + ('1 ' || oprec)::interval) AT TIME ZONE '${TIMEZONE}' END, ts_until) AS o_end,
           pg_temp.bench_uuid7(created_at) AS id, row_number() OVER (ORDER BY created_at, n) AS rn,
           created_at + interval '1 day' * coalesce(array_length(path, 1), 0) AS moved_at,
           party IS NOT NULL AND 'under_review' = ANY(path) AS asked
         FROM s),
       e AS (SELECT d.*, CASE WHEN status = 'merged' THEN lag(id) OVER (ORDER BY rn) END AS merged_into,
               CASE WHEN published AND status = 'verified' THEN moved_at + interval '1 day' END AS published_at FROM d)
       INSERT INTO incidents (theatre_id, id, ref, reporter_id, co_reporter_ids, occurred_at, occurred_until, occurred_precision, occurred,
         location, location_precision, place_name, uncertainty_m, uncertainty, category, alleged_party_id, alleged_text, killed, injured,
         description, sources, status, history, reply_requests, replies, merged_into, published_at, attribution, audience, version,
         created_at, updated_at)
       SELECT $1, e.id, $2 || '-I-' || lpad(e.rn::text, 6, '0'), e.reporter, '{}', e.ts, e.ts_until, e.oprec, tstzrange(e.o_start, e.o_end, '[]'),
         e.pos, e.lprec, e.place, e.um, e.area, e.category, e.party, e.alleged_text, e.killed, e.injured, e.description, e.sources, e.status,
         (SELECT coalesce(jsonb_agg(jsonb_build_object('from', h.prev, 'to', h.s,
              'note', CASE h.s WHEN 'merged' THEN 'merged into another report' ELSE 'now ' || h.s END,
              'by', '${th.users.mon}', 'actorId', '${mon}', 'at', pg_temp.bench_iso(e.created_at + h.k * interval '1 day')) ORDER BY h.k), '[]')
          FROM (SELECT x.s, x.k, coalesce(lag(x.s) OVER (ORDER BY x.k), 'reported') AS prev FROM unnest(e.path) WITH ORDINALITY x(s, k)) h),
         CASE WHEN e.asked THEN jsonb_build_array(jsonb_build_object('partyId', e.party, 'askedAt', pg_temp.bench_iso(e.created_at + interval '1 day'),
           'dueAt', pg_temp.bench_iso(e.created_at + interval '4 days'))) ELSE '[]' END,
         CASE WHEN e.asked AND e.replied THEN jsonb_build_array(jsonb_build_object('partyId', e.party,
           'text', 'We reject this allegation: none of our units was in the area at the time.', 'by', p.column3,
           'at', pg_temp.bench_iso(e.created_at + interval '54 hours'), 'late', false)) ELSE '[]' END,
         e.merged_into, e.published_at,
         jsonb_build_object('zones', a.zones, 'subjects', '[]'::jsonb, 'alleged', jsonb_build_object('partyName', p.column2, 'text', e.alleged_text)),
         CASE WHEN e.status = 'verified' THEN CASE WHEN e.published_at IS NOT NULL THEN ARRAY['all', 'public'] ELSE ARRAY['all'] END
           WHEN e.asked AND e.party <> e.reporter THEN ARRAY['actor:' || e.reporter, 'actor:' || e.party, 'kind:monitor']
           ELSE ARRAY['actor:' || e.reporter, 'kind:monitor'] END,
         1 + coalesce(array_length(e.path, 1), 0) + CASE WHEN e.published_at IS NOT NULL THEN 1 ELSE 0 END,
         e.created_at, coalesce(e.published_at, e.moved_at)
       FROM e LEFT JOIN ${partyOf} p ON p.column1 = e.party
       LEFT JOIN LATERAL (
         SELECT coalesce(jsonb_agg(jsonb_build_object('agreementId', z.agreement_id, 'agreementTitle', z.agreement_name, 'zoneId', z.id,
             'zoneName', z.name, 'kind', z.kind) ORDER BY z.agreement_name, z.name, z.id), '[]') AS zones
         FROM bench_zones z
         WHERE z.geometry && ST_Expand(e.area, 0.05) AND z.in_force && tstzrange(e.o_start, e.o_end, '[]') AND z.geometry && ST_Expand(e.area, 0.5)
           AND CASE WHEN NOT ST_DWithin(z.geometry, e.area, 0.001 + coalesce(z.width_m / 2, 0) / 80000.0) THEN false
             WHEN z.width_m IS NULL AND ST_Intersects(z.geometry, e.area) AND NOT ST_DWithin(z.boundary, e.area, 0.001) THEN true
             ELSE ST_DWithin(z.geometry::geography, e.area::geography, coalesce(z.width_m / 2, 0)) END) a ON true`,
      [th.id, th.code],
    ],
    [
      'reference counter',
      `INSERT INTO reference_counters (theatre_id, letter, last)
       SELECT $1, 'I', coalesce(max(substring(ref FROM '[0-9]+$')::int), 0) FROM incidents WHERE theatre_id = $1
       ON CONFLICT (theatre_id, letter) DO UPDATE SET last = greatest(reference_counters.last, EXCLUDED.last)`,
      [th.id],
    ],
    ['ANALYZE', 'ANALYZE', []],
    ['session settings back', ['RESET jit', 'RESET work_mem'], []],
  ]
}

/** Queryable over a bench connection (what the src/ stores take). */
const queryable = (q: Sql): Queryable => ({ query: (sql, params) => q.query(sql, params) as any, exec: async (sql) => void (await q.query(sql)) })

interface Seeded {
  seconds: number
  steps: [string, number][]
  incidents: number
  ucdp: number
  busy: { occurring: number }
  zonesPerIncident: number
  inAZone: number
  /** Of a sample of seeded incidents: those whose zones differ from zones/store.ts inForceMeeting's answer, and whose audience differs from audience.incident's. */
  check: { sample: number; zoneMismatches: number; audienceMismatches: number }
  size: string
}

export async function seed(q: Sql, th: Theatre): Promise<Seeded> {
  const ucdp = ucdpRows()
  const started = performance.now()
  const steps: [string, number][] = []
  for (const [name, sql, params] of seedSteps(th, ucdp)) {
    const t = performance.now()
    for (const statement of Array.isArray(sql) ? sql : [sql]) await q.query(statement, params)
    steps.push([name, (performance.now() - t) / 1000])
    console.log(`  ${name}: ${steps.at(-1)![1].toFixed(1)} s`)
  }
  const seconds = (performance.now() - started) / 1000
  const [c] = await q.query<{ n: number; zones: number; in_zone: number; size: string }>(
    `SELECT count(*)::int AS n, avg(jsonb_array_length(attribution -> 'zones'))::float8 AS zones,
       count(*) FILTER (WHERE jsonb_array_length(attribution -> 'zones') > 0)::int AS in_zone,
       pg_size_pretty(pg_total_relation_size('incidents')) AS size
     FROM incidents WHERE theatre_id = $1`,
    [th.id],
  )
  const expected = INCIDENTS + BUSY_EXTRA + ucdp.length
  if (c.n !== expected) throw new Error(`seeded ${c.n} incidents, expected ${expected}`)
  const [busy] = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM incidents WHERE theatre_id = $1 AND occurred_at >= ($2::date::timestamp AT TIME ZONE $3)
       AND occurred_at < (($2::date + 1)::timestamp AT TIME ZONE $3)`,
    [th.id, BUSY_DAY, TIMEZONE],
  )
  // What the service would have stored, for a sample: the zones (the server's own query) and the audience.
  const sample = await q.query<any>(
    `SELECT id, ST_AsGeoJSON(uncertainty, 7)::json AS area, lower(occurred) AS start, upper(occurred) AS end, attribution, audience,
       reporter_id, status, published_at, reply_requests FROM incidents WHERE theatre_id = $1 ORDER BY md5(id::text) LIMIT 300`,
    [th.id],
  )
  let zoneMismatches = 0
  let audienceMismatches = 0
  for (const s of sample) {
    const zones = await inForceMeeting(queryable(q), th.id, s.area, new Date(s.start).toISOString(), new Date(s.end).toISOString())
    if (zones.map((z) => z.id).join() !== s.attribution.zones.map((z: any) => z.zoneId).join()) zoneMismatches++
    const expected = audienceOf.incident({
      reporterIds: [s.reporter_id],
      askedPartyIds: s.reply_requests.map((r: any) => r.partyId),
      verified: s.status === 'verified',
      published: s.published_at !== null,
    })
    if (expected.join() !== s.audience.join()) audienceMismatches++
  }
  if (audienceMismatches) throw new Error(`${audienceMismatches} of ${sample.length} seeded incidents have another audience than audience.incident gives`)
  return {
    seconds,
    steps,
    incidents: c.n,
    ucdp: ucdp.length,
    busy: { occurring: busy.n },
    zonesPerIncident: c.zones,
    inAZone: c.in_zone / c.n,
    check: { sample: sample.length, zoneMismatches, audienceMismatches },
    size: c.size,
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring through the API

interface Timed {
  ms: number[]
  others: number
  statements?: { all: number; statements: StatementStat[] }
}

async function measure<T>(roots: number[], fn: () => Promise<T>): Promise<{ result: T; others: number }> {
  return WAIT_FOR_QUIET ? onQuietMachine(fn, roots) : othersWhile(fn, roots)
}

/** What the measured reports say: a coordinator's report of an incident a few minutes old, anywhere in the clusters. */
function reports(th: Theatre, seed: number) {
  const rnd = prng(seed)
  const place = places(rnd)
  const parties = [th.actors.gov, th.actors.opp, th.actors.sdf]
  let n = 0
  return () => {
    const p = place()
    const party = rnd() < 0.85 ? parties[Math.floor(rnd() * 3)] : 'unknown'
    const min = rnd() < 0.5 ? 0 : Math.floor(rnd() ** 3 * 20)
    // after the set-up, so that the sites and movements it may have struck count
    const at = th.readyAt + rnd() * (Date.now() - 5_000 - th.readyAt)
    return {
      occurredAt: new Date(at).toISOString(),
      occurredPrecision: draw(rnd(), OCCURRED_SHARES.slice(0, 2)),
      location: { type: 'Point', coordinates: p.at },
      locationPrecision: draw(rnd(), LOCATION_SHARES),
      placeName: p.cluster,
      category: draw(rnd(), CATEGORY_SHARES),
      allegedPartyId: party,
      ...(party === 'unknown' ? { allegedPerpetratorText: 'unidentified aircraft' } : {}),
      killed: { min, max: min + Math.floor(rnd() * 3) },
      description: `Benchmark report ${++n}: shelling of a residential area; witnesses describe the damage and the casualties.`,
      sources: [{ kind: 'monitor', title: `Patrol report ${n}` }],
    }
  }
}

async function createIncidents(base: string, th: Theatre, next: ReturnType<typeof reports>, count: number) {
  const out = { ms: [] as number[], zones: [] as number[], subjects: [] as number[], precision: [] as string[] }
  for (let i = 0; i < count; i++) {
    const body = next()
    const started = performance.now()
    const r = await call(base, 'POST', `${T}/incidents`, body, th.coordinator)
    const ms = performance.now() - started
    if (r.status !== 201) throw new Error(`POST incidents: ${r.status} ${JSON.stringify(r.json)}`)
    out.ms.push(ms)
    out.zones.push(r.json.attribution.zones.length)
    out.subjects.push(r.json.attribution.subjects.length)
    out.precision.push(body.locationPrecision)
  }
  return out
}

async function get(url: string, headers: Record<string, string>, as: 'json' | 'text' | 'bytes') {
  const started = performance.now()
  const res = await fetch(url, { headers })
  const body = as === 'json' ? await res.json() : as === 'text' ? await res.text() : Buffer.from(await res.arrayBuffer())
  const ms = performance.now() - started
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${as === 'bytes' ? '' : JSON.stringify(body).slice(0, 500)}`)
  return { ms, body, type: res.headers.get('content-type') ?? '' }
}

const complianceUrl = (base: string) => `${base}${T}/compliance?from=${YEAR.from}&to=${YEAR.to}&by=${BY}`
const dailyUrl = (base: string, format: 'html' | 'pdf' | 'json') => `${base}${T}/reports/daily?date=${BUSY_DAY}${format === 'html' ? '' : `&format=${format}`}`

interface ApiFigures {
  create: Timed & { zones: number[]; subjects: number[]; precision: string[] }
  compliance: Timed & { rows: number; bytes: number }
  html: Timed & { bytes: number }
  pdf: Timed & { bytes: number; pages: number }
  daily: { listed: number; total: number; summaryRows: number }
}

async function measureApi(server: Server, th: Theatre, roots: number[], statements?: Statements): Promise<ApiFigures> {
  const base = server.url
  const h = th.coordinator
  const next = reports(th, 11)
  const top = async () => statements?.top()

  await createIncidents(base, th, next, WARM_UP.create)
  const create = await measure(roots, async () => {
    await statements?.reset()
    const r = await createIncidents(base, th, next, CREATES)
    return { ...r, statements: await top() }
  })
  console.log(`  ${CREATES} incidents: p50 ${f1(percentile(create.result.ms, 50))} / p99 ${f1(percentile(create.result.ms, 99))} ms`)

  const runs = async (count: number, url: string, as: 'json' | 'text' | 'bytes') => {
    const out = { ms: [] as number[], last: undefined as any }
    for (let i = 0; i < count; i++) {
      const r = await get(url, h, as)
      out.ms.push(r.ms)
      out.last = r
    }
    return out
  }
  await runs(WARM_UP.compliance, complianceUrl(base), 'json')
  const compliance = await measure(roots, async () => {
    await statements?.reset()
    const r = await runs(COMPLIANCE_RUNS, complianceUrl(base), 'json')
    return { ms: r.ms, rows: r.last.body.incidents.length as number, bytes: JSON.stringify(r.last.body).length, statements: await top() }
  })
  console.log(`  ${COMPLIANCE_RUNS} compliance: p50 ${f1(percentile(compliance.result.ms, 50))} / p99 ${f1(percentile(compliance.result.ms, 99))} ms (${compliance.result.rows} rows)`)

  const daily = (await get(dailyUrl(base, 'json'), h, 'json')).body
  const report = async (format: 'html' | 'pdf') => {
    await runs(WARM_UP.report, dailyUrl(base, format), format === 'html' ? 'text' : 'bytes')
    return measure(roots, async () => {
      await statements?.reset()
      const r = await runs(REPORT_RUNS, dailyUrl(base, format), format === 'html' ? 'text' : 'bytes')
      const want = format === 'html' ? 'text/html' : 'application/pdf'
      if (!r.last.type.startsWith(want)) throw new Error(`daily ${format}: ${r.last.type}`)
      const body = r.last.body as string | Buffer
      const pages = format === 'pdf' ? (String(body).match(/\/Type\s*\/Page\b/g) ?? []).length : 0
      return { ms: r.ms, bytes: body.length, pages, statements: await top() }
    })
  }
  const html = await report('html')
  console.log(`  ${REPORT_RUNS} daily HTML: p50 ${f1(percentile(html.result.ms, 50))} / p99 ${f1(percentile(html.result.ms, 99))} ms`)
  const pdf = await report('pdf')
  console.log(`  ${REPORT_RUNS} daily PDF: p50 ${f1(percentile(pdf.result.ms, 50))} / p99 ${f1(percentile(pdf.result.ms, 99))} ms`)
  if (!server.alive()) throw new Error(`the server died:\n${server.output()}`)
  return {
    create: { ...create.result, others: create.others },
    compliance: { ...compliance.result, others: compliance.others },
    html: { ...html.result, others: html.others },
    pdf: { ...pdf.result, others: pdf.others },
    daily: { listed: daily.incidents.list.length, total: daily.incidents.total, summaryRows: daily.incidents.summary.length },
  }
}

/**
 * The compliance query alone (figures.ts `counts`, as the server calls it for the coordinator), timed from a client of
 * the same database: on PostgreSQL through the server's own pool code, on PGlite in the benchmark's process.
 */
async function measureRaw(db: Db, th: Theatre, roots: number[]) {
  const f = { from: YEAR.from, to: YEAR.to, timezone: TIMEZONE, by: BY.split(',') as Dimension[], audience: null }
  let rows = 0
  for (let i = 0; i < WARM_UP.compliance + 3; i++) rows = (await counts(db, th.id, f)).length
  const timed = await measure(roots, async () => {
    const ms: number[] = []
    for (let i = 0; i < COMPLIANCE_RUNS; i++) {
      const started = performance.now()
      await counts(db, th.id, f)
      ms.push(performance.now() - started)
    }
    return ms
  })
  console.log(`  ${COMPLIANCE_RUNS} raw compliance: p50 ${f1(percentile(timed.result, 50))} / p99 ${f1(percentile(timed.result, 99))} ms`)
  // what the query has to go through: the year's incidents, and their rows once their zones are unnested
  const [year] = await db.query<{ incidents: number; zoneRows: number }>(
    `SELECT count(*)::int AS incidents, sum(greatest(1, coalesce(jsonb_array_length(attribution -> 'zones'), 0)))::int AS "zoneRows"
     FROM incidents WHERE theatre_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND status <> 'merged'`,
    [th.id, YEAR.from, YEAR.to],
  )
  return { ms: timed.result, others: timed.others, rows, query: countsQuery(th.id, f), year }
}

/** EXPLAIN ANALYZE of the compliance query, run as `counts` runs it: planned with its values, with its work memory. */
async function explain(db: Db, query: { sql: string; params: unknown[] }) {
  return db.tx(async (q) => {
    await q.query(SET_WORK_MEM)
    const plan = await q.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, query.params, { planEachRun: true })
    return plan.map((r) => r['QUERY PLAN']).join('\n')
  })
}

// ---------------------------------------------------------------------------------------------------------------
// The two engines

interface EngineFigures {
  radii: Record<string, number>
  setupSeconds: number
  seed: Seeded
  api: ApiFigures
  raw: Awaited<ReturnType<typeof measureRaw>>
  plan: string
  acknowledged: number
}

async function onPglite(): Promise<EngineFigures> {
  const dataDir = tempDir('truce-bench-incidents-')
  const withDb = async <T>(fn: (db: Db) => Promise<T>) => {
    const db = await openDatabase(loadConfig({ TRUCE_DATA_DIR: dataDir }))
    try {
      await migrate(db)
      return await fn(db)
    } finally {
      await db.close()
    }
  }
  try {
    // The server holds the data directory while it runs: set up through the API, stop it, seed, start it again.
    let server = await startServer({ TRUCE_DATA_DIR: dataDir })
    let th: Theatre
    const t0 = performance.now()
    try {
      th = await setUp(server.url)
    } finally {
      await server.stop()
    }
    const setupSeconds = (performance.now() - t0) / 1000
    console.log(`pglite: set up in ${setupSeconds.toFixed(0)} s; seeding …`)
    const seeded = await withDb((db) => seed(db, th))
    console.log(`pglite: seeded in ${seeded.seconds.toFixed(0)} s`)
    server = await startServer({ TRUCE_DATA_DIR: dataDir })
    let api: ApiFigures
    try {
      api = await measureApi(server, th, [])
    } finally {
      await server.stop()
    }
    return await withDb(async (db) => {
      const raw = await measureRaw(db, th, [])
      return { radii: th.radii, setupSeconds, seed: seeded, api, raw, plan: await explain(db, raw.query), acknowledged: th.acknowledged }
    })
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

async function onPostgresql(url: string, roots: number[]): Promise<EngineFigures> {
  const dataDir = tempDir('truce-bench-incidents-')
  const server = await startServer({ TRUCE_DATA_DIR: dataDir, DATABASE_URL: url })
  // The same session settings as the server's pool.
  const client = new pg.Client({ connectionString: url, options: '-c TimeZone=UTC' })
  let statements: Statements | undefined
  let db: Db | undefined
  try {
    const t0 = performance.now()
    const th = await setUp(server.url)
    const setupSeconds = (performance.now() - t0) / 1000
    console.log(`postgresql: set up in ${setupSeconds.toFixed(0)} s; seeding …`)
    await client.connect()
    const q = pgSql(client)
    const seeded = await seed(q, th)
    console.log(`postgresql: seeded in ${seeded.seconds.toFixed(0)} s`)
    statements = await Statements.open(url)
    const api = await measureApi(server, th, roots, statements)
    db = await openPostgres(url, 1)
    const raw = await measureRaw(db, th, roots)
    return { radii: th.radii, setupSeconds, seed: seeded, api, raw, plan: await explain(db, raw.query), acknowledged: th.acknowledged }
  } finally {
    await db?.close()
    await statements?.close()
    await client.end().catch(() => {})
    await server.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------------------------------------------------------

const f1 = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0))

async function main() {
  const from = process.env.TRUCE_BENCH_REPORT_FROM
  if (from) {
    const { seconds, existing, results } = JSON.parse(fs.readFileSync(from, 'utf8'))
    return report(results, seconds, existing)
  }
  const postgres = await benchPostgres({ shared_preload_libraries: 'pg_stat_statements' }, ENGINES_RUN.includes('postgresql'))
  const existing = postgres.existing
  const started = Date.now()
  const results = {} as Record<Engine, EngineFigures>
  try {
    if (ENGINES_RUN.includes('postgresql'))
      results.postgresql = await withFreshDatabase(postgres.url!, 'truce_bench_incidents', (url) => onPostgresql(url, postgres.roots))
    if (ENGINES_RUN.includes('pglite')) results.pglite = await onPglite()
  } finally {
    postgres.stop()
  }
  const seconds = (Date.now() - started) / 1000
  console.log(`done in ${seconds.toFixed(0)} s`)

  // Everything measured, for a closer look.
  const dump = path.join(tempDir('truce-bench-incidents-out-'), 'figures.json')
  fs.writeFileSync(dump, JSON.stringify({ seconds, existing, results }, null, 1))
  console.log(`all figures: ${dump} (TRUCE_BENCH_REPORT_FROM=${dump} writes the report again from them)`)

  report(results, seconds, existing)
}

// ---------------------------------------------------------------------------------------------------------------
// The report

function report(results: Record<Engine, EngineFigures>, seconds: number, existing: string | undefined) {
  const ENGINES = (['postgresql', 'pglite'] as const).filter((e) => results[e])
  const engineName = (e: Engine) => (e === 'pglite' ? 'PGlite' : 'PostgreSQL')
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
  const met = (yes: boolean) => (yes ? 'yes' : '**no**')
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`

  const what: Record<Figure, string> = {
    create: '`POST /incidents`, with attribution',
    compliance: `\`GET /compliance\`, one year by ${BY.replace(/,/g, ' × ')}`,
    raw: 'the compliance query alone (raw)',
    html: `daily report ${BUSY_DAY}, HTML`,
    pdf: `daily report ${BUSY_DAY}, PDF`,
  }
  const timedOf = (e: Engine, f: Figure): { ms: number[]; others: number } => (f === 'raw' ? results[e].raw : results[e].api[f])

  const mainRows = ENGINES.flatMap((e) =>
    (['create', 'compliance', 'raw', 'html', 'pdf'] as const).map((f) => {
      const t = timedOf(e, f)
      const p99 = percentile(t.ms, 99)
      const target = TARGET[f]
      return [
        engineName(e),
        what[f],
        t.ms.length,
        f1(percentile(t.ms, 50)),
        f1(percentile(t.ms, 95)),
        f1(p99),
        target === undefined ? '—' : e === 'postgresql' ? `≤ ${target}: ${met(p99 <= target)}` : `(≤ ${target}: ${met(p99 <= target)})`,
        pct(t.others),
      ]
    }),
  )

  const ratioRows = ENGINES.map((e) => {
    const c = results[e].api.compliance.ms
    const r = results[e].raw.ms
    return [engineName(e), f1(percentile(c, 50)), f1(percentile(r, 50)), (percentile(c, 50) / percentile(r, 50)).toFixed(2), f1(percentile(c, 99)), f1(percentile(r, 99)), (percentile(c, 99) / percentile(r, 99)).toFixed(2)]
  })

  const createRows = ENGINES.flatMap((e) => {
    const c = results[e].api.create
    return ['exact', 'near', 'district', 'governorate'].map((p) => {
      const idx = c.precision.map((x, i) => (x === p ? i : -1)).filter((i) => i >= 0)
      if (!idx.length) return null
      const ms = idx.map((i) => c.ms[i])
      return [engineName(e), p, idx.length, f1(percentile(ms, 50)), f1(percentile(ms, 99)), avg(idx.map((i) => c.zones[i])).toFixed(1), avg(idx.map((i) => c.subjects[i])).toFixed(1)]
    }).filter((r) => r !== null)
  })

  const shortQuery = (q: string) => {
    const s = q.replace(/\s+/g, ' ').trim()
    return `\`${(s.length > 90 ? `${s.slice(0, 90)}…` : s).replace(/\|/g, '\\|').replace(/`/g, "'")}\``
  }
  const statementSection = (f: 'create' | 'compliance' | 'html' | 'pdf', per: string) => {
    const t = results.postgresql?.api[f]
    if (!t?.statements) return ''
    const n = t.ms.length
    const rows = t.statements.statements.slice(0, 6).map((s) => [shortQuery(s.query), (s.calls / n).toFixed(1), (s.ms / n).toFixed(2), pct(s.ms / t.statements!.all)])
    return `**${what[f]}** on PostgreSQL: the server's statements took ${(t.statements.all / n).toFixed(1)} ms of execution per ${per} (end to end p50 ${f1(percentile(t.ms, 50))} ms); the most expensive:

${table(['statement', 'calls', 'ms', 'share'], rows)}
`
  }

  const pg0 = results.postgresql ?? results.pglite
  const s0 = pg0.seed
  const seedRows = s0.steps.map(([name], i) => [name, ...ENGINES.map((e) => results[e].seed.steps[i][1].toFixed(1))])
  seedRows.push(['**total**', ...ENGINES.map((e) => results[e].seed.seconds.toFixed(1))])

  const verdicts = ENGINES.flatMap((e) =>
    (['create', 'compliance', 'html', 'pdf'] as const).filter((f) => percentile(timedOf(e, f).ms, 99) > TARGET[f]!).map((f) => `${engineName(e)} ${f}`),
  )

  // Where the time goes, from this run's figures.
  const pgs = results.postgresql
  const top = pgs?.api.compliance.statements?.statements[0]
  const perRequest = top ? top.ms / pgs.api.compliance.ms.length : NaN
  const createTop = pgs?.api.create.statements?.statements.slice(0, 3) ?? []
  const createShare = pgs?.api.create.statements ? createTop.reduce((a, x) => a + x.ms, 0) / pgs.api.create.statements.all : NaN
  const year = pg0.raw.year
  const analysis = `### Where the time goes

**Compliance figures.** ${
    pgs && top
      ? `On PostgreSQL the figures query took ${f1(perRequest)} ms of the server's statement time per request (${pct(top.ms / pgs.api.compliance.statements!.all)}; end to end p50 ${f1(percentile(pgs.api.compliance.ms, 50))} ms).`
      : ''
  } It groups the year's ${year.incidents.toLocaleString('en')} incidents, as ${year.zoneRows.toLocaleString('en')} incident × zone rows of
\`incident_figures\` (migrations 0014 and 0015: one narrow row per incident and zone of its attribution, kept by
triggers on \`incidents\`), grouped by ids and the week's start in one step, into ${pg0.api.compliance.rows.toLocaleString('en')} figures; the rest of the request is building, serialising and sending those
${(pg0.api.compliance.bytes / 1024).toFixed(0)} KiB of JSON, and the client reading them (the ratio's excess over 1). Its cost follows the incidents of the
period, not the answer.

**Changes made with this benchmark** (2026-12-01, on this machine). Before, the query read every incident's attribution
(JSON, compressed with the rest of a wide \`incidents\` row) on each request: compliance p50 585 ms, p99 725 ms, of
which 436 ms of statement time. Now (1) it reads \`incident_figures\`; (2) \`counts\` runs in a transaction of its own
with 32 MB of work memory and is planned with its values on each run: the prepared statement's generic plan estimated
the year at 26 rows and sorted 73,000 rows on disk (≈ 330 ms) where hashing them takes ≈ 120 ms; (3) the response's
nullable objects are declared \`type: ["object", "null"]\` rather than \`anyOf\`, which the serialiser checks branch by
branch (7,448 rows: 75 ms → 22 ms); (4) the rows carry the ids of their party, agreement and zone, named once
beside them (\`parties\`, \`agreements\`, \`zones\`), where each row used to repeat the names (3.0 MB → 2.2 MB of
JSON), and the query groups by those ids alone, where it grouped and sorted by the names as well and named the weeks in
a second step (query ≈ 118 → 84 ms; end to end p50 285 → 220 ms, minutes apart). Earlier, migration \`0013_incident_indexes.sql\` added
\`incidents (theatre_id, occurred_at)\`, which the daily report's summary of one day selects by (110–280 ms alone
without it, 5 ms with it), and \`jit = off\` on the server's connections keeps PostgreSQL from compiling queries whose
cost it misestimates.

**Reporting an incident.** ${
    pgs?.api.create.statements
      ? `Of the server's statement time per report on PostgreSQL, ${pct(createShare)} goes to the attribution queries above (zones in force, notified sites, movements).`
      : ''
  } Each searches a box widened by the largest protection radius, buffer or corridor width the schema allows, then
measures geodesic distances within it: a report in a city meets every site and zone of that city in its uncertainty
area, and a district or governorate report (15–50 km around) more, so the slow tail is theirs (the table by location
precision). The three run at once, each on a connection of its own (on PostgreSQL; one after another on PGlite):
run in turn, they made a district report's p50 40 ms rather than 27. Each report also writes its rows of
\`incident_figures\`, through the trigger.

**The daily report.** The PDF's extra time over the HTML is pdfkit laying out ${pg0.api.pdf.pages} pages in the server's process; the
database's share is the same for both.
`

  const section = `## Incidents, compliance figures and the daily report at theatre scale

${today()} · ${machine()}

A synthetic theatre over Syria's bounding box [${BBOX.join(', ')}], set up through the API: six actors (a coordinator, three
parties, a monitor, an organisation), one agreement with ${ZONES} zones (in the three cities and elsewhere:
ceasefire, pull-back, no-fly zones 6–30 km across and humanitarian corridors, each valid for three months to three
years or until further notice, from 2021 on), ${SITES} notified sites and ${MOVEMENTS} movements under way, shared with the three
parties, which acknowledged some of them (${pg0.acknowledged}). Then, in SQL (\`setseed\`, so the same every run), straight into
\`incidents\`: ${INCIDENTS.toLocaleString('en')} synthetic incidents from ${START.slice(0, 10)} to ${END.slice(0, 10)}, ${pct(CLUSTER_SHARE)} of them
around ${CLUSTERS.map((c) => `${c.name} (${pct(c.weight)})`).join(', ')} (normal, σ = ${CLUSTER_SIGMA_DEG}°), the rest anywhere in
the box; ${BUSY_EXTRA} more on ${BUSY_DAY}, a busy day; and the ${s0.ucdp} events of the UCDP GED 23.1 sample
(\`../shared/data/syria\`, 2011–2022; CC BY 4.0, Uppsala Conflict Data Program) mapped to incidents (where_prec →
location precision, date_prec → time precision, low–high deaths → killed, side_a → alleged perpetrator in words,
headlines → sources). Rows are shaped as \`incidents/store.ts\` writes them: the uncertainty area
(the location buffered by the precision's radius: ${Object.entries(pg0.radii).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${v / 1000} km`).join(', ')}), the
occurred range (the day, ISO week or month in the theatre's calendar), a status history, reply requests and replies,
the audience of \`audience.incident\`, and the attribution: the zones in force there and then, computed in SQL with
the conditions of \`zones/store.ts\` \`inForceMeeting\` (checked against it on ${s0.check.sample} of them: ${s0.check.zoneMismatches} differ), and no
site or movement (they were notified at set-up, after every seeded incident). The API brings an agreement into force
only from now: the seeding moves its start back to ${AGREEMENT_FROM.slice(0, 10)} (\`zone_agreements.in_force\`).
${pct(s0.inAZone)} of the incidents lie in a zone in force (${s0.zonesPerIncident.toFixed(2)} zones per incident on average);
${s0.busy.occurring} occurred on ${BUSY_DAY}. The incidents table with its indexes: ${ENGINES.map((e) => `${results[e].seed.size} (${engineName(e)})`).join(', ')}.

Measured through the API of \`tsx src/cli.ts serve\` in its own process (\`TRUCE_LOG_LEVEL=warn\`), one request at a time,
as the coordinator (an admin of the coordination cell, API token), from the client's \`fetch\` to the read answer:

- **\`POST /incidents\`**: ${CREATES} reports after ${WARM_UP.create} unmeasured, at places drawn as the seeded ones, which happened
  after the set-up (so that the sites and movements count), exact or to the day, at every location precision
  (${LOCATION_SHARES.map(([k, v]) => `${k} ${pct(v)}`).join(', ')}), alleging a party or not; each derives its
  uncertainty area and period, attributes it (zones in force, notified sites and movements, the alleged party's
  acknowledgements), writes it and its signed ledger entry.
- **\`GET /compliance\`**: ${COMPLIANCE_RUNS} times after ${WARM_UP.compliance}, \`from=${YEAR.from}&to=${YEAR.to}&by=${BY}\`: ${pg0.api.compliance.rows} figure rows
  (${(pg0.api.compliance.bytes / 1024).toFixed(0)} KiB of JSON), with the parties' notification conduct.
- **daily report**: \`GET /reports/daily?date=${BUSY_DAY}\` (HTML) and \`&format=pdf\`, ${REPORT_RUNS} times each after ${WARM_UP.report}:
  ${pg0.api.daily.total} incidents listed (the service lists at most 500: those that occurred that day and those whose
  imprecise period covers it), ${pg0.api.daily.summaryRows} summary rows by party × zone; the HTML is ${(pg0.api.html.bytes / 1024).toFixed(0)} KiB, the PDF
  ${(pg0.api.pdf.bytes / 1024).toFixed(0)} KiB on ${pg0.api.pdf.pages} pages.
- **raw**: the compliance query (\`incidents/figures.ts\` \`counts\`, as the server calls it for the coordinator) from a
  client of the same database, ${COMPLIANCE_RUNS} times after ${WARM_UP.compliance + 3}: on PostgreSQL through the server's own pool code
  (planned with its values on each run, in a transaction with its own work memory, as the server runs it), on PGlite in
  the benchmark's process once the server has stopped.

${table(['database', 'request', 'n', 'p50 (ms)', 'p95 (ms)', 'p99 (ms)', 'target p99 (ms)', 'other load'], mainRows)}

The targets are PostgreSQL's; PGlite's figures are held against them in parentheses, for comparison. "Other load": the share of the
machine's CPU that other processes used while the figure was taken${WAIT_FOR_QUIET ? ' (each is taken again, up to three times, when it exceeds 10%)' : ' (`TRUCE_BENCH_QUIET=0`: taken at once, without waiting for an idle machine)'}.
${verdicts.length ? `Missed: ${verdicts.join(', ')}.` : 'Every target met.'}

${analysis}
Compliance end to end ÷ the raw query:

${table(['database', 'API p50', 'raw p50', 'ratio p50', 'API p99', 'raw p99', 'ratio p99'], ratioRows)}

Reports by location precision (a wider uncertainty area meets more zones, sites and movements), with what their
attribution found on average:

${table(['database', 'location precision', 'reports', 'p50 (ms)', 'p99 (ms)', 'zones', 'sites and movements'], createRows)}

${statementSection('create', 'report')}
${statementSection('compliance', 'request')}
${statementSection('html', 'report')}
Set-up through the API took ${ENGINES.map((e) => `${results[e].setupSeconds.toFixed(0)} s (${engineName(e)})`).join(', ')}. Seeding (seconds):

${table(['step', ...ENGINES.map(engineName)], seedRows)}

PostgreSQL 15 with PostGIS: ${existing ? 'the server named by `TRUCE_BENCH_DATABASE_URL`.' : "a fresh local cluster with its default settings, plus `pg_stat_statements` loaded for the per-statement figures; over TCP on the loopback; the server's pool holds 20 connections."}
The whole run took ${(seconds / 60).toFixed(1)} minutes.

<details><summary>Plans of the compliance query</summary>

${ENGINES.map((e) => `${engineName(e)}:\n\n\`\`\`\n${results[e].plan}\n\`\`\``).join('\n\n')}

</details>
`

  if (ENGINES.length === 2) writeSection('incidents', section)
  else console.log(`(one engine only: docs/PERFORMANCE.md left alone)\n\n${section}`)

  for (const e of ENGINES) {
    for (const f of ['create', 'compliance', 'raw', 'html', 'pdf'] as const) {
      const t = timedOf(e, f)
      console.log(`${e} ${f}: p50 ${f1(percentile(t.ms, 50))} / p95 ${f1(percentile(t.ms, 95))} / p99 ${f1(percentile(t.ms, 99))} ms (other load ${pct(t.others)})`)
    }
    console.log(`--- ${e} compliance plan\n${results[e].plan}`)
  }
}

// Run as a script; imported (to seed a database by hand, say), it only defines.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main()
