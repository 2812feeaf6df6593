import type { Db } from '../../db/engine.ts'
import { newId } from '../../db/ids.ts'
import { audience } from '../../authz/audience.ts'
import type { TheatreAccess } from '../../authz/access.ts'
import type { Bbox, MultiPolygon, Polygon } from '../../geo/geojson.ts'
import { assertValidGeometry } from '../../geo/validate.ts'
import { inOrder } from '../../http/checks.ts'
import { Problem, conflict, forbidden, invalid, notFound, staleVersion } from '../../http/problem.ts'
import { windowErrors } from '../../http/window.ts'
import type { ActorsService } from '../actors/service.ts'
import type { ConflictsService } from '../conflicts/service.ts'
import type { FootprintsService, Overlap } from '../footprints/service.ts'
import type { LedgerService, Tx } from '../ledger/service.ts'
import { nextRef } from '../theatres/refs.ts'
import type { TheatresService } from '../theatres/service.ts'
import type { CreateActivity, UpdateActivity } from './schema.ts'
import * as store from './store.ts'

export const toActivity = (r: store.ActivityRow) => ({
  id: r.id,
  ref: r.ref,
  theatreId: r.theatre_id,
  partyId: r.party_id,
  kind: r.kind as CreateActivity['kind'],
  geometry: r.geometry,
  window: { start: r.window_start.toISOString(), end: r.window_end.toISOString() },
  awareOf: r.aware_of,
  note: r.note,
  status: r.status,
  version: r.version,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
})
export type Activity = ReturnType<typeof toActivity>

/** What a party must acknowledge before it may declare: each item it failed to list, or listed at an old version. */
export interface Missing {
  ref: string
  version: number
  kind: 'site' | 'movement'
  name: string
  listed: number | null
}

const mustAcknowledgeFirst = (missing: Missing[]) =>
  new Problem(
    409,
    'acknowledge-first',
    'Acknowledge these first',
    `the activity meets ${missing.length} notified site(s) or movement(s) shared with your party that the request does not list at their current version: ${missing.map((m) => `${m.ref} v${m.version}`).join(', ')}`,
    missing.map((m) => ({ path: '/body/awareOf', message: `must list ${m.ref} at version ${m.version}${m.listed ? ` (lists version ${m.listed})` : ''}` })),
    { missing },
  )

export class ActivitiesService {
  constructor(
    private readonly db: Db,
    private readonly ledger: LedgerService,
    private readonly theatres: TheatresService,
    private readonly actors: ActorsService,
    private readonly footprints: FootprintsService,
    private readonly conflicts: ConflictsService,
  ) {}

  private async checkInput(access: TheatreAccess, geometry: Polygon | MultiPolygon, window: { start: string; end: string }) {
    const errors = windowErrors(window, '/body/window')
    if (errors.length) throw invalid(errors)
    const theatre = await this.theatres.of(access)
    await assertValidGeometry(this.db, geometry, '/body/geometry', theatre.bbox as Bbox)
  }

  /**
   * Known-before-acting (DESIGN.md): with the activity's footprint in place, every notified site and movement shared
   * with the party that it meets must be in `awareOf` at its current version, or nothing is written.
   */
  private knownBeforeActing(a: Activity, met: Overlap[]) {
    const listed = new Map(a.awareOf.map((x) => [x.ref, x.version]))
    const missing: Missing[] = met
      .filter((o) => (o.kind === 'site' || o.kind === 'movement') && ((o.attrs.shareWith as string[] | undefined) ?? []).includes(a.partyId))
      .filter((o) => listed.get(o.ref!) !== o.version)
      .map((o) => ({ ref: o.ref!, version: o.version, kind: o.kind as 'site' | 'movement', name: String(o.attrs.name ?? ''), listed: listed.get(o.ref!) ?? null }))
    if (missing.length) throw mustAcknowledgeFirst(missing)
  }

