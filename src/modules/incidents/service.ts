import * as figures from './figures.ts'
import type { Dimension, FigureRow } from './figures.ts'
import type { Db } from '../../db/engine.ts'
import { newId } from '../../db/ids.ts'
import type { TheatreAccess } from '../../authz/access.ts'
import { audience } from '../../authz/audience.ts'
import { atLeast } from '../../authz/principal.ts'
import type { Bbox, Geometry } from '../../geo/geojson.ts'
import { toGeometry } from '../../geo/point-input.ts'
import { assertValidGeometry } from '../../geo/validate.ts'
import { Problem, conflict, forbidden, invalid, invalidField, notFound, staleVersion, type FieldError } from '../../http/problem.ts'
import type { ActorsService } from '../actors/service.ts'
import type { LedgerService, Tx } from '../ledger/service.ts'
import { nextRef } from '../theatres/refs.ts'
import type { TheatresService } from '../theatres/service.ts'
import type { Theatre } from '../theatres/store.ts'
import { attribute, type AttributionSources, type StoredAttribution } from './attribution.ts'
import { IncidentEvidence } from './evidence-service.ts'
import { actingAs, isReporter, mayVerify } from './permissions.ts'
import { incidentPolicy } from './policy.ts'
import { draftErrors, draftOf, toIncident, type Draft, type Incident } from './record.ts'
import type { ChangeStatus, CreateIncident, Merge, Reply, Source, Status, UpdateIncident } from './schema.ts'
import * as store from './store.ts'
import { ASKS_ALLEGED, assertMove } from './workflow.ts'

/** Where and when it may have happened: store.derive's answer, with the radius it used. */
type Where = { area: Geometry; window: { start: string; end: string }; radiusM: number }

/** What the workflow keeps beside the reported facts. */
type State = Pick<store.IncidentRow, 'status' | 'history' | 'reply_requests' | 'replies' | 'co_reporter_ids' | 'merged_into'> & { published_at: string | null }

const stateOf = (r: store.IncidentRow): State => ({
  status: r.status,
  history: r.history,
  reply_requests: r.reply_requests,
  replies: r.replies,
  co_reporter_ids: r.co_reporter_ids,
  merged_into: r.merged_into,
  published_at: r.published_at && new Date(r.published_at).toISOString(),
})

/** The ledger's readers are many: its entries name no site or movement (the API tells each reader what they may see). */
const NOBODY = () => false

export class IncidentsService {
  /** Evidence files: stored by hash, visible as the incident they belong to. */
  readonly evidence: IncidentEvidence

  constructor(
    private readonly db: Db,
    private readonly ledger: LedgerService,
    private readonly theatres: TheatresService,
    private readonly actors: ActorsService,
    private readonly sources: AttributionSources,
  ) {
    this.evidence = new IncidentEvidence(db, ledger, (access, id) => this.visible(access, id))
  }

  /** The actor reporting: the one named (which the caller must act for), or else the caller's only editor membership. */
  private async reporter(access: TheatreAccess, requested: string | undefined): Promise<string> {
    if (requested) {
      access.require(access.mayActFor(requested, 'editor'), `you may not report for actor ${requested}`)
      await this.actors.get(access, requested).catch(() => {
        throw invalidField('/body/reporterId', 'is not an actor of this theatre')
      })
      return requested
    }
    const mine = access.memberships.filter((m) => atLeast(m.role, 'editor'))
    if (mine.length === 1) return mine[0].actorId
    if (!mine.length) throw forbidden('you act for no actor of this theatre with editor rights')
    throw invalidField('/body/reporterId', 'you belong to several actors: name the one reporting')
  }

  // ── reading ────────────────────────────────────────────────────────────────────────────────────

  /** An incident the caller may see; one they may not answers 404 like one that does not exist. */
  private async visible(access: TheatreAccess, id: string): Promise<store.IncidentRow> {
    const row = await store.get(this.db, access.theatre.id, id)
    if (!row || !access.canSee(row.audience)) throw notFound(`incident ${id}`)
    return row
  }

