import type { Db, Queryable } from '../../db/engine.ts'
import { newId } from '../../db/ids.ts'
import type { TheatreAccess, TheatreRef } from '../../authz/access.ts'
import { audience } from '../../authz/audience.ts'
import type { Geometry } from '../../geo/geojson.ts'
import { assertValidGeometry } from '../../geo/validate.ts'
import { conflict, invalid, notFound, staleVersion, type FieldError } from '../../http/problem.ts'
import type { ActorsService } from '../actors/service.ts'
import type { ConflictsService } from '../conflicts/service.ts'
import type { FootprintsService } from '../footprints/service.ts'
import type { LedgerService, Tx } from '../ledger/service.ts'
import type { TheatresService } from '../theatres/service.ts'
import type { Theatre } from '../theatres/store.ts'
import { expandSchedule, scheduleErrors, type Schedule } from './schedule.ts'
import { DEFAULT_PROHIBITS, type CreateZone, type UpdateZone, type ZoneKind } from './schema.ts'
import * as store from './store.ts'

/** What the agreements service tells its zones about an agreement whenever its name or status changes. */
export interface AgreementState {
  id: string
  name: string
  status: 'draft' | 'in_force' | 'suspended' | 'ended'
  /** When the status took effect (default now): opens or closes the agreement's period in force then. */
  since?: string
}

const iso = (t: Date | string) => new Date(t).toISOString()

const toZone = (r: store.ZoneRow) => ({
  id: r.id,
  theatreId: r.theatre_id,
  agreementId: r.agreement_id,
  name: r.name,
  kind: r.kind,
  geometry: r.geometry,
  widthM: r.width_m,
  prohibits: r.prohibits,
  closedToMovements: r.closed_to_movements,
  schedule: { validFrom: iso(r.valid_from), validTo: r.valid_to && iso(r.valid_to), ...(r.windows ? { windows: r.windows } : {}) },
  withdrawal: r.withdrawal,
  withdrawnAt: r.withdrawn_at && iso(r.withdrawn_at),
  inForce: r.in_force,
  nextWindows: r.next_windows.map(([start, end]) => ({ start: iso(start), end: end && iso(end) })),
  version: r.version,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
})
export type Zone = ReturnType<typeof toZone>

/** A zone's fields after defaults (creation) or merging with the current zone (change). */
type Draft = Omit<store.ZoneFields, 'valid_from' | 'valid_to' | 'windows'> & { schedule: Schedule }

export class ZonesService {
  constructor(
    private readonly db: Db,
    private readonly ledger: LedgerService,
    private readonly theatres: TheatresService,
    private readonly actors: ActorsService,
    private readonly footprints: FootprintsService,
    private readonly conflicts: ConflictsService,
  ) {}

  private mayWrite(access: TheatreAccess) {
    access.require(access.isCoordinatorEditor, "only the coordinator's editors define zones")
  }


  /** The agreement a zone belongs to, locked for the write; an ended agreement's zones no longer change. */
  private async openAgreement(q: Queryable, theatreId: string, agreementId: string) {
    const agreement = await store.agreementOf(q, theatreId, agreementId)
    if (!agreement) throw notFound(`agreement ${agreementId}`)
    if (agreement.status === 'ended') throw conflict(`agreement ${agreementId} has ended: its zones no longer change`)
    return agreement
  }

  /** Runs before the write's transaction: it reads actors and asks PostGIS, which on PGlite would wait for that transaction. */
  private async check(access: TheatreAccess, theatre: Theatre, kind: ZoneKind, d: Draft) {
    const errors: FieldError[] = []
    if (d.geometry.type === 'LineString' && d.width_m === null) {
      errors.push({ path: '/body/widthM', message: 'is required for a corridor given as a LineString' })
    }
    if (d.geometry.type !== 'LineString' && d.width_m !== null) {
      errors.push({ path: '/body/widthM', message: 'applies only to a corridor given as a LineString' })
    }
    if (kind !== 'pull_back' && d.withdrawal.length) errors.push({ path: '/body/withdrawal', message: 'applies only to pull_back zones' })
    d.withdrawal.forEach((w, i) => {
      if (d.withdrawal.findIndex((x) => x.partyId === w.partyId) < i) errors.push({ path: `/body/withdrawal/${i}/partyId`, message: 'is listed twice' })
    })
    errors.push(...scheduleErrors(d.schedule, '/body/schedule'))
    errors.push(...(await this.actors.partyErrors(access, d.withdrawal.map((w, i) => ({ id: w.partyId, path: `/body/withdrawal/${i}/partyId` })))))
    if (errors.length) throw invalid(errors)
    await assertValidGeometry(this.db, d.geometry, '/body/geometry', theatre.bbox)
  }

