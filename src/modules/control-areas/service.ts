import type { Db, Queryable } from '../../db/engine.ts'
import { newId } from '../../db/ids.ts'
import type { TheatreAccess } from '../../authz/access.ts'
import { audience } from '../../authz/audience.ts'
import { toMgrs } from '../../geo/coordinates.ts'
import type { LineString, Point } from '../../geo/geojson.ts'
import { assertValidGeometry } from '../../geo/validate.ts'
import { invalid, notFound, staleVersion } from '../../http/problem.ts'
import { validityErrors } from '../../http/window.ts'
import type { ActorsService } from '../actors/service.ts'
import type { LedgerService, Tx } from '../ledger/service.ts'
import type { TheatresService } from '../theatres/service.ts'
import type { Theatre } from '../theatres/store.ts'
import type { CreateControlArea, UpdateControlArea } from './schema.ts'
import * as store from './store.ts'

const iso = (t: Date) => t.toISOString()

const toControlArea = (r: store.ControlAreaRow) => ({
  id: r.id,
  theatreId: r.theatre_id,
  partyId: r.party_id,
  geometry: r.geometry,
  validFrom: iso(r.valid_from),
  validTo: r.valid_to && iso(r.valid_to),
  note: r.note,
  version: r.version,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
})
export type ControlArea = ReturnType<typeof toControlArea>

/** Who controls which territory from when to when: decides which parties must acknowledge a movement. */
export class ControlAreasService {
  constructor(
    private readonly db: Db,
    private readonly ledger: LedgerService,
    private readonly theatres: TheatresService,
    private readonly actors: ActorsService,
  ) {}

  private mayWrite(access: TheatreAccess) {
    access.require(access.isCoordinatorEditor, "only the coordinator's editors record control areas")
  }


  private async check(access: TheatreAccess, theatre: Theatre, c: store.ControlAreaFields) {
    const errors = [
      ...(await this.actors.partyErrors(access, [{ id: c.party_id, path: '/body/partyId' }])),
      ...validityErrors({ validFrom: c.valid_from, validTo: c.valid_to }, '/body'),
    ]
    if (errors.length) throw invalid(errors)
    await assertValidGeometry(this.db, c.geometry, '/body/geometry', theatre.bbox)
  }

  private async ledgerArea(tx: Tx, access: TheatreAccess, theatre: Theatre, action: string, area: ControlArea) {
    await tx.append({
      theatre: theatre.id,
      actor: area.partyId,
      user: access.principal.user.id,
      action,
      subject: { kind: 'control_area', id: area.id },
      version: area.version,
      payload: area,
      audience: audience.theatreWide(theatre.published),
    })
  }

  async create(access: TheatreAccess, input: CreateControlArea): Promise<ControlArea> {
    this.mayWrite(access)
    const theatre = await this.theatres.of(access)
    const fields = { party_id: input.partyId, geometry: input.geometry, valid_from: input.validFrom, valid_to: input.validTo ?? null, note: input.note ?? null }
    await this.check(access, theatre, fields)
    return this.ledger.transact(async (tx) => {
      const id = newId()
      await store.insertControlArea(tx.q, { ...fields, theatre_id: theatre.id, id })
      const area = toControlArea((await store.getControlArea(tx.q, theatre.id, id))!)
      await this.ledgerArea(tx, access, theatre, 'control_area.create', area)
      return area
    })
  }

  async update(access: TheatreAccess, id: string, input: UpdateControlArea): Promise<ControlArea> {
    this.mayWrite(access)
    const theatre = await this.theatres.of(access)
    const current = await this.get(access, id)
    const fields = {
      party_id: input.partyId ?? current.partyId,
      geometry: input.geometry ?? current.geometry,
      valid_from: input.validFrom ?? current.validFrom,
      valid_to: input.validTo !== undefined ? input.validTo : current.validTo,
      note: input.note !== undefined ? input.note : current.note,
    }
    await this.check(access, theatre, fields)
    return this.ledger.transact(async (tx) => {
      if (!(await store.updateControlArea(tx.q, theatre.id, id, input.version, fields))) throw staleVersion(current.version)
      const area = toControlArea((await store.getControlArea(tx.q, theatre.id, id))!)
      await this.ledgerArea(tx, access, theatre, 'control_area.update', area)
      return area
    })
  }

  /** Removes a control area recorded in error; one that ended is given a validTo instead. */
  async remove(access: TheatreAccess, id: string): Promise<void> {
    this.mayWrite(access)
    const theatre = await this.theatres.of(access)
    const current = await this.get(access, id)
    await this.ledger.transact(async (tx) => {
      await store.deleteControlArea(tx.q, theatre.id, id)
      await this.ledgerArea(tx, access, theatre, 'control_area.delete', current)
    })
  }

  /** Control areas are known to every member of the theatre (DESIGN.md § Visibility). */
  async get(access: TheatreAccess, id: string): Promise<ControlArea> {
    const row = await store.getControlArea(this.db, access.theatre.id, id)
    if (!row) throw notFound(`control area ${id}`)
    return toControlArea(row)
  }

  async list(access: TheatreAccess, opts: { partyId?: string; after?: string; limit: number }) {
    return (await store.listControlAreas(this.db, access.theatre.id, opts)).map(toControlArea)
  }

  /** Who controls a point at an instant: several parties where control is contested, none where no one is recorded. */
  async controlAt(access: TheatreAccess, point: Point, time: string) {
    const rows = await store.controlAreasAt(this.db, access.theatre.id, point, time)
    const items = await Promise.all(rows.map(async (r) => ({ controlArea: toControlArea(r), party: await this.actors.get(access, r.party_id) })))
    const [lon, lat] = point.coordinates
    return { point: { ...point, mgrs: toMgrs([lon, lat]) ?? null }, time: new Date(time).toISOString(), items }
  }

  /** For the movements module, inside its transaction: the parties whose territory a route crosses during a window. */
  partiesControllingRoute(q: Queryable, theatreId: string, route: LineString, window: { start: string; end: string }): Promise<string[]> {
    return store.partiesOnRoute(q, theatreId, route, window.start, window.end)
  }
}