  private async present(access: TheatreAccess, rows: store.IncidentRow[]): Promise<Incident[]> {
    const evidence = rows.length ? await store.evidenceOf(this.db, access.theatre.id, rows.map((r) => r.id)) : []
    return rows.map((r) => toIncident(r, evidence, (a) => access.canSee(a)))
  }

  async get(access: TheatreAccess, id: string): Promise<Incident> {
    return (await this.present(access, [await this.visible(access, id)]))[0]
  }

  /** Incident counts and casualty ranges for compliance figures, over what the reader may see. */
  async figures(access: TheatreAccess, f: { from: string; to: string; by: Dimension[]; statuses?: string[] }): Promise<FigureRow[]> {
    const theatre = await this.theatres.of(access)
    return figures.counts(this.db, theatre.id, { ...f, timezone: theatre.timezone, audience: access.audience() })
  }

  async list(access: TheatreAccess, f: { status?: string; category?: string; from?: string; to?: string; after?: string; limit: number }) {
    if (f.from && f.to && Date.parse(f.to) < Date.parse(f.from)) throw invalidField('/query/to', `must not be before from (${f.from})`)
    return this.present(access, await store.list(this.db, access.theatre.id, { ...f, audience: access.audience() }))
  }

  // ── checks and derived values (before the transaction: on PGlite a read outside it would wait for it) ──

  private async check(access: TheatreAccess, theatre: Theatre, d: Draft, given: { location: boolean; party: boolean }) {
    const errors: FieldError[] = draftErrors(d)
    if (given.party && d.allegedPartyId) errors.push(...(await this.actors.partyErrors(access, [{ id: d.allegedPartyId, path: '/body/allegedPartyId' }])))
    if (errors.length) throw invalid(errors)
    if (given.location) await assertValidGeometry(this.db, d.location, '/body/location', theatre.bbox as Bbox)
  }

  private async where(theatre: Theatre, d: Draft): Promise<Where> {
    const radiusM = incidentPolicy(theatre.policy).uncertaintyM[d.locationPrecision]
    const w = await store.derive(this.db, d.location, radiusM, d.occurredAt, d.occurredPrecision, theatre.timezone)
    const end = d.occurredUntil && d.occurredUntil > w.end ? d.occurredUntil : w.end
    return { area: w.area, window: { start: w.start, end }, radiusM }
  }

  private whereOf(r: store.IncidentRow): Where {
    return { area: r.uncertainty, window: { start: r.occurred_start.toISOString(), end: r.occurred_end.toISOString() }, radiusM: r.uncertainty_m }
  }

  private async attribution(access: TheatreAccess, d: Draft, w: Where): Promise<StoredAttribution> {
    const partyName = d.allegedPartyId ? (await this.actors.get(access, d.allegedPartyId)).name : null
    return attribute(this.sources, this.db, {
      theatreId: access.theatre.id,
      area: w.area,
      window: w.window,
      allegedPartyId: d.allegedPartyId,
      alleged: { partyName, text: d.allegedText },
    })
  }

  /** Right of reply: once under review, the alleged party is asked to respond, within the theatre's reply time. */
  private ask(theatre: Theatre, d: Draft, s: State): State['reply_requests'] {
    const party = d.allegedPartyId
    if (!party || !ASKS_ALLEGED.includes(s.status as Status) || s.reply_requests.some((r) => r.partyId === party)) return s.reply_requests
    const now = Date.now()
    const hours = incidentPolicy(theatre.policy).replyHours
    return [...s.reply_requests, { partyId: party, askedAt: new Date(now).toISOString(), dueAt: new Date(now + hours * 3_600_000).toISOString() }]
  }