  private async afterChange(tx: Tx, access: TheatreAccess, a: Activity) {
    if (a.status === 'cancelled') {
      await this.footprints.remove(tx.q, a.theatreId, 'activity', a.id)
      await this.conflicts.withdraw(tx, access.theatre, 'activity', a.id)
      return
    }
    const footprint = await this.footprints.put(tx.q, {
      theatreId: a.theatreId,
      kind: 'activity',
      subjectId: a.id,
      version: a.version,
      ref: a.ref,
      ownerActorId: a.partyId,
      geometry: a.geometry,
      during: [[a.window.start, a.window.end]],
      attrs: { kind: a.kind },
    })
    // one spatial query serves both: what the party must know of, and what the activity conflicts with
    await this.conflicts.check(tx, access.theatre, footprint, (met) => this.knownBeforeActing(a, met))
  }

  private async record(tx: Tx, access: TheatreAccess, action: string, a: Activity) {
    await tx.append({
      theatre: a.theatreId,
      actor: a.partyId,
      user: access.principal.user.id,
      action,
      subject: { kind: 'activity', id: a.id, ref: a.ref },
      version: a.version,
      payload: a,
      audience: audience.actorOnly(a.partyId),
    })
  }

  async create(access: TheatreAccess, input: CreateActivity) {
    const partyId = access.actorFor('party', input.partyId, 'editor', '/body/partyId')
    await inOrder([this.actors.requireKind(access, partyId, 'party', '/body/partyId'), this.checkInput(access, input.geometry, input.window)])
    return this.ledger.transact(async (tx) => {
      const a = toActivity(
        await store.insert(tx.q, {
          theatre_id: access.theatre.id,
          id: newId(),
          ref: await nextRef(tx.q, access.theatre, 'A'),
          party_id: partyId,
          kind: input.kind,
          geometry: input.geometry,
          window_start: new Date(input.window.start),
          window_end: new Date(input.window.end),
          aware_of: input.awareOf,
          note: input.note ?? null,
          status: 'declared',
        }),
      )
      await this.afterChange(tx, access, a)
      await this.record(tx, access, 'activity.declare', a)
      return a
    })
  }

  /** Activities are confidential: only the declaring party and coordinators know they exist. */
  async get(access: TheatreAccess, id: string): Promise<Activity> {
    const row = await store.get(this.db, access.theatre.id, id)
    if (!row || !access.canSee(audience.actorOnly(row.party_id))) throw notFound(`activity ${id}`)
    return toActivity(row)
  }

  private async own(access: TheatreAccess, id: string) {
    const current = await this.get(access, id)
    if (!access.mayActFor(current.partyId, 'editor')) throw forbidden("only the declaring party's editors change its activity")
    if (current.status === 'cancelled') throw conflict('the activity was cancelled', [{ path: '/params/id', message: 'is cancelled' }])
    return current
  }

  async update(access: TheatreAccess, id: string, input: UpdateActivity) {
    const current = await this.own(access, id)
    const geometry = input.geometry ?? current.geometry
    const window = input.window ?? current.window
    await this.checkInput(access, geometry, window)
    return this.ledger.transact(async (tx) => {
      const row = await store.update(tx.q, access.theatre.id, id, input.version, {
        kind: input.kind ?? current.kind,
        geometry,
        window_start: new Date(window.start),
        window_end: new Date(window.end),
        aware_of: input.awareOf,
        note: input.note ?? current.note,
        status: 'declared',
      })
      if (!row) throw staleVersion(current.version)
      const a = toActivity(row)
      await this.afterChange(tx, access, a)
      await this.record(tx, access, 'activity.update', a)
      return a
    })
  }

  async cancel(access: TheatreAccess, id: string, version: number) {
    const current = await this.own(access, id)
    return this.ledger.transact(async (tx) => {
      const row = await store.update(tx.q, access.theatre.id, id, version, {
        kind: current.kind,
        geometry: current.geometry,
        window_start: new Date(current.window.start),
        window_end: new Date(current.window.end),
        aware_of: current.awareOf,
        note: current.note,
        status: 'cancelled',
      })
      if (!row) throw staleVersion(current.version)
      const a = toActivity(row)
      await this.afterChange(tx, access, a)
      await this.record(tx, access, 'activity.cancel', a)
      return a
    })
  }

  async list(access: TheatreAccess, f: { status?: string; after?: string; limit: number }) {
    const parties = access.seesEverything ? null : access.memberships.filter((m) => m.actorKind === 'party').map((m) => m.actorId)
    return (await store.list(this.db, access.theatre.id, { ...f, parties })).map(toActivity)
  }
}
