/**
 * Deconfliction at theatre scale: the time to create a movement and to declare an activity through the API, conflict
 * detection and ledger included, over a synthetic theatre of 100,000 sites, 5,000 zones, 20,000 activities and
 * 10,000 movements, on the embedded database and on PostgreSQL; and in the same run the raw PostGIS conflict query
 * alone for the same shapes, so that what the rest of the request costs shows as a ratio.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import pg from 'pg'
import { loadConfig } from '../src/config.ts'
import type { Db } from '../src/db/engine.ts'
import { migrate } from '../src/db/migrate.ts'
import { openDatabase } from '../src/db/open.ts'
import { COUNTERPARTS } from '../src/modules/conflicts/rules.ts'
import { overlappingSql } from '../src/modules/footprints/store.ts'
import {
  ADMIN_PASSWORD,
  benchPostgres,
  call,
  clampSql,
  machine,
  median,
  ok,
  onQuietMachine,
  percentile,
  pgSql,
  positionFunctionSql,
  prng,
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
type Kind = 'movement' | 'activity'

const N = Number(process.env.TRUCE_BENCH_CREATES || 200)
/** One engine only (`postgresql` or `pglite`): its figures are printed, and the section, which compares both, is left as it was. */
const ENGINES_RUN = (process.env.TRUCE_BENCH_ENGINES || 'postgresql,pglite').split(',') as Engine[]
const WARM_UP = 20
// The issue's targets: p99 of a create, per engine, and end to end ÷ the raw conflict query.
const TARGET_P99: Record<Engine, number> = { postgresql: 50, pglite: 150 }
const TARGET_RATIO = 1.5

// Syria's bounding box, and the synthetic theatre's size.
const BBOX = [35.5, 32.3, 42.4, 37.4] as const
const COUNTS = { sites: 100_000, zones: 5_000, activities: 20_000, movements: 10_000 }
/**
 * Half of every kind of record lies in four city clusters (normal around the centre, σ = 0.15°, about 15 km), as
 * notifications do; the rest is spread evenly over the box.
 */
const CLUSTERS = [
  { name: 'Aleppo', at: [37.15, 36.2], weight: 0.35 },
  { name: 'Damascus', at: [36.28, 33.51], weight: 0.3 },
  { name: 'Homs', at: [36.72, 34.73], weight: 0.2 },
  { name: 'Idlib', at: [36.63, 35.93], weight: 0.15 },
]
const CLUSTER_SHARE = 0.5
const CLUSTER_SIGMA_DEG = 0.15
/**
 * The synthetic timeline: two years from the next 1 January. In the future, not in 2016–2017, so that the
 * acknowledgements the measured movements ask for are due in the future: a movement starting in the past is due at
 * once, and the server's deadline job would then expire hundreds of them (each a ledger entry on the same chain)
 * while we measure, which never happens in operation.
 */
const T0 = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 1))
const DAYS = 730

const MOVEMENT_KM = 150
const ACTIVITY_KM = 20

/**
 * Where and when the subject meets each footprint it conflicts with, as the conflict engine's insert asks
 * footprint_meetings() (src/db/migrations/0017_footprint_meetings.sql), computed in full but not sent.
 */
const MEETINGS_SQL = `SELECT sum(ST_MemSize(area)), count(during) FROM footprint_meetings($1, $2, $3, $4::jsonb)`

// ---------------------------------------------------------------------------------------------------------------
// The API

export interface Theatre {
  id: string
  adminUserId: string
  radii: Record<string, number>
  actors: { cell: string; gov: string; opp: string; wfp: string }
  /** Bearer headers of an editor of the GOV party and of an editor of the WFP organisation. */
  party: Record<string, string>
  organisation: Record<string, string>
}