  private values(d: Draft, w: Where, s: State, reporterId: string, attribution: StoredAttribution): store.IncidentValues {
    return {
      co_reporter_ids: s.co_reporter_ids,
      occurred_at: d.occurredAt,
      occurred_until: d.occurredUntil,
      occurred_precision: d.occurredPrecision,
      occurred_start: w.window.start,
      occurred_end: w.window.end,
      location: d.location,
      location_precision: d.locationPrecision,
      place_name: d.placeName,
      uncertainty_m: w.radiusM,
      category: d.category,
      alleged_party_id: d.allegedPartyId,
      alleged_text: d.allegedText,
      killed: d.killed,
      injured: d.injured,
      description: d.description,
      sources: d.sources,
      status: s.status,
      history: s.history,
      reply_requests: s.reply_requests,
      replies: s.replies,
      merged_into: s.merged_into,
      published_at: s.published_at,
      attribution: attribution as unknown as Record<string, unknown>,
      audience: audience.incident({
        reporterIds: [reporterId, ...s.co_reporter_ids],
        askedPartyIds: s.reply_requests.map((r) => r.partyId),
        verified: s.status === 'verified',
        published: s.published_at !== null,
      }),
    }
  }

  // ── writing ────────────────────────────────────────────────────────────────────────────────────

  private async record(tx: Tx, access: TheatreAccess, action: string, r: store.IncidentRow, actor: string | null, extra: Record<string, unknown> = {}) {
    const evidence = await store.evidenceOf(tx.q, r.theatre_id, [r.id])
    await tx.append({
      theatre: r.theatre_id,
      actor,
      user: access.principal.user.id,
      action,
      subject: { kind: 'incident', id: r.id, ref: r.ref },
      version: r.version,
      payload: { ...toIncident(r, evidence, NOBODY), ...extra },
      audience: r.audience,
    })
  }

  /** The entry that asks a party to reply, when this write asked one: its webhooks hear of it. */
  private async recordAsked(tx: Tx, access: TheatreAccess, r: store.IncidentRow, before: number, actor: string | null) {
    for (const req of r.reply_requests.slice(before)) {
      await tx.append({
        theatre: r.theatre_id,
        actor,
        user: access.principal.user.id,
        action: 'incident.reply_request',
        subject: { kind: 'incident', id: r.id, ref: r.ref },
        version: r.version,
        payload: { incident: { id: r.id, ref: r.ref }, ...req },
        audience: r.audience,
      })
    }
  }

  /** Writes a new version of an incident, if it is still at the version read; 409 otherwise. */
  private async rewrite(tx: Tx, current: store.IncidentRow, values: store.IncidentValues) {
    const row = await store.update(tx.q, current.theatre_id, current.id, current.version, values)
    if (!row) throw staleVersion(current.version)
    return row
  }

  async create(access: TheatreAccess, input: CreateIncident): Promise<Incident> {
    const reporterId = await this.reporter(access, input.reporterId)
    const theatre = await this.theatres.of(access)
    const d: Draft = {
      occurredAt: new Date(input.occurredAt).toISOString(),
      occurredUntil: input.occurredUntil ? new Date(input.occurredUntil).toISOString() : null,
      occurredPrecision: input.occurredPrecision ?? 'exact',
      location: toGeometry(input.location, '/body/location') as store.Area,
      locationPrecision: input.locationPrecision ?? 'exact',
      placeName: input.placeName ?? null,
      category: input.category,
      allegedPartyId: input.allegedPartyId && input.allegedPartyId !== 'unknown' ? input.allegedPartyId : null,
      allegedText: input.allegedPerpetratorText ?? null,
      killed: input.killed ?? null,
      injured: input.injured ?? null,
      description: input.description,
      sources: input.sources ?? [],
    }
    await this.check(access, theatre, d, { location: true, party: true })
    const w = await this.where(theatre, d)
    const attribution = await this.attribution(access, d, w)
    const s: State = { status: 'reported', history: [], reply_requests: [], replies: [], co_reporter_ids: [], merged_into: null, published_at: null }
    const row = await this.ledger.transact(async (tx) => {
      const row = await store.insert(tx.q, theatre.id, newId(), await nextRef(tx.q, theatre, 'I'), reporterId, this.values(d, w, s, reporterId, attribution))
      await this.record(tx, access, 'incident.create', row, reporterId)
      return row
    })
    return (await this.present(access, [row]))[0]
  }