  private fields(d: Draft): store.ZoneFields {
    const { schedule, ...rest } = d
    return { ...rest, valid_from: schedule.validFrom, valid_to: schedule.validTo ?? null, windows: schedule.windows ?? null }
  }

  private async ledgerZone(tx: Tx, access: TheatreAccess, theatre: Theatre, action: string, zone: Zone) {
    await tx.append({
      theatre: theatre.id,
      user: access.principal.user.id,
      action,
      subject: { kind: 'zone', id: zone.id },
      version: zone.version,
      payload: zone,
      audience: audience.theatreWide(theatre.published),
    })
  }

  /** Puts the footprints of the agreement's zones (or of one zone) and has the conflict engine re-check each. */
  private async putFootprints(tx: Tx, theatre: TheatreRef, agreement: { id: string; name: string }, by: { agreementId: string } | { zoneId: string }) {
    for (const z of await store.shapesOf(tx.q, theatre.id, by)) {
      const footprint = await this.footprints.put(tx.q, {
        theatreId: theatre.id,
        kind: 'zone',
        subjectId: z.id,
        version: z.version,
        ref: null,
        ownerActorId: null,
        geometry: z.geometry,
        bufferM: z.width_m === null ? 0 : z.width_m / 2,
        during: z.during,
        attrs: {
          zoneKind: z.kind,
          name: z.name,
          agreementId: agreement.id,
          agreementName: agreement.name,
          prohibits: z.prohibits,
          closedToMovements: z.closed_to_movements,
        },
      })
      await this.conflicts.check(tx, theatre, footprint)
    }
  }

  private async removeFootprint(tx: Tx, theatre: TheatreRef, zoneId: string) {
    await this.footprints.remove(tx.q, theatre.id, 'zone', zoneId)
    await this.conflicts.withdraw(tx, theatre, 'zone', zoneId)
  }

  async create(access: TheatreAccess, agreementId: string, input: CreateZone): Promise<Zone> {
    this.mayWrite(access)
    const theatre = await this.theatres.of(access)
    const draft: Draft = {
      name: input.name,
      geometry: input.geometry,
      width_m: input.widthM ?? null,
      prohibits: input.prohibits ?? DEFAULT_PROHIBITS[input.kind],
      closed_to_movements: input.closedToMovements ?? input.kind === 'exclusion',
      schedule: input.schedule,
      withdrawal: input.withdrawal ?? [],
    }
    await this.check(access, theatre, input.kind, draft)
    return this.ledger.transact(async (tx) => {
      const agreement = await this.openAgreement(tx.q, theatre.id, agreementId)
      const id = newId()
      const during = expandSchedule(input.schedule, theatre.timezone, new Date())
      await store.insertZone(tx.q, { ...this.fields(draft), theatre_id: theatre.id, id, agreement_id: agreementId, kind: input.kind }, during)
      if (agreement.status === 'in_force') await this.putFootprints(tx, theatre, { id: agreementId, name: agreement.name }, { zoneId: id })
      const zone = toZone((await store.getZone(tx.q, theatre.id, id))!)
      await this.ledgerZone(tx, access, theatre, 'zone.create', zone)
      return zone
    })
  }