/** Made through the API, as an operator would: theatre BENCH, its actors, two editors and their API tokens. */
export async function setUp(base: string): Promise<Theatre> {
  const admin = await signIn(base, 'admin', ADMIN_PASSWORD)
  const t = '/api/v1/theatres/BENCH'
  const theatre = await ok(call(base, 'POST', '/api/v1/theatres', { code: 'BENCH', name: 'Deconfliction benchmark', timezone: 'Asia/Damascus', bbox: BBOX }, admin), 'theatre')
  const actor = (kind: string, name: string, shortName: string) => ok(call(base, 'POST', `${t}/actors`, { kind, name, shortName }, admin), `actor ${shortName}`)
  const cell = await actor('coordinator', 'Coordination cell', 'CELL')
  const gov = await actor('party', 'Government forces', 'GOV')
  const opp = await actor('party', 'Opposition forces', 'OPP')
  const wfp = await actor('organisation', 'World Food Programme', 'WFP')
  const editor = async (username: string, actorId: string) => {
    const password = `${username}-password`
    const user = await ok(call(base, 'POST', '/api/v1/users', { username, password, displayName: username }, admin), `user ${username}`)
    await ok(call(base, 'POST', `${t}/members`, { userId: user.id, actorId, role: 'editor' }, admin), `member ${username}`)
    const session = await signIn(base, username, password)
    const { token } = await ok(call(base, 'POST', `${t}/tokens`, { actorId, name: 'deconfliction benchmark' }, session), `token ${username}`)
    return { authorization: `Bearer ${token}` }
  }
  const me = await ok(call(base, 'GET', '/api/v1/me', undefined, admin), 'me')
  return {
    id: theatre.id,
    adminUserId: me.user.id,
    radii: theatre.policy.protectionRadiusM,
    actors: { cell: cell.id, gov: gov.id, opp: opp.id, wfp: wfp.id },
    party: await editor('gov-editor', gov.id),
    organisation: await editor('wfp-editor', wfp.id),
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Seeding: straight into the tables in SQL, the domain rows first and the footprints made from them as the stores
// make them (a site's protection radius and a movement's buffer with ST_Buffer on geography).

function seedSteps(th: Theatre, agreementId: string): [string, string, unknown[]][] {
  const [w, s, e, n] = BBOX
  const clamp = clampSql
  const types = Object.keys(th.radii)
  const { gov, opp, wfp } = th.actors
  const share = [gov, opp]
  const audience = [`actor:${wfp}`, ...share.map((p) => `actor:${p}`), 'kind:monitor']
  const t0 = T0.toISOString()
  const span = `interval '${DAYS} days'`
  return [
    ['random seed', 'SELECT setseed(0.4242)', []],
    [
      'position function',
      // A point: in a city cluster (Box–Muller), or anywhere in the box.
      positionFunctionSql(BBOX, CLUSTERS, CLUSTER_SHARE, CLUSTER_SIGMA_DEG),
      [],
    ],
    [
      `${COUNTS.sites} sites`,
      `WITH g AS MATERIALIZED (SELECT i, 1 + floor(random() * ${types.length})::int AS k, pg_temp.bench_pos() AS pos FROM generate_series(1, ${COUNTS.sites}) i)
       INSERT INTO sites (theatre_id, id, ref, organisation_id, name, type, geometry, protection_radius_m, share_with, status, details, audience)
       SELECT $1, gen_random_uuid(), 'BENCH-S-' || lpad(i::text, 6, '0'), $2, 'Site ' || i, (ARRAY[${types.map((t) => `'${t}'`).join(', ')}])[k], pos,
         (ARRAY[${types.map((t) => th.radii[t]).join(', ')}])[k], $3::uuid[], 'notified', '{}', $4::text[]
       FROM g`,
      [th.id, wfp, share, audience],
    ],
    [
      'their footprints',
      `INSERT INTO footprints (theatre_id, subject_kind, subject_id, version, ref, owner_actor_id, shape, during, attrs)
       SELECT theatre_id, 'site', id, version, ref, organisation_id, ST_Buffer(geometry::geography, protection_radius_m)::geometry,
         tstzmultirange(tstzrange('-infinity', NULL, '[)')), jsonb_build_object('name', name, 'type', type, 'shareWith', to_jsonb(share_with))
       FROM sites WHERE theatre_id = $1`,
      [th.id],
    ],
    [
      `${COUNTS.activities} activities`,
      // squares of 1–10 km a side, 2–24 h, half of them each party's
      `WITH g AS MATERIALIZED (
         SELECT i, pg_temp.bench_pos() AS pos, 0.5 + random() * 4.5 AS half_km, $4::timestamptz + random() * ${span} AS start,
           interval '2 hours' + random() * interval '22 hours' AS length, 1 + floor(random() * 4)::int AS k
         FROM generate_series(1, ${COUNTS.activities}) i)
       INSERT INTO activities (theatre_id, id, ref, party_id, kind, geometry, window_start, window_end, aware_of, note, status)
       SELECT $1, gen_random_uuid(), 'BENCH-A-' || lpad(i::text, 6, '0'), CASE WHEN i % 2 = 0 THEN $2::uuid ELSE $3::uuid END,
         (ARRAY['air', 'artillery', 'ground', 'demining'])[k],
         ST_MakeEnvelope(ST_X(pos) - half_km / (111.32 * cos(radians(ST_Y(pos)))), ST_Y(pos) - half_km / 110.57,
           ST_X(pos) + half_km / (111.32 * cos(radians(ST_Y(pos)))), ST_Y(pos) + half_km / 110.57, 4326),
         start, start + length, '[]', NULL, 'declared'
       FROM g`,
      [th.id, gov, opp, t0],
    ],
    [
      'their footprints',
      `INSERT INTO footprints (theatre_id, subject_kind, subject_id, version, ref, owner_actor_id, shape, during, attrs)
       SELECT theatre_id, 'activity', id, version, ref, party_id, geometry, tstzmultirange(tstzrange(window_start, window_end, '[)')),
         jsonb_build_object('kind', kind)
       FROM activities WHERE theatre_id = $1`,
      [th.id],
    ],
    [
      `${COUNTS.movements} movements`,
      // routes of 20–200 km in five legs, each turning up to 30° off the heading; 1–3 days; shared with both parties
      `WITH g AS MATERIALIZED (
         SELECT i, pg_temp.bench_pos() AS pos, 20 + random() * 180 AS km, random() * 360 AS heading,
           $5::timestamptz + random() * ${span} AS start, interval '1 day' + random() * interval '2 days' AS length
         FROM generate_series(1, ${COUNTS.movements}) i),
       legs AS MATERIALIZED (SELECT i, leg, km / 5 AS leg_km, heading + (random() - 0.5) * 60 AS b FROM g, generate_series(1, 5) leg),
       walk AS (
         SELECT i, leg, sum(leg_km * sin(radians(b))) OVER w AS east_km, sum(leg_km * cos(radians(b))) OVER w AS north_km
         FROM legs WINDOW w AS (PARTITION BY i ORDER BY leg)),
       routes AS (
         SELECT g.i, ST_MakeLine(g.pos || array_agg(ST_SetSRID(ST_MakePoint(
             ${clamp('ST_X(g.pos) + east_km / (111.32 * cos(radians(ST_Y(g.pos))))', w, e)},
             ${clamp('ST_Y(g.pos) + north_km / 110.57', s, n)}), 4326) ORDER BY leg)) AS route
         FROM g JOIN walk USING (i) GROUP BY g.i, g.pos)
       INSERT INTO movements (theatre_id, id, ref, organisation_id, name, route, buffer_m, window_start, window_end, details, share_with, status, clearance, audience)
       SELECT $1, gen_random_uuid(), 'BENCH-M-' || lpad(i::text, 6, '0'), $2, 'Convoy ' || i, route, 500, start, start + length,
         jsonb_build_object('requiredParties', to_jsonb($3::uuid[])), $3::uuid[], 'notified', NULL, $4::text[]
       FROM g JOIN routes USING (i)`,
      [th.id, wfp, share, audience, t0],
    ],
    [
      'their footprints',
      `INSERT INTO footprints (theatre_id, subject_kind, subject_id, version, ref, owner_actor_id, shape, during, attrs)
       SELECT theatre_id, 'movement', id, version, ref, organisation_id, ST_Buffer(route::geography, buffer_m)::geometry,
         tstzmultirange(tstzrange(window_start, window_end, '[)')), jsonb_build_object('name', name, 'shareWith', to_jsonb(share_with))
       FROM movements WHERE theatre_id = $1`,
      [th.id],
    ],
    [
      'an agreement in force',
      `WITH a AS (INSERT INTO agreements (theatre_id, id, name, kind, signatories, status, status_changed_at)
         VALUES ($1, $2, 'Benchmark cessation of hostilities', 'cessation_of_hostilities', $3::uuid[], 'in_force', $5::timestamptz) RETURNING id),
       v AS (INSERT INTO agreement_versions (theatre_id, agreement_id, version, text, terms, created_by) VALUES ($1, $2, 1, 'Synthetic.', '{}', $4))
       INSERT INTO zone_agreements (theatre_id, agreement_id, name, status, in_force)
       VALUES ($1, $2, 'Benchmark cessation of hostilities', 'in_force', tstzmultirange(tstzrange($5::timestamptz, NULL)))`,
      [th.id, agreementId, share, th.adminUserId, t0],
    ],
    [
      `${COUNTS.zones} zones`,
      // 5–30 km across, in force 1–8 weeks; one in ten (and every exclusion zone) closed to movements
      `WITH g AS MATERIALIZED (
         SELECT i, pg_temp.bench_pos() AS pos, 2500 + random() * 12500 AS radius_m, 1 + floor(random() * 5)::int AS k,
           $3::timestamptz + random() * ${span} AS valid_from, interval '7 days' + random() * interval '49 days' AS length, random() < 0.1 AS closed
         FROM generate_series(1, ${COUNTS.zones}) i)
       INSERT INTO zones (theatre_id, id, agreement_id, name, kind, geometry, width_m, prohibits, closed_to_movements, valid_from, valid_to, windows, during, withdrawal)
       SELECT $1, gen_random_uuid(), $2, 'Zone ' || i, kind, ST_Buffer(pos::geography, radius_m, 'quad_segs=4')::geometry, NULL, prohibits,
         closed OR kind = 'exclusion', valid_from, valid_from + length, NULL, tstzmultirange(tstzrange(valid_from, valid_from + length, '[)')), '[]'
       FROM g, LATERAL (SELECT (ARRAY['ceasefire', 'pull_back', 'humanitarian_corridor', 'no_fly', 'exclusion'])[k] AS kind) z,
         LATERAL (SELECT CASE z.kind WHEN 'ceasefire' THEN ARRAY['air', 'artillery', 'ground'] WHEN 'pull_back' THEN ARRAY['artillery', 'ground']
           WHEN 'no_fly' THEN ARRAY['air'] WHEN 'exclusion' THEN ARRAY['air', 'artillery', 'ground'] ELSE ARRAY[]::text[] END AS prohibits) q`,
      [th.id, agreementId, t0],
    ],
    [
      'their footprints',
      `INSERT INTO footprints (theatre_id, subject_kind, subject_id, version, ref, owner_actor_id, shape, during, attrs)
       SELECT z.theatre_id, 'zone', z.id, z.version, NULL, NULL, z.geometry, z.during,
         jsonb_build_object('zoneKind', z.kind, 'name', z.name, 'agreementId', a.agreement_id, 'agreementName', a.name,
           'prohibits', to_jsonb(z.prohibits), 'closedToMovements', z.closed_to_movements)
       FROM zones z JOIN zone_agreements a ON a.theatre_id = z.theatre_id AND a.agreement_id = z.agreement_id WHERE z.theatre_id = $1`,
      [th.id],
    ],
    [
      'reference counters',
      // new references continue after the seeded ones
      `INSERT INTO reference_counters (theatre_id, letter, last)
       SELECT $1, l.letter, (SELECT coalesce(max(substring(ref FROM '[0-9]+$')::int), 0) FROM (
           SELECT ref FROM sites WHERE theatre_id = $1 AND l.letter = 'S' UNION ALL
           SELECT ref FROM movements WHERE theatre_id = $1 AND l.letter = 'M' UNION ALL
           SELECT ref FROM activities WHERE theatre_id = $1 AND l.letter = 'A') r)
       FROM (VALUES ('S'), ('M'), ('A')) l(letter)
       ON CONFLICT (theatre_id, letter) DO UPDATE SET last = greatest(reference_counters.last, EXCLUDED.last)`,
      [th.id],
    ],
    ['ANALYZE', 'ANALYZE', []],
  ]
}

export async function seed(q: Sql, th: Theatre): Promise<{ seconds: number; steps: [string, number][] }> {
  const started = performance.now()
  const steps: [string, number][] = []
  for (const [name, sql, params] of seedSteps(th, randomUUID())) {
    const t = performance.now()
    await q.query(sql, params)
    steps.push([name, (performance.now() - t) / 1000])
  }
  const [c] = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM footprints WHERE theatre_id = $1', [th.id])
  const expected = COUNTS.sites + COUNTS.zones + COUNTS.activities + COUNTS.movements
  if (c.n !== expected) throw new Error(`seeded ${c.n} footprints, expected ${expected}`)
  return { seconds: (performance.now() - started) / 1000, steps }
}

// ---------------------------------------------------------------------------------------------------------------
// What is created: a ~150 km route and a 20 × 20 km square, anywhere in the box, at any time of the timeline.

const KM_PER_DEG_LAT = 110.57
const kmPerDegLon = (lat: number) => 111.32 * Math.cos((lat * Math.PI) / 180)
const round6 = (x: number) => Math.round(x * 1e6) / 1e6
const inBox = ([x, y]: number[]) => x > BBOX[0] && x < BBOX[2] && y > BBOX[1] && y < BBOX[3]

export function subjects(th: Theatre, seed: number) {
  const rnd = prng(seed)
  const between = (a: number, b: number) => a + rnd() * (b - a)
  const window = (minH: number, maxH: number) => {
    const start = T0.getTime() + rnd() * (DAYS * 24 - maxH) * 3_600_000
    return { start: new Date(start).toISOString(), end: new Date(start + between(minH, maxH) * 3_600_000).toISOString() }
  }
  let n = 0
  return {
    movement() {
      for (;;) {
        // five legs of 30 km, each turning up to 15° off a random heading
        const heading = rnd() * 2 * Math.PI
        const route = [[between(BBOX[0], BBOX[2]), between(BBOX[1], BBOX[3])]]
        for (let leg = 0; leg < 5; leg++) {
          const [x, y] = route.at(-1)!
          const b = heading + (rnd() - 0.5) * (Math.PI / 6)
          route.push([x + ((MOVEMENT_KM / 5) * Math.sin(b)) / kmPerDegLon(y), y + ((MOVEMENT_KM / 5) * Math.cos(b)) / KM_PER_DEG_LAT])
        }
        if (!route.every(inBox)) continue
        return {
          name: `Benchmark convoy ${++n}`,
          route: { type: 'LineString', coordinates: route.map((p) => p.map(round6)) },
          window: window(24, 72),
          vehicles: { count: 6, markings: 'white, WFP flags' },
          shareWith: [th.actors.gov, th.actors.opp],
        }
      }
    },
    activity() {
      const [hx, hy] = [ACTIVITY_KM / 2, ACTIVITY_KM / 2]
      const y = between(BBOX[1] + hy / KM_PER_DEG_LAT + 0.01, BBOX[3] - hy / KM_PER_DEG_LAT - 0.01)
      const dx = hx / kmPerDegLon(y)
      const x = between(BBOX[0] + dx + 0.01, BBOX[2] - dx - 0.01)
      const dy = hy / KM_PER_DEG_LAT
      const ring = [[x - dx, y - dy], [x + dx, y - dy], [x + dx, y + dy], [x - dx, y + dy], [x - dx, y - dy]].map((p) => p.map(round6))
      return {
        kind: (['air', 'artillery', 'ground'] as const)[Math.floor(rnd() * 3)],
        geometry: { type: 'Polygon', coordinates: [ring] },
        window: window(2, 24),
      }
    },
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring through the API

interface Created {
  id: string
  ms: number
}

const T = '/api/v1/theatres/BENCH'

async function timed(base: string, urlPath: string, body: unknown, headers: Record<string, string>) {
  const started = performance.now()
  const r = await call(base, 'POST', urlPath, body, headers)
  return { ...r, ms: performance.now() - started }
}

export async function createMovements(base: string, th: Theatre, gen: ReturnType<typeof subjects>, count: number): Promise<Created[]> {
  const out: Created[] = []
  for (let i = 0; i < count; i++) {
    const r = await timed(base, `${T}/movements`, gen.movement(), th.organisation)
    if (r.status !== 201) throw new Error(`POST movements: ${r.status} ${JSON.stringify(r.json)}`)
    out.push({ id: r.json.id, ms: r.ms })
  }
  return out
}

/**
 * Known-before-acting: a first, untimed attempt without `awareOf` answers 409 with the sites and movements shared
 * with the party that the activity meets; then the declaration that lists them is timed. (An activity that meets none
 * is declared by its first attempt, which is then the timed one.) `between` runs between the two passes.
 */
export async function declareActivities(base: string, th: Theatre, gen: ReturnType<typeof subjects>, count: number, between = async () => {}) {
  const out: Created[] = []
  const pending: { body: any; awareOf: { ref: string; version: number }[] }[] = []
  for (let i = 0; i < count; i++) {
    const body = { ...gen.activity(), awareOf: [] }
    const r = await timed(base, `${T}/activities`, body, th.party)
    if (r.status === 201) out.push({ id: r.json.id, ms: r.ms })
    else if (r.status === 409 && Array.isArray(r.json.missing)) pending.push({ body, awareOf: r.json.missing.map((m: any) => ({ ref: m.ref, version: m.version })) })
    else throw new Error(`POST activities: ${r.status} ${JSON.stringify(r.json)}`)
  }
  await between()
  let awareOf = 0
  for (const p of pending) {
    const r = await timed(base, `${T}/activities`, { ...p.body, awareOf: p.awareOf }, th.party)
    if (r.status !== 201) throw new Error(`POST activities with awareOf: ${r.status} ${JSON.stringify(r.json).slice(0, 2000)}`)
    out.push({ id: r.json.id, ms: r.ms })
    awareOf += p.awareOf.length
  }
  return { created: out, firstAttemptSucceeded: count - pending.length, awareOf: pending.length ? awareOf / pending.length : 0 }
}

interface KindFigures {
  e2e: number[]
  raw: number[]
  /** Conflicts each create recorded, and rows the raw query returned for it. */
  conflicts: number[]
  overlaps: number[]
  others: number
  /** The same for the raw query's figure. */
  rawOthers: number
  statements?: { all: number; statements: StatementStat[] }
  firstAttemptSucceeded?: number
  awareOf?: number
}

interface EngineFigures {
  radii: Record<string, number>
  seed: { seconds: number; steps: [string, number][] }
  kinds: Record<Kind, KindFigures>
  plans: Record<Kind, { label: string; plan: string }[]>
}

async function measureApi(server: Server, th: Theatre, roots: number[], statements?: Statements, afterWarmUp = async () => {}) {
  const gen = subjects(th, 7)
  // Unmeasured first: JIT, caches, the pool's connections.
  const warm = {
    movement: await createMovements(server.url, th, gen, WARM_UP),
    activity: (await declareActivities(server.url, th, gen, WARM_UP)).created,
  }
  await afterWarmUp()
  const m = await onQuietMachine(async () => {
    await statements?.reset()
    const created = await createMovements(server.url, th, gen, N)
    return { created, statements: await statements?.top() }
  }, roots)
  console.log(`  ${N} movements: p50 ${percentile(m.result.created.map((c) => c.ms), 50).toFixed(1)} ms`)
  const a = await onQuietMachine(async () => {
    const r = await declareActivities(server.url, th, gen, N, async () => {
      await statements?.reset()
    })
    return { ...r, statements: await statements?.top() }
  }, roots)
  console.log(`  ${N} activities: p50 ${percentile(a.result.created.map((c) => c.ms), 50).toFixed(1)} ms`)
  if (!server.alive()) throw new Error(`the server died:\n${server.output()}`)
  return { warm, movement: m, activity: a }
}

/**
 * The raw conflict query for each created subject, timed alone from a client of the same database, after the
 * warm-up subjects' queries; on PostgreSQL as a statement prepared once, as the server's pool runs it.
 */
async function measureRaw(q: Sql, th: Theatre, api: Awaited<ReturnType<typeof measureApi>>, roots: number[], prepared?: pg.Client) {
  // The other side of each conflict the create recorded: where and when the subject meets those is the second step.
  const met = new Map<string, string>()
  for (const kind of ['movement', 'activity'] as const) {
    const ids = [...api.warm[kind], ...api[kind].result.created].map((c) => c.id)
    const rows = await q.query<{ id: string; others: unknown }>(
      `SELECT x.id, jsonb_agg(CASE WHEN c.a_id = x.id THEN jsonb_build_object('kind', c.b_kind, 'id', c.b_id) ELSE jsonb_build_object('kind', c.a_kind, 'id', c.a_id) END) AS others
       FROM ${kind === 'movement' ? 'movements' : 'activities'} x
       JOIN conflicts c ON c.theatre_id = x.theatre_id AND c.created_at = x.created_at AND (c.a_id = x.id OR c.b_id = x.id)
       WHERE x.theatre_id = $1 AND x.id = ANY($2::uuid[]) GROUP BY x.id`,
      [th.id, ids],
    )
    for (const r of rows) met.set(r.id, typeof r.others === 'string' ? r.others : JSON.stringify(r.others))
  }
  const exec = (name: string, text: string, values: unknown[]) =>
    prepared ? prepared.query({ name, text, values }).then((r) => r.rows) : q.query(text, values)
  const run = async (kind: Kind, id: string) => {
    const started = performance.now()
    const rows = await exec(`bench_overlapping_${kind}`, overlappingSql(kind, COUNTERPARTS[kind]), [th.id, id])
    if (met.has(id)) await exec('bench_meetings', MEETINGS_SQL, [th.id, kind, id, met.get(id)])
    return { ms: performance.now() - started, rows: rows.length }
  }
  for (const kind of ['movement', 'activity'] as const) for (const c of api.warm[kind]) await run(kind, c.id)
  const timed = await onQuietMachine(async () => {
    const out = {} as Record<Kind, { raw: number[]; overlaps: number[] }>
    for (const kind of ['movement', 'activity'] as const) {
      out[kind] = { raw: [], overlaps: [] }
      for (const c of api[kind].result.created) {
        const r = await run(kind, c.id)
        out[kind].raw.push(r.ms)
        out[kind].overlaps.push(r.rows)
      }
    }
    return out
  }, roots)
  const out = {} as Record<Kind, { e2e: number[]; raw: number[]; overlaps: number[]; conflicts: number[]; ids: string[]; rawOthers: number }>
  for (const kind of ['movement', 'activity'] as const) {
    const created = api[kind].result.created
    // The conflicts each create recorded: those of its subject stamped with its transaction's time.
    const table = kind === 'movement' ? 'movements' : 'activities'
    const counts = await q.query<{ id: string; n: number }>(
      `SELECT x.id, count(c.id)::int AS n FROM ${table} x
       LEFT JOIN conflicts c ON c.theatre_id = x.theatre_id AND c.created_at = x.created_at AND (c.a_id = x.id OR c.b_id = x.id)
       WHERE x.theatre_id = $1 AND x.id = ANY($2::uuid[]) GROUP BY x.id`,
      [th.id, created.map((c) => c.id)],
    )
    const byId = new Map(counts.map((r) => [r.id, r.n]))
    out[kind] = {
      ...timed.result[kind],
      e2e: created.map((c) => c.ms),
      conflicts: created.map((c) => byId.get(c.id) ?? 0),
      ids: created.map((c) => c.id),
      rawOthers: timed.others,
    }
  }
  return out
}

/**
 * EXPLAIN ANALYZE of the raw query for the median and the slowest subject of each kind; on PostgreSQL of the
 * prepared statement once it has run a few times, so that the plan shown is the one its later runs use.
 */
async function explain(q: Sql, th: Theatre, raw: Awaited<ReturnType<typeof measureRaw>>, prepared: boolean) {
  const plans = {} as EngineFigures['plans']
  for (const kind of ['movement', 'activity'] as const) {
    const sql = overlappingSql(kind, COUNTERPARTS[kind])
    if (prepared) await q.query(`PREPARE bench_explain (uuid, uuid) AS ${sql}`)
    const r = raw[kind]
    const order = r.raw.map((ms, i) => ({ ms, i })).sort((a, b) => a.ms - b.ms)
    const picks = [
      { label: 'median', i: order[Math.floor(order.length / 2)].i },
      { label: 'slowest', i: order.at(-1)!.i },
    ]
    plans[kind] = []
    for (const p of picks) {
      // EXECUTE takes no bind parameters: the ids as literals (ours, all of them)
      const execute = `EXECUTE bench_explain ('${th.id}', '${r.ids[p.i]}')`
      if (prepared) for (let i = 0; i < 6; i++) await q.query(execute)
      const rows = prepared
        ? await q.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${execute}`)
        : await q.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, [th.id, r.ids[p.i]])
      plans[kind].push({ label: `${p.label} (${r.overlaps[p.i]} rows)`, plan: rows.map((x) => x['QUERY PLAN']).join('\n') })
    }
    if (prepared) await q.query('DEALLOCATE bench_explain')
  }
  return plans
}

function figures(api: Awaited<ReturnType<typeof measureApi>>, raw: Awaited<ReturnType<typeof measureRaw>>): Record<Kind, KindFigures> {
  return {
    movement: { ...raw.movement, others: api.movement.others, statements: api.movement.result.statements },
    activity: {
      ...raw.activity,
      others: api.activity.others,
      statements: api.activity.result.statements,
      firstAttemptSucceeded: api.activity.result.firstAttemptSucceeded,
      awareOf: api.activity.result.awareOf,
    },
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The two engines

async function onPglite(): Promise<EngineFigures> {
  const dataDir = tempDir('truce-bench-deconfliction-')
  const open = async () => {
    const db = await openDatabase(loadConfig({ TRUCE_DATA_DIR: dataDir }))
    await migrate(db)
    return db
  }
  const withDb = async <T>(fn: (db: Db) => Promise<T>) => {
    const db = await open()
    try {
      return await fn(db)
    } finally {
      await db.close()
    }
  }
  try {
    // The server holds the data directory while it runs: set up through the API, stop it, seed, start it again.
    let server = await startServer({ TRUCE_DATA_DIR: dataDir })
    let th: Theatre
    try {
      th = await setUp(server.url)
    } finally {
      await server.stop()
    }
    console.log('pglite: seeding …')
    const seeded = await withDb((db) => seed(db, th))
    console.log(`pglite: seeded in ${seeded.seconds.toFixed(1)} s`)
    server = await startServer({ TRUCE_DATA_DIR: dataDir })
    let api: Awaited<ReturnType<typeof measureApi>>
    try {
      api = await measureApi(server, th, [])
    } finally {
      await server.stop()
    }
    // The raw query, on the same data once the server has let go of it.
    return await withDb(async (db) => {
      const raw = await measureRaw(db, th, api, [])
      return { radii: th.radii, seed: seeded, kinds: figures(api, raw), plans: await explain(db, th, raw, false) }
    })
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

async function onPostgresql(url: string, roots: number[]): Promise<EngineFigures> {
  const dataDir = tempDir('truce-bench-deconfliction-')
  const server = await startServer({ TRUCE_DATA_DIR: dataDir, DATABASE_URL: url })
  // The same session settings as the server's pool.
  const client = new pg.Client({ connectionString: url, options: '-c TimeZone=UTC' })
  let statements: Statements | undefined
  try {
    const th = await setUp(server.url)
    await client.connect()
    const q = pgSql(client)
    console.log('postgresql: seeding …')
    const seeded = await seed(q, th)
    console.log(`postgresql: seeded in ${seeded.seconds.toFixed(1)} s`)
    statements = await Statements.open(url)
    // The server prepares each statement once per connection, and PostgreSQL keeps the generic plan it chose then
    // until the table is analysed again: a plan chosen while the conflicts table was empty (as seeded) is a
    // sequential scan that grows with it (liveOf: 0.2 ms at 100 conflicts, 2.7 ms at 20,000). In operation
    // autovacuum analyses it as it grows; here it grows by thousands in a minute, so analyse it once warmed up.
    const api = await measureApi(server, th, roots, statements, async () => {
      await q.query('ANALYZE')
    })
    const raw = await measureRaw(q, th, api, roots, client)
    return { radii: th.radii, seed: seeded, kinds: figures(api, raw), plans: await explain(q, th, raw, true) }
  } finally {
    await statements?.close()
    await client.end().catch(() => {})
    await server.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  // pg_stat_statements tells where the server's database time goes, planning included (a statement planned on every
  // call costs PostgreSQL its planning each time); it costs little and changes no plan.
  const postgres = await benchPostgres(
    { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track_planning': 'on' },
    ENGINES_RUN.includes('postgresql'),
  )
  const existing = postgres.existing
  const started = Date.now()
  const results = {} as Record<Engine, EngineFigures>
  try {
    if (ENGINES_RUN.includes('pglite')) results.pglite = await onPglite()
    if (ENGINES_RUN.includes('postgresql'))
      results.postgresql = await withFreshDatabase(postgres.url!, 'truce_bench_deconfliction', (url) => onPostgresql(url, postgres.roots))
  } finally {
    postgres.stop()
  }
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`)

  // ---------------------------------------------------------------------------------------------------------------
  // The report

  const ENGINES = (['postgresql', 'pglite'] as const).filter((e) => results[e])
  const KINDS = ['movement', 'activity'] as const
  const engineName = (e: Engine) => (e === 'pglite' ? 'PGlite' : 'PostgreSQL')
  const f1 = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0))
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

  /** Everything measured, for a closer look. */
  const printFigures = () => {
    const dump = path.join(tempDir('truce-bench-deconfliction-out-'), 'figures.json')
    fs.writeFileSync(dump, JSON.stringify(results, null, 1))
    console.log(`all figures: ${dump}`)
    for (const e of ENGINES)
      for (const k of KINDS) {
        const f = results[e].kinds[k]
        console.log(
          `${e} ${k}: p50 ${f1(percentile(f.e2e, 50))} / p99 ${f1(percentile(f.e2e, 99))} ms; raw p50 ${f1(percentile(f.raw, 50))} / p99 ${f1(percentile(f.raw, 99))} ms; conflicts ${avg(f.conflicts).toFixed(1)}`,
        )
        for (const { query, calls, ms, plans } of f.statements?.statements.slice(0, 8) ?? []) {
          console.log(`  ${(ms / f.e2e.length).toFixed(2)} ms ${(calls / f.e2e.length).toFixed(1)}× (${plans} plans) ${query.replace(/\s+/g, ' ').slice(0, 100)}`)
        }
        for (const p of results[e].plans[k]) console.log(`--- ${e} ${k} ${p.label}\n${p.plan}`)
      }
  }
  if (ENGINES.length < 2) return printFigures()
  const met = (yes: boolean) => (yes ? 'yes' : '**no**')
  const what: Record<Kind, string> = { movement: `movement, ${MOVEMENT_KM} km route`, activity: `activity, ${ACTIVITY_KM} × ${ACTIVITY_KM} km` }

  const mainRows = ENGINES.flatMap((e) =>
    KINDS.map((k) => {
      const f = results[e].kinds[k]
      const [p50, p99, r50, r99] = [percentile(f.e2e, 50), percentile(f.e2e, 99), percentile(f.raw, 50), percentile(f.raw, 99)]
      return [
        engineName(e),
        what[k],
        f1(p50),
        f1(p99),
        `≤ ${TARGET_P99[e]}: ${met(p99 <= TARGET_P99[e])}`,
        f1(r50),
        f1(r99),
        (p50 / r50).toFixed(1),
        (p99 / r99).toFixed(1),
        `≤ ${TARGET_RATIO}: ${met(p50 / r50 <= TARGET_RATIO && p99 / r99 <= TARGET_RATIO)}`,
        `${avg(f.conflicts).toFixed(1)} (max ${Math.max(...f.conflicts)})`,
        `${avg(f.overlaps).toFixed(1)}`,
        `${(f.others * 100).toFixed(0)}% / ${(f.rawOthers * 100).toFixed(0)}%`,
      ]
    }),
  )

  /** p50/p99 by how many footprints the subject met: the tail is where a create meets a city. */
  const BUCKETS = [
    [0, 100],
    [100, 1000],
    [1000, Infinity],
  ] as const
  const bucketRows = ENGINES.flatMap((e) =>
    KINDS.flatMap((k) => {
      const f = results[e].kinds[k]
      return BUCKETS.map(([lo, hi]) => {
        const idx = f.overlaps.map((o, i) => (o >= lo && o < hi ? i : -1)).filter((i) => i >= 0)
        if (!idx.length) return null
        const e2e = idx.map((i) => f.e2e[i])
        const raw = idx.map((i) => f.raw[i])
        return [
          engineName(e),
          k,
          hi === Infinity ? `≥ ${lo}` : `${lo}–${hi - 1}`,
          idx.length,
          f1(percentile(e2e, 50)),
          f1(percentile(e2e, 99)),
          f1(percentile(raw, 50)),
          f1(percentile(raw, 99)),
          (median(e2e) / median(raw)).toFixed(1),
        ]
      }).filter((r) => r !== null)
    }),
  )

  const shortQuery = (q: string) => {
    const s = q.replace(/\s+/g, ' ').trim()
    return `\`${(s.length > 90 ? `${s.slice(0, 90)}…` : s).replace(/\|/g, '\\|').replace(/`/g, "'")}\``
  }
  const statementRows = (k: Kind) => {
    const f = results.postgresql.kinds[k]
    if (!f.statements) return null
    const n = f.e2e.length
    const top = f.statements.statements.slice(0, 8)
    return {
      all: f.statements.all / n,
      rows: top.map((s) => [
        shortQuery(s.query),
        (s.calls / n).toFixed(1),
        (s.ms / n).toFixed(2),
        `${((s.ms / f.statements!.all) * 100).toFixed(0)}%`,
        (s.plans / n).toFixed(2),
        (s.planMs / n).toFixed(2),
      ]),
    }
  }

  const seedRows = results.pglite.seed.steps.map(([name], i) => [name, results.postgresql.seed.steps[i][1].toFixed(1), results.pglite.seed.steps[i][1].toFixed(1)])
  seedRows.push(['**total**', results.postgresql.seed.seconds.toFixed(1), results.pglite.seed.seconds.toFixed(1)])

  const statementSections = KINDS.map((k) => {
    const s = statementRows(k)
    if (!s) return ''
    const e2e = percentile(results.postgresql.kinds[k].e2e, 50)
    return `**${what[k]}** on PostgreSQL: the server's statements took ${s.all.toFixed(1)} ms of execution per create (end to end p50 ${f1(e2e)} ms);
the most expensive, per create:

${table(['statement', 'calls', 'ms', 'share', 'plans', 'planning ms'], s.rows)}
`
  }).join('\n')

  const plan = (e: Engine, k: Kind) => {
    const p = results[e].plans[k].find((x) => x.label.startsWith('median'))!
    return `${engineName(e)}, ${what[k]}, ${p.label}:\n\n\`\`\`\n${p.plan}\n\`\`\``
  }

  const radiiValues = Object.values(results.pglite.radii)
  const radii = `${Math.min(...radiiValues)}–${Math.max(...radiiValues)} m`

  writeSection(
    'deconfliction',
    `## Deconfliction at theatre scale

${today()} · ${machine()}

A synthetic theatre over Syria's bounding box [${BBOX.join(', ')}]: ${COUNTS.sites.toLocaleString('en')} sites,
${COUNTS.zones.toLocaleString('en')} zones, ${COUNTS.activities.toLocaleString('en')} activities and ${COUNTS.movements.toLocaleString('en')} movements, seeded in SQL
(\`setseed\`, so the same every run) straight into the domain tables and their footprints. Half of each lies in four city
clusters (${CLUSTERS.map((c) => `${c.name} ${c.at.join(', ')}, ${c.weight * 100}%`).join('; ')}; normal, σ = ${CLUSTER_SIGMA_DEG}°), the
rest evenly over the box. Sites: every type, the theatre's default protection radius (${radii}), shared
with both parties, always active. Activities: squares of 1–10 km a side, 2–24 h, half each party's. Movements: 20–200 km
routes in five legs, buffered 500 m, 1–3 days, shared with both parties. Zones: 5–30 km across, in force 1–8 weeks,
one of five kinds with their prohibitions, one in ten closed to movements. All times fall in the two years from
${T0.toISOString().slice(0, 10)} (in the future, so that the acknowledgements the measured movements ask for are not overdue at
once, which would set the server's deadline job expiring them, each a ledger entry, while we measure).

Measured: ${N} creates of each after ${WARM_UP} unmeasured, one at a time, through the API of \`tsx src/cli.ts serve\` in its own
process (\`TRUCE_LOG_LEVEL=warn\`), at random places (even over the box) and times, from the client's \`fetch\` to the
parsed answer:

- **movement**: \`POST /theatres/BENCH/movements\` by an organisation editor's API token: a ${MOVEMENT_KM} km route in five
  legs, 1–3 days, shared with both parties; the movement, its ledger entry, its footprint, the conflict check against
  activities and zones, and one acknowledgement request per party.
- **activity**: \`POST /theatres/BENCH/activities\` by a party editor's API token: a ${ACTIVITY_KM} × ${ACTIVITY_KM} km square, 2–24 h.
  Known-before-acting: a first attempt without \`awareOf\`, not timed, answers 409 with the \`{ref, version}\` of every
  site and movement shared with the party that the square meets; the declaration listing them is timed (on average it
  listed ${results.postgresql.kinds.activity.awareOf?.toFixed(0)} on PostgreSQL and ${results.pglite.kinds.activity.awareOf?.toFixed(0)} on PGlite).
  One footprint query serves known-before-acting and the conflict check; it records a conflict for every site,
  movement, prohibiting zone and other party's activity it meets, with where and when they meet, and one signed
  ledger entry for the conflicts of each audience (the organisation of the sites met, the parties).
- **raw query**: the PostGIS work alone: the query of \`footprints/store.ts\` \`overlapping\`
  with the kinds the conflict check asks for, then \`footprint_meetings()\` (where and when the subject meets each footprint
  it conflicts with, computed but not sent), once per created subject, from a client of the same
  database after the API creates (PostgreSQL: a \`pg\` client beside the running server, the statement prepared once as
  the server prepares its own; PGlite: the data directory opened in the benchmark's process once the server has stopped),
  after the ${WARM_UP} warm-up subjects' queries.

${table(
    ['database', 'create', 'p50 (ms)', 'p99 (ms)', 'target p99', 'raw p50', 'raw p99', 'ratio p50', 'ratio p99', 'target ratio', 'conflicts per create', 'footprints met', 'other load'],
    mainRows,
  )}

"Ratio" is end to end ÷ raw query, at p50 and at p99. "Conflicts per create": recorded by each create (average, and the
most); "footprints met": the rows the raw query returned for it. "Other load": the share of the machine's CPU that
other processes used while the creates / the raw queries were timed (each is taken again, up to three times, when it
exceeds 10%).

By the number of footprints the subject met (the slow tail is a create that meets a city):

${table(['database', 'create', 'footprints met', 'creates', 'p50 (ms)', 'p99 (ms)', 'raw p50', 'raw p99', 'ratio of medians'], bucketRows)}

${statementSections}
Seeding (seconds):

${table(['step', 'PostgreSQL', 'PGlite'], seedRows)}

PostgreSQL 15 with PostGIS: ${existing ? 'the server named by `TRUCE_BENCH_DATABASE_URL`.' : 'a fresh local cluster with its default settings, plus `pg_stat_statements` loaded for the per-statement figures; over TCP on the loopback; the server\'s pool holds 20 connections.'}
The server prepares each statement once per connection, and PostgreSQL keeps the generic plan it chose then until the
table is analysed again: the benchmark runs \`ANALYZE\` once after the warm-up, as the conflicts table, empty when
seeded, grows by thousands of rows a minute here (autovacuum would analyse it within a minute or so; a generic plan
made for the empty table scans it all: in a separate test, finding a subject's live conflicts took 2.7 ms at 20,000
conflicts instead of 0.3).

<details><summary>Plans of the raw query (median subject)</summary>

${KINDS.flatMap((k) => ENGINES.map((e) => plan(e, k))).join('\n\n')}

</details>
`,
  )

  printFigures()
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main()
