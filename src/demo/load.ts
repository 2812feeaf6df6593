import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { TheatreAccess } from '../authz/access.ts'
import type { Principal } from '../authz/principal.ts'
import type { Geometry, LineString, MultiPolygon, Point, Polygon } from '../geo/geojson.ts'
import type { Services } from '../services.ts'
import type { Theatre } from '../modules/theatres/store.ts'
import type { ChangeStatus, CreateIncident } from '../modules/incidents/schema.ts'
import type { CreateMeeting } from '../modules/liaison/schema.ts'
import type { CreateZone } from '../modules/zones/schema.ts'

export const SCENARIO = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../scenarios/aleppo-2016/scenario.json')

type Say = (line: string) => void

/** The scenario file's shape: records refer to actors by short name, resolved to ids as they are created. */
interface Scenario {
  theatre: { code: string; name: string; timezone: string; bbox: [number, number, number, number]; policy: Record<string, unknown>; theatreWideParties: string[] }
  actors: { kind: 'coordinator' | 'party' | 'organisation' | 'monitor'; name: string; shortName: string; aliases?: string[]; colour?: string }[]
  users: { username: string; displayName: string; actor: string; role: 'admin' | 'editor' | 'viewer'; language: 'en' | 'ar' | 'ru' }[]
  agreements: {
    name: string
    kind: string
    signatories: string[]
    text: string
    terms: Record<string, unknown>
    status: { status: string; reason: string; effectiveAt?: string }[]
    sign: string[]
    zones: { name: string; kind: string; geometry: Polygon | LineString; widthM?: number; prohibits: string[]; withdrawal?: { party: string; distanceM: number }[]; schedule: Record<string, unknown> }[]
  }[]
  controlAreas: { party: string; note: string; geometry: Polygon | MultiPolygon }[]
  sites: { organisation: string; name: string; type: string; geometry: Point | Polygon; shareWith?: string[] }[]
  acknowledgeSites: string[]
  movements: { organisation: string; name: string; route: LineString; bufferM: number; window: { start: string; end: string }; vehicles: { count: number; markings: string }; personnel: number; cargo: string; acknowledge: string[] }[]
  activities: { party: string; kind: string; note: string; geometry: Polygon; window: { start: string; end: string } }[]
  incidents: (Omit<CreateIncident, 'allegedPartyId' | 'allegedPerpetratorText'> & { reporter: string; statuses: ChangeStatus['status'][]; allegedParty?: string; allegedText?: string; review: string })[]
  liaison: (Omit<CreateMeeting, 'attendees' | 'actionItems'> & { attendees: string[]; actionItems: { text: string; owner: string; due: string }[] })[]
}

/**
 * Loads the Aleppo 2016 scenario through the same services the API uses (so every record is validated, notified,
 * deconflicted and ledgered as if people had entered it). Does nothing when the theatre already exists.
 * Demo passwords: TRUCE_DEMO_PASSWORD for all, or one generated per user and printed.
 */