  async update(access: TheatreAccess, id: string, input: UpdateZone): Promise<Zone> {
    this.mayWrite(access)
    const theatre = await this.theatres.of(access)
    const current = await this.get(access, id)
    if (current.withdrawnAt) throw conflict(`zone ${id} was withdrawn: it no longer changes`)
    if (input.version !== current.version) throw staleVersion(current.version)
    const draft: Draft = {
      name: input.name ?? current.name,
      geometry: input.geometry ?? current.geometry,
      // A new geometry brings its own width (a polygon none); the current width goes with the current geometry.
      width_m: input.widthM !== undefined ? input.widthM : input.geometry ? null : current.widthM,
      prohibits: input.prohibits ?? current.prohibits,
      closed_to_movements: input.closedToMovements ?? current.closedToMovements,
      schedule: input.schedule ?? current.schedule,
      withdrawal: input.withdrawal ?? current.withdrawal,
    }
    await this.check(access, theatre, current.kind, draft)
    return this.ledger.transact(async (tx) => {
      const agreement = await this.openAgreement(tx.q, theatre.id, current.agreementId)
      const during = expandSchedule(draft.schedule, theatre.timezone, new Date())
      if (!(await store.updateZone(tx.q, theatre.id, id, input.version, this.fields(draft), during))) throw staleVersion(current.version)
      if (agreement.status === 'in_force') await this.putFootprints(tx, theatre, { id: agreement.agreement_id, name: agreement.name }, { zoneId: id })
      const zone = toZone((await store.getZone(tx.q, theatre.id, id))!)
      await this.ledgerZone(tx, access, theatre, 'zone.update', zone)
      return zone
    })
  }

  /** Withdraws a zone: it stays on record (incidents are attributed to what was in force then) but no longer applies. */
  async withdraw(access: TheatreAccess, id: string): Promise<void> {
    this.mayWrite(access)
    const theatre = await this.theatres.of(access)
    await this.ledger.transact(async (tx) => {
      const current = await store.getZone(tx.q, theatre.id, id)
      if (!current) throw notFound(`zone ${id}`)
      const agreement = await store.agreementOf(tx.q, theatre.id, current.agreement_id)
      if (!(await store.withdrawZone(tx.q, theatre.id, id))) return
      if (agreement?.status === 'in_force') await this.removeFootprint(tx, theatre, id)
      await this.ledgerZone(tx, access, theatre, 'zone.withdraw', toZone((await store.getZone(tx.q, theatre.id, id))!))
    })
  }

  /**
   * Called by the agreements service, inside its transaction, when an agreement is created or changes name or
   * status: while it is in force its zones have footprints; when it leaves force they are removed.
   */
  async agreementChanged(tx: Tx, theatre: TheatreRef, agreement: AgreementState): Promise<void> {
    const before = await store.agreementOf(tx.q, theatre.id, agreement.id)
    await store.putAgreement(tx.q, theatre.id, agreement)
    if (agreement.status === 'in_force') {
      if (before?.status !== 'in_force' || before.name !== agreement.name) await this.putFootprints(tx, theatre, agreement, { agreementId: agreement.id })
    } else if (before?.status === 'in_force') {
      for (const z of await store.shapesOf(tx.q, theatre.id, { agreementId: agreement.id })) await this.removeFootprint(tx, theatre, z.id)
    }
  }

  /** Zones are known to every member of the theatre (DESIGN.md § Visibility). */
  async get(access: TheatreAccess, id: string): Promise<Zone> {
    const row = await store.getZone(this.db, access.theatre.id, id)
    if (!row) throw notFound(`zone ${id}`)
    return toZone(row)
  }

  async list(access: TheatreAccess, opts: { agreementId?: string; kind?: string; at?: string; after?: string; limit: number }) {
    return (await store.listZones(this.db, access.theatre.id, opts)).map(toZone)
  }

  /** Names for ids that figures and reports print: zones (with their agreement) and agreements, withdrawn or not. */
  async names(access: TheatreAccess, ids: { zones: string[]; agreements: string[] }) {
    const rows = ids.zones.length || ids.agreements.length ? await store.namesOf(this.db, access.theatre.id, ids.zones, ids.agreements) : []
    return {
      agreements: rows.filter((r) => r.kind === 'agreement').map((r) => ({ id: r.id, name: r.name })),
      zones: rows.filter((r) => r.kind === 'zone').map((r) => ({ id: r.id, name: r.name, agreementId: r.agreement_id })),
    }
  }

  /** Zones in force at some time of the window that meet `area` (incident attribution); every member knows zones. */
  inForceMeeting(q: Queryable, theatreId: string, area: Geometry, window: { start: string; end: string }) {
    return store.inForceMeeting(q, theatreId, area, window.start, window.end)
  }
}
