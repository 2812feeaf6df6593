import type { Db, Queryable } from '../../db/engine.ts'
import { newId } from '../../db/ids.ts'
import { audience } from '../../authz/audience.ts'
import type { TheatreAccess, TheatreRef } from '../../authz/access.ts'
import { toMgrs } from '../../geo/coordinates.ts'
import type { Bbox, Geometry, LineString } from '../../geo/geojson.ts'
import { assertValidGeometry } from '../../geo/validate.ts'
import { inOrder } from '../../http/checks.ts'
import { conflict, forbidden, invalid, notFound, staleVersion } from '../../http/problem.ts'
import { windowErrors } from '../../http/window.ts'
import type { Ack, AcknowledgementsService } from '../acknowledgements/service.ts'
import type { ActorsService } from '../actors/service.ts'
import type { ConflictsService } from '../conflicts/service.ts'
import type { FootprintsService } from '../footprints/service.ts'
import type { LedgerService, Tx } from '../ledger/service.ts'
import { nextRef } from '../theatres/refs.ts'
import type { TheatresService } from '../theatres/service.ts'
import type { Theatre } from '../theatres/store.ts'
import type { CreateMovement, UpdateMovement } from './schema.ts'
import * as store from './store.ts'

/** Who controls the ground a route crosses while it is used (the control-areas module answers). */
export interface RouteControl {
  partiesControllingRoute(q: Queryable, theatreId: string, route: LineString, window: { start: string; end: string }): Promise<string[]>
}

const DEFAULT_BUFFER_M = 500
const ENDED = ['completed', 'aborted']

const end = (p: number[]) => ({ coordinates: p, mgrs: toMgrs(p as [number, number]) ?? null })

export const toMovement = (r: store.MovementRow) => ({
  id: r.id,
  ref: r.ref,
  theatreId: r.theatre_id,
  organisationId: r.organisation_id,
  name: r.name,
  route: r.route,
  start: end(r.route.coordinates[0]),
  end: end(r.route.coordinates[r.route.coordinates.length - 1]),
  lengthM: Math.round(Number(r.length_m)),
  bufferM: r.buffer_m,
  window: { start: r.window_start.toISOString(), end: r.window_end.toISOString() },
  vehicles: (r.details.vehicles ?? null) as NonNullable<CreateMovement['vehicles']> | null,
  personnel: r.details.personnel ?? null,
  cargo: r.details.cargo ?? null,
  shareWith: r.share_with,
  requiredParties: r.details.requiredParties ?? [],
  status: r.status,
  clearance: r.clearance as { by: 'acknowledgements' | 'override'; at: string; reason?: string; user?: string } | null,
  version: r.version,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
})
export type Movement = ReturnType<typeof toMovement>

export class MovementsService {
  constructor(
    private readonly db: Db,
    private readonly ledger: LedgerService,
    private readonly theatres: TheatresService,
    private readonly actors: ActorsService,
    private readonly acknowledgements: AcknowledgementsService,
    private readonly footprints: FootprintsService,
    private readonly conflicts: ConflictsService,
    private readonly control: RouteControl,
  ) {
    acknowledgements.onAnswer((tx, theatre, ack) => this.clearIfAcknowledged(tx, theatre, ack))
  }


  private async checkRoute(route: LineString, theatre: Theatre) {
    await assertValidGeometry(this.db, route, '/body/route', theatre.bbox as Bbox)
  }

  /**
   * The parties that must acknowledge: those it is shared with whose control areas the route crosses in its window,
   * plus those the theatre names as theatre-wide. When that leaves no one (no control areas recorded along the
   * route), every party it is shared with is asked: a movement nobody was told of is the failure Truce exists to stop.
   */
  private async requiredParties(q: Queryable, theatre: Theatre, route: LineString, window: { start: string; end: string }, shareWith: string[]) {
    const controlling = await this.control.partiesControllingRoute(q, theatre.id, route, window)
    const theatreWide = ((theatre.policy as { theatreWideParties?: string[] }).theatreWideParties ?? []) as string[]
    const required = shareWith.filter((p) => controlling.includes(p) || theatreWide.includes(p))
    return required.length ? required : shareWith
  }

  /** Due the theatre's lead time before the start, but never sooner than an hour from now unless the start is sooner. */
  private deadline(theatre: Theatre, start: string): Date {
    const hours = (theatre.policy as { acknowledgementHours: { movement: number } }).acknowledgementHours.movement
    const startMs = new Date(start).getTime()
    return new Date(Math.max(startMs - hours * 3_600_000, Math.min(startMs, Date.now() + 3_600_000)))
  }