export async function loadDemo(services: Services, say: Say, demoPassword?: string): Promise<boolean> {
  const s: Scenario = JSON.parse(fs.readFileSync(SCENARIO, 'utf8'))
  if (await services.theatres.find(s.theatre.code)) {
    say(`demo: theatre ${s.theatre.code} is already loaded; sign in with the demo users printed when it was loaded`)
    return false
  }
  const admin = (await services.accounts.listUsers({ limit: 500 })).find((u) => u.isAdmin)!
  const root: Principal = { user: { ...admin }, via: 'session' }
  say(`demo: loading ${s.theatre.name} (${s.theatre.code}) …`)
  const theatre: Theatre = await services.theatres.create({ code: s.theatre.code, name: s.theatre.name, timezone: s.theatre.timezone, bbox: s.theatre.bbox, policy: s.theatre.policy }, root)
  const asAdmin = new TheatreAccess(root, theatre, [])

  const actor: Record<string, string> = {}
  for (const a of s.actors) actor[a.shortName] = (await services.actors.create(asAdmin, a)).id
  const ids = (names: string[]) => names.map((n) => actor[n])
  const theatreNow = (await services.theatres.find(theatre.id))!
  await services.theatres.update(asAdmin, { version: theatreNow.version, policy: { theatreWideParties: ids(s.theatre.theatreWideParties) } })

  const as: Record<string, TheatreAccess> = {}
  const logins: string[] = []
  for (const u of s.users) {
    const password = demoPassword ?? crypto.randomBytes(9).toString('base64url')
    const existing = await services.accounts.userByName(u.username)
    const user = existing ?? (await services.accounts.createUser({ username: u.username, password, displayName: u.displayName, language: u.language }, root))
    await services.actors.addMember(asAdmin, { userId: user.id, actorId: actor[u.actor], role: u.role })
    const principal: Principal = { user: (await services.accounts.principalUser(user.id))!, via: 'session' }
    as[u.actor] = new TheatreAccess(principal, theatre, await services.actors.membershipsOf(user.id, theatre.id))
    logins.push(`  ${u.username.padEnd(12)} ${existing ? '(existing user, password unchanged)' : password.padEnd(14)} ${u.actor} ${u.role}`)
  }

  for (const a of s.agreements) {
    const coord = as.JIC
    let agreement = await services.agreements.create(coord, { name: a.name, kind: a.kind as never, signatories: ids(a.signatories), text: a.text, terms: a.terms })
    for (const z of a.zones) {
      const { withdrawal, ...zone } = z
      await services.zones.create(coord, agreement.id, {
        ...(zone as CreateZone),
        ...(withdrawal ? { withdrawal: withdrawal.map((w) => ({ partyId: actor[w.party], distanceM: w.distanceM })) } : {}),
      })
    }
    for (const party of a.sign) await services.agreements.sign(as[party], agreement.id, { version: agreement.versions })
    for (const st of a.status) {
      agreement = await services.agreements.get(coord, agreement.id)
      await services.agreements.setStatus(coord, agreement.id, { version: agreement.version, status: st.status as never, reason: st.reason, effectiveAt: st.effectiveAt })
    }
  }
  for (const c of s.controlAreas) {
    await services.controlAreas.create(as.JIC, { partyId: actor[c.party], geometry: c.geometry, validFrom: '2016-08-01T00:00:00Z', validTo: '2016-12-31T00:00:00Z', note: c.note })
  }

  const answer = async (subjectId: string, parties: string[]) => {
    for (const party of parties) {
      const [ack] = await services.acknowledgements.list(as[party], { subjectId, partyId: actor[party], state: 'pending', limit: 1 })
      if (ack) await services.acknowledgements.answer(as[party], ack.id, { kind: 'acknowledge' })
    }
  }
  for (const site of s.sites) {
    const created = await services.sites.create(as[site.organisation], {
      name: site.name,
      type: site.type as never,
      geometry: site.geometry,
      ...(site.shareWith ? { shareWith: ids(site.shareWith) } : {}),
    })
    await answer(created.id, s.acknowledgeSites.filter((p) => created.shareWith.includes(actor[p])))
  }
  for (const m of s.movements) {
    const { organisation, acknowledge, ...movement } = m
    const created = await services.movements.create(as[organisation], movement)
    await answer(created.id, acknowledge)
  }

  // A party lists what it knows of; the engine then finds what its activity meets.
  for (const a of s.activities) {
    const access = as[a.party]
    const sites = await services.sites.list(access, { status: 'notified', limit: 500 })
    const movements = await services.movements.list(access, { limit: 500 })
    const awareOf = [...sites, ...movements].map((r) => ({ ref: r.ref, version: r.version }))
    await services.activities.create(access, { partyId: actor[a.party], kind: a.kind as never, geometry: a.geometry as Geometry as Polygon, window: a.window, awareOf, note: a.note })
  }

  // Incidents are reported by monitors and organisations and moved through verification as the scenario says.
  for (const { reporter, statuses, allegedParty, allegedText, review, ...incident } of s.incidents) {
    let i = await services.incidents.create(as[reporter], {
      ...incident,
      ...(allegedParty ? { allegedPartyId: actor[allegedParty] } : {}),
      ...(allegedText ? { allegedPerpetratorText: allegedText } : {}),
    })
    for (const status of statuses) i = await services.incidents.setStatus(as.MON, i.id, { status, note: review })
  }
  for (const { attendees, actionItems, ...meeting } of s.liaison) {
    await services.liaison.create(as.JIC, { ...meeting, attendees: ids(attendees), actionItems: actionItems.map((a) => ({ ...a, owner: actor[a.owner] })) })
  }

  say(`demo: loaded theatre ${s.theatre.code}; demo users (username, password, actor, role):`)
  for (const l of logins) say(l)
  return true
}