  /** Its reporter changes it while it is being looked at; monitors and the coordinator at any time until merged. */
  async update(access: TheatreAccess, id: string, input: UpdateIncident): Promise<Incident> {
    const current = await this.visible(access, id)
    if (current.status === 'merged') throw conflict(`incident ${current.ref} was merged into another: change that one`, [{ path: '/params/id', message: 'is merged' }])
    access.require(
      mayVerify(access) || (isReporter(access, current) && ['reported', 'under_review'].includes(current.status)),
      'only the reporter (until the review ends), monitors and the coordinator change an incident',
    )
    if (input.version !== current.version) throw staleVersion(current.version)
    const theatre = await this.theatres.of(access)
    const was = draftOf(current)
    const pick = <K extends keyof UpdateIncident>(k: K) => input[k] !== undefined
    const d: Draft = {
      occurredAt: input.occurredAt ? new Date(input.occurredAt).toISOString() : was.occurredAt,
      occurredUntil: input.occurredUntil !== undefined ? input.occurredUntil && new Date(input.occurredUntil).toISOString() : was.occurredUntil,
      occurredPrecision: input.occurredPrecision ?? was.occurredPrecision,
      location: input.location !== undefined ? (toGeometry(input.location, '/body/location') as store.Area) : was.location,
      locationPrecision: input.locationPrecision ?? was.locationPrecision,
      placeName: pick('placeName') ? input.placeName! : was.placeName,
      category: input.category ?? was.category,
      allegedPartyId: pick('allegedPartyId') ? (input.allegedPartyId === 'unknown' ? null : input.allegedPartyId!) : was.allegedPartyId,
      allegedText: pick('allegedPerpetratorText') ? input.allegedPerpetratorText! : was.allegedText,
      killed: pick('killed') ? input.killed! : was.killed,
      injured: pick('injured') ? input.injured! : was.injured,
      description: input.description ?? was.description,
      sources: input.sources ?? was.sources,
    }
    await this.check(access, theatre, d, { location: pick('location'), party: pick('allegedPartyId') })
    const w = await this.where(theatre, d)
    const attribution = await this.attribution(access, d, w)
    const s = stateOf(current)
    s.reply_requests = this.ask(theatre, d, s)
    const actor = actingAs(access, ['monitor', 'coordinator']) ?? current.reporter_id
    const row = await this.ledger.transact(async (tx) => {
      const row = await this.rewrite(tx, current, this.values(d, w, s, current.reporter_id, attribution))
      await this.record(tx, access, 'incident.update', row, actor)
      await this.recordAsked(tx, access, row, current.reply_requests.length, actor)
      return row
    })
    return (await this.present(access, [row]))[0]
  }

  /** One step of verification, with who moved it and why; under review, the alleged party is asked to reply. */
  async setStatus(access: TheatreAccess, id: string, input: ChangeStatus): Promise<Incident> {
    const current = await this.visible(access, id)
    access.require(mayVerify(access), "only monitors' and the coordinator's editors move an incident through verification")
    if (input.version !== undefined && input.version !== current.version) throw staleVersion(current.version)
    assertMove(current.status as Status, input.status)
    const theatre = await this.theatres.of(access)
    const d = draftOf(current)
    const w = this.whereOf(current)
    const attribution = await this.attribution(access, d, w)
    const actor = actingAs(access, ['monitor', 'coordinator'])
    const s = stateOf(current)
    s.history = [...s.history, { from: current.status, to: input.status, note: input.note, by: access.principal.user.id, actorId: actor, at: new Date().toISOString() }]
    s.status = input.status
    s.reply_requests = this.ask(theatre, d, s)
    const row = await this.ledger.transact(async (tx) => {
      const row = await this.rewrite(tx, current, this.values(d, w, s, current.reporter_id, attribution))
      await this.record(tx, access, 'incident.status', row, actor, { transition: { from: current.status, to: input.status, note: input.note } })
      await this.recordAsked(tx, access, row, current.reply_requests.length, actor)
      return row
    })
    return (await this.present(access, [row]))[0]
  }