  private async record(tx: Tx, access: TheatreAccess, action: string, m: Movement) {
    await tx.append({
      theatre: m.theatreId,
      actor: m.organisationId,
      user: access.principal.user.id,
      action,
      subject: { kind: 'movement', id: m.id, ref: m.ref },
      version: m.version,
      payload: m,
      audience: audience.shared(m.organisationId, m.shareWith),
    })
  }

  /** After a change: footprint and conflicts while it may still happen; a new round of acknowledgements when notified. */
  private async afterChange(tx: Tx, access: TheatreAccess, theatre: Theatre, m: Movement, renotify: boolean) {
    if (m.status === 'draft' || ENDED.includes(m.status)) {
      await this.footprints.remove(tx.q, m.theatreId, 'movement', m.id)
      await this.conflicts.withdraw(tx, access.theatre, 'movement', m.id)
      await this.acknowledgements.withdraw(tx, access.theatre, m.id, m.version + 1, access.principal.user.id)
      return
    }
    const footprint = await this.footprints.put(tx.q, {
      theatreId: m.theatreId,
      kind: 'movement',
      subjectId: m.id,
      version: m.version,
      ref: m.ref,
      ownerActorId: m.organisationId,
      geometry: m.route,
      bufferM: m.bufferM,
      during: [[m.window.start, m.window.end]],
      attrs: { name: m.name, shareWith: m.shareWith },
    })
    await this.conflicts.check(tx, access.theatre, footprint)
    if (renotify) {
      const subject = { kind: 'movement' as const, id: m.id, ref: m.ref, version: m.version, name: m.name, ownerId: m.organisationId }
      await this.acknowledgements.notify(tx, access.theatre, subject, m.requiredParties, this.deadline(theatre, m.window.start), access.principal.user.id)
    }
  }

  async create(access: TheatreAccess, input: CreateMovement) {
    const organisationId = access.actorFor('organisation', input.organisationId, 'editor', '/body/organisationId')
    const errors = windowErrors(input.window, '/body/window')
    if (errors.length) throw invalid(errors)
    const theatre = await this.theatres.of(access)
    const [, , shareWith] = await inOrder([
      this.actors.requireKind(access, organisationId, 'organisation', '/body/organisationId'),
      this.checkRoute(input.route, theatre),
      this.actors.parties(access, input.shareWith, '/body/shareWith'),
    ])
    return this.ledger.transact(async (tx) => {
      const [requiredParties, ref] = await Promise.all([
        this.requiredParties(tx.q, theatre, input.route, input.window, shareWith),
        nextRef(tx.q, theatre, 'M'),
      ])
      const m = toMovement(
        await store.insert(tx.q, {
          theatre_id: theatre.id,
          id: newId(),
          ref,
          organisation_id: organisationId,
          name: input.name,
          route: input.route,
          buffer_m: input.bufferM ?? DEFAULT_BUFFER_M,
          window_start: new Date(input.window.start),
          window_end: new Date(input.window.end),
          details: { vehicles: input.vehicles, personnel: input.personnel, cargo: input.cargo, requiredParties },
          share_with: shareWith,
          status: input.status ?? 'notified',
          clearance: null,
          audience: audience.shared(organisationId, shareWith),
        }),
      )
      await this.record(tx, access, 'movement.create', m)
      await this.afterChange(tx, access, theatre, m, m.status === 'notified')
      return m
    })
  }

  async get(access: TheatreAccess, id: string): Promise<Movement> {
    const row = await store.get(this.db, access.theatre.id, id)
    if (!row || !access.canSee(row.audience)) throw notFound(`movement ${id}`)
    return toMovement(row)
  }

  private async owned(access: TheatreAccess, id: string) {
    const current = await this.get(access, id)
    if (!access.mayActFor(current.organisationId, 'editor')) throw forbidden('only the organisation that notified a movement changes it')
    return current
  }