  /** The alleged party's answer: only its own editors give it, never another party nor the coordinator for it. */
  async reply(access: TheatreAccess, id: string, input: Reply): Promise<Incident> {
    const current = await this.visible(access, id)
    const alleged = current.alleged_party_id
    const mine = access.memberships.filter((m) => m.actorKind === 'party' && atLeast(m.role, 'editor')).map((m) => m.actorId)
    const partyId = input.partyId ?? (alleged && mine.includes(alleged) ? alleged : mine[0])
    const refuse = (message: string) =>
      new Problem(403, 'forbidden', 'Not allowed', `only the alleged party's editors reply to incident ${current.ref}: ${message}`, [{ path: '/body/partyId', message }])
    if (!alleged) throw refuse('the incident names no alleged party')
    if (!partyId) throw refuse('you act for no party with editor rights')
    if (partyId !== alleged) throw refuse(`${partyId} is not the alleged party (${alleged}); a party answers only for itself`)
    if (!mine.includes(partyId)) throw refuse(`you are not an editor of the alleged party (${alleged})`)
    if (current.status === 'merged') throw conflict(`incident ${current.ref} was merged into ${current.merged_into}: reply there`, [{ path: '/params/id', message: 'is merged' }])
    const d = draftOf(current)
    const w = this.whereOf(current)
    const attribution = await this.attribution(access, d, w)
    const now = new Date()
    const due = current.reply_requests.filter((r) => r.partyId === partyId).at(-1)?.dueAt
    const reply = { partyId, text: input.text, by: access.principal.user.id, at: now.toISOString(), late: due !== undefined && now.toISOString() > due }
    const s = stateOf(current)
    s.replies = [...s.replies, reply]
    const row = await this.ledger.transact(async (tx) => {
      const row = await this.rewrite(tx, current, this.values(d, w, s, current.reporter_id, attribution))
      await this.record(tx, access, 'incident.reply', row, partyId, { reply })
      return row
    })
    return (await this.present(access, [row]))[0]
  }

  /** The coordinator publishes a verified incident: the public feed may then show it. */
  async publish(access: TheatreAccess, id: string, version?: number): Promise<Incident> {
    const current = await this.visible(access, id)
    access.require(access.isCoordinatorEditor, "only the coordinator's editors publish incidents")
    if (version !== undefined && version !== current.version) throw staleVersion(current.version)
    if (current.status !== 'verified') throw conflict(`only verified incidents are published; ${current.ref} is ${current.status}`, [{ path: '/params/id', message: `is ${current.status}, not verified` }])
    if (current.published_at) throw conflict(`${current.ref} is already published`, [{ path: '/params/id', message: 'is already published' }])
    const d = draftOf(current)
    const w = this.whereOf(current)
    const attribution = await this.attribution(access, d, w)
    const s = { ...stateOf(current), published_at: new Date().toISOString() }
    const actor = actingAs(access, ['coordinator'])
    const row = await this.ledger.transact(async (tx) => {
      const row = await this.rewrite(tx, current, this.values(d, w, s, current.reporter_id, attribution))
      await this.record(tx, access, 'incident.publish', row, actor)
      return row
    })
    return (await this.present(access, [row]))[0]
  }

  // ── duplicates ─────────────────────────────────────────────────────────────────────────────────

  /** Reports of one category near in space and time (the theatre's policy says how near), that the caller may see. */
  async duplicates(access: TheatreAccess, id: string) {
    const current = await this.visible(access, id)
    const p = incidentPolicy((await this.theatres.of(access)).policy)
    const rows = await store.duplicates(this.db, access.theatre.id, current.id, access.audience(), p.duplicateDistanceM, p.duplicateHours)
    return rows.map((r) => ({ id: r.id, ref: r.ref, status: r.status, category: r.category, occurredAt: new Date(r.occurred_at).toISOString(), description: r.description, distanceM: Number(r.distance_m) }))
  }

  /**
   * Merges reports of the same event into this one: it keeps every source and evidence item of each, and their
   * reporters keep seeing it; each merged report becomes `merged`, pointing here.
   */
  async merge(access: TheatreAccess, id: string, input: Merge): Promise<Incident> {
    const survivor = await this.visible(access, id)
    access.require(mayVerify(access), "only monitors' and the coordinator's editors merge incidents")
    if (input.version !== undefined && input.version !== survivor.version) throw staleVersion(survivor.version)
    if (survivor.status === 'merged') throw conflict(`${survivor.ref} was itself merged into ${survivor.merged_into}`, [{ path: '/params/id', message: 'is merged' }])
    const errors: FieldError[] = []
    const merged: store.IncidentRow[] = []
    for (const [i, dupId] of input.duplicateIds.entries()) {
      const path = `/body/duplicateIds/${i}`
      const r = dupId === id ? undefined : await store.get(this.db, access.theatre.id, dupId)
      if (dupId === id) errors.push({ path, message: 'is the incident merged into' })
      else if (!r || !access.canSee(r.audience)) errors.push({ path, message: 'is not an incident of this theatre' })
      else if (r.status === 'merged') errors.push({ path, message: `was already merged into ${r.merged_into}` })
      else merged.push(r)
    }
    if (errors.length) throw invalid(errors)
    const theatre = await this.theatres.of(access)
    const actor = actingAs(access, ['monitor', 'coordinator'])
    const d = draftOf(survivor)
    const seen = new Set<string>()
    d.sources = [survivor, ...merged].flatMap((r) => r.sources as Source[]).filter((src) => !seen.has(JSON.stringify(src)) && !!seen.add(JSON.stringify(src)))
    const w = this.whereOf(survivor)
    const attribution = await this.attribution(access, d, w)
    const reporters = merged.flatMap((r) => [r.reporter_id, ...r.co_reporter_ids])
    const s = stateOf(survivor)
    s.co_reporter_ids = [...new Set([...s.co_reporter_ids, ...reporters])].filter((a) => a !== survivor.reporter_id)
    const at = new Date().toISOString()
    const row = await this.ledger.transact(async (tx) => {
      for (const m of merged) {
        const ms = stateOf(m)
        ms.history = [...ms.history, { from: m.status, to: 'merged', note: `merged into ${survivor.ref}`, by: access.principal.user.id, actorId: actor, at }]
        ms.status = 'merged'
        ms.merged_into = survivor.id
        const mrow = await this.rewrite(tx, m, this.values(draftOf(m), this.whereOf(m), ms, m.reporter_id, m.attribution as unknown as StoredAttribution))
        await this.record(tx, access, 'incident.merged', mrow, actor, { mergedInto: { id: survivor.id, ref: survivor.ref } })
      }
      await store.copyEvidence(tx.q, theatre.id, merged.map((m) => m.id), survivor.id)
      const row = await this.rewrite(tx, survivor, this.values(d, w, s, survivor.reporter_id, attribution))
      await this.record(tx, access, 'incident.merge', row, actor, { merged: merged.map((m) => ({ id: m.id, ref: m.ref })) })
      return row
    })
    return (await this.present(access, [row]))[0]
  }
}