  /** A new version (notified again, and no longer cleared) while the movement has not set off. */
  async update(access: TheatreAccess, id: string, input: UpdateMovement) {
    const current = await this.owned(access, id)
    if (!['draft', 'notified', 'cleared'].includes(current.status)) {
      throw conflict(`a movement that is ${current.status} cannot be changed`, [{ path: '/body', message: `the movement is ${current.status}` }])
    }
    const window = input.window ?? current.window
    const errors = windowErrors(window, '/body/window')
    if (errors.length) throw invalid(errors)
    const theatre = await this.theatres.of(access)
    if (input.route) await this.checkRoute(input.route, theatre)
    const route = input.route ?? current.route
    const shareWith = input.shareWith === undefined ? current.shareWith : await this.actors.parties(access, input.shareWith, '/body/shareWith')
    const status = current.status === 'draft' && input.status !== 'notified' ? 'draft' : 'notified'
    return this.ledger.transact(async (tx) => {
      const requiredParties = await this.requiredParties(tx.q, theatre, route, window, shareWith)
      const row = await store.update(tx.q, theatre.id, id, input.version, {
        name: input.name ?? current.name,
        route,
        buffer_m: input.bufferM ?? current.bufferM,
        window_start: new Date(window.start),
        window_end: new Date(window.end),
        details: {
          vehicles: input.vehicles ?? current.vehicles ?? undefined,
          personnel: input.personnel ?? current.personnel ?? undefined,
          cargo: input.cargo ?? current.cargo ?? undefined,
          requiredParties,
        },
        share_with: shareWith,
        status,
        clearance: null,
        audience: audience.shared(current.organisationId, shareWith),
      })
      if (!row) throw staleVersion(current.version)
      const m = toMovement(row)
      await this.record(tx, access, 'movement.update', m)
      await this.afterChange(tx, access, theatre, m, status === 'notified')
      return m
    })
  }

  private async transition(access: TheatreAccess, current: Movement, version: number, status: Movement['status'], clearance: Movement['clearance'], action: string) {
    const theatre = await this.theatres.of(access)
    return this.ledger.transact(async (tx) => {
      const row = await store.setStatus(tx.q, theatre.id, current.id, version, status, clearance)
      if (!row) throw staleVersion(current.version)
      const m = toMovement(row)
      await this.record(tx, access, action, m)
      await this.afterChange(tx, access, theatre, m, false)
      return m
    })
  }

  /** The organisation reports progress: underway (once cleared), completed (once underway), or aborted. */
  async setStatus(access: TheatreAccess, id: string, input: { version: number; status: 'underway' | 'completed' | 'aborted'; reason?: string }) {
    const current = await this.owned(access, id)
    const allowed: Record<string, string[]> = { underway: ['cleared'], completed: ['underway'], aborted: ['draft', 'notified', 'cleared', 'underway'] }
    if (!allowed[input.status].includes(current.status)) {
      throw conflict(`a ${current.status} movement cannot become ${input.status}`, [
        { path: '/body/status', message: `needs the movement to be ${allowed[input.status].join(' or ')}; it is ${current.status}` },
      ])
    }
    return this.transition(access, current, input.version, input.status, current.clearance, `movement.${input.status}`)
  }

  /** A coordinator clears a notified movement without every acknowledgement, saying why. */
  async clear(access: TheatreAccess, id: string, input: { version: number; reason: string }) {
    const current = await this.get(access, id)
    access.require(access.isCoordinatorEditor, "only the coordinator's editors clear a movement by override")
    if (current.status !== 'notified') throw conflict(`only a notified movement can be cleared; it is ${current.status}`, [{ path: '/body', message: `the movement is ${current.status}` }])
    const clearance = { by: 'override' as const, at: new Date().toISOString(), reason: input.reason, user: access.principal.user.id }
    return this.transition(access, current, input.version, 'cleared', clearance, 'movement.clear')
  }

  /** Once every required party has acknowledged the current version, the movement is cleared. */
  private async clearIfAcknowledged(tx: Tx, theatre: TheatreRef, ack: Ack) {
    if (ack.subject.kind !== 'movement' || ack.state !== 'acknowledged') return
    const row = await store.get(tx.q, theatre.id, ack.subject.id, true)
    if (!row || row.status !== 'notified' || row.version !== ack.subject.version) return
    const acks = await this.acknowledgements.ofVersion(tx, theatre.id, row.id, row.version)
    if (!acks.every((a) => a.state === 'acknowledged')) return
    const updated = await store.setStatus(tx.q, theatre.id, row.id, row.version, 'cleared', { by: 'acknowledgements', at: new Date().toISOString() })
    const m = toMovement(updated!)
    await tx.append({
      theatre: theatre.id,
      actor: m.organisationId,
      user: null,
      action: 'movement.clear',
      subject: { kind: 'movement', id: m.id, ref: m.ref },
      version: m.version,
      payload: m,
      audience: row.audience,
    })
  }

  async list(access: TheatreAccess, f: { status?: string; organisationId?: string; from?: string; to?: string; after?: string; limit: number }) {
    return (await store.list(this.db, access.theatre.id, { ...f, audience: access.audience() })).map(toMovement)
  }

  /** Movements under way in the window whose route buffer meets `area` (incident attribution); the caller filters by audience. */
  near(q: Queryable, theatreId: string, area: Geometry, window: { start: string; end: string }) {
    return store.near(q, theatreId, area, window.start, window.end)
  }
}
