import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import type { Db, Queryable } from '../../db/engine.ts'
import { newId } from '../../db/ids.ts'
import { audience } from '../../authz/audience.ts'
import type { TheatreAccess } from '../../authz/access.ts'
import { toMgrs } from '../../geo/coordinates.ts'
import type { Bbox, Geometry, Point, Polygon } from '../../geo/geojson.ts'
import { toGeometry } from '../../geo/point-input.ts'
import { assertValidGeometry } from '../../geo/validate.ts'
import { inOrder } from '../../http/checks.ts'
import { checkTile } from '../../http/tiles.ts'
import { forbidden, invalidField, notFound, staleVersion } from '../../http/problem.ts'
import type { AcknowledgementsService } from '../acknowledgements/service.ts'
import type { ActorsService } from '../actors/service.ts'
import type { ConflictsService } from '../conflicts/service.ts'
import type { FootprintsService } from '../footprints/service.ts'
import type { LedgerService, Tx } from '../ledger/service.ts'
import { nextRef } from '../theatres/refs.ts'
import type { Theatre } from '../theatres/store.ts'
import type { TheatresService } from '../theatres/service.ts'
import type { CreateSite, UpdateSite } from './schema.ts'
import { SitesMapCache } from './map-cache.ts'
import { SiteTileSet, TILE_MAX_ZOOM } from './tiles.ts'
import * as store from './store.ts'

export const toSite = (r: store.SiteRow) => ({
  id: r.id,
  ref: r.ref,
  theatreId: r.theatre_id,
  organisationId: r.organisation_id,
  name: r.name,
  type: r.type as CreateSite['type'],
  geometry: r.geometry,
  mgrs: toMgrs(r.point as [number, number]) ?? null,
  protectionRadiusM: r.protection_radius_m,
  shareWith: r.share_with,
  status: r.status,
  details: r.details,
  version: r.version,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
})
export type Site = ReturnType<typeof toSite>

const gzip = promisify(zlib.gzip)

/** A site protects its area at all times once notified. */
const ALWAYS: [string, null] = ['-infinity', null]

/**
 * The properties a caller asked sites.geojson for (`id,ref,name`), in the store's order, or all of them: a map that
 * draws tens of thousands of sites asks for what it uses, a third less to parse.
 */
function mapProperties(asked: string | undefined): store.MapProperty[] {
  const all = Object.keys(store.MAP_PROPERTIES) as store.MapProperty[]
  if (asked === undefined) return all
  const names = asked.split(',').map((p) => p.trim())
  const unknown = names.filter((p) => !Object.hasOwn(store.MAP_PROPERTIES, p))
  if (unknown.length) throw invalidField('/query/properties', `not a property of a site on the map: ${unknown.map((p) => `"${p}"`).join(', ')}; list any of ${all.join(', ')}`)
  return all.filter((p) => names.includes(p))
}

export class SitesService {
  constructor(
    private readonly db: Db,
    private readonly ledger: LedgerService,
    private readonly theatres: TheatresService,
    private readonly actors: ActorsService,
    private readonly acknowledgements: AcknowledgementsService,
    private readonly footprints: FootprintsService,
    private readonly conflicts: ConflictsService,
  ) {}

  private readonly maps = new SitesMapCache<Buffer>()
  private readonly tileSets = new SitesMapCache<SiteTileSet>()

  private async geometry(input: CreateSite['geometry'], theatre: Theatre): Promise<Point | Polygon> {
    const g = toGeometry(input, '/body/geometry') as Point | Polygon
    await assertValidGeometry(this.db, g, '/body/geometry', theatre.bbox as Bbox)
    return g
  }

  /**
   * After every change of a site: its footprint, the conflicts it is in, and (when notified) a new round of
   * acknowledgements due within the theatre's deadline; a draft or withdrawn site has neither.
   */
  private async afterChange(tx: Tx, access: TheatreAccess, theatre: Theatre, site: Site, renotify: boolean) {
    if (site.status === 'notified') {
      const footprint = await this.footprints.put(tx.q, {
        theatreId: site.theatreId,
        kind: 'site',
        subjectId: site.id,
        version: site.version,
        ref: site.ref,
        ownerActorId: site.organisationId,
        geometry: site.geometry,
        bufferM: site.protectionRadiusM,
        during: [ALWAYS],
        attrs: { name: site.name, type: site.type, shareWith: site.shareWith },
      })
      await this.conflicts.check(tx, access.theatre, footprint)
      if (renotify) {
        const hours = (theatre.policy as { acknowledgementHours: { site: number } }).acknowledgementHours.site
        const subject = { kind: 'site' as const, id: site.id, ref: site.ref, version: site.version, name: site.name, ownerId: site.organisationId }
        await this.acknowledgements.notify(tx, access.theatre, subject, site.shareWith, new Date(Date.now() + hours * 3_600_000), access.principal.user.id)
      }
    } else {
      await this.footprints.remove(tx.q, site.theatreId, 'site', site.id)
      await this.conflicts.withdraw(tx, access.theatre, 'site', site.id)
      await this.acknowledgements.withdraw(tx, access.theatre, site.id, site.version + 1, access.principal.user.id)
    }
  }

  private async record(tx: Tx, access: TheatreAccess, action: string, site: Site) {
    await tx.append({
      theatre: site.theatreId,
      actor: site.organisationId,
      user: access.principal.user.id,
      action,
      subject: { kind: 'site', id: site.id, ref: site.ref },
      version: site.version,
      payload: site,
      audience: audience.shared(site.organisationId, site.shareWith),
    })
  }

  async create(access: TheatreAccess, input: CreateSite) {
    const organisationId = access.actorFor('organisation', input.organisationId, 'editor', '/body/organisationId')
    const theatre = await this.theatres.of(access)
    const [, geometry, shareWith] = await inOrder([
      this.actors.requireKind(access, organisationId, 'organisation', '/body/organisationId'),
      this.geometry(input.geometry, theatre),
      this.actors.parties(access, input.shareWith, '/body/shareWith'),
    ])
    const radii = (theatre.policy as { protectionRadiusM: Record<string, number> }).protectionRadiusM
    return this.ledger.transact(async (tx) => {
      const site = toSite(
        await store.insert(tx.q, {
          theatre_id: theatre.id,
          id: newId(),
          ref: await nextRef(tx.q, theatre, 'S'),
          organisation_id: organisationId,
          name: input.name,
          type: input.type,
          geometry,
          protection_radius_m: input.protectionRadiusM ?? radii[input.type] ?? 0,
          share_with: shareWith,
          status: input.status ?? 'notified',
          details: input.details ?? {},
          audience: audience.shared(organisationId, shareWith),
        }),
      )
      await this.record(tx, access, 'site.create', site)
      await this.afterChange(tx, access, theatre, site, true)
      return site
    })
  }

  async get(access: TheatreAccess, id: string): Promise<Site> {
    const row = await store.get(this.db, access.theatre.id, id)
    if (!row || !access.canSee(row.audience)) throw notFound(`site ${id}`)
    return toSite(row)
  }

  /** Its organisation changes a site (a coordinator admin may too); every change the parties see is notified again. */
  async update(access: TheatreAccess, id: string, input: UpdateSite) {
    const current = await this.get(access, id)
    if (!access.mayActFor(current.organisationId, 'editor')) throw forbidden('only the organisation that notified a site changes it')
    const theatre = await this.theatres.of(access)
    const geometry = input.geometry === undefined ? current.geometry : await this.geometry(input.geometry, theatre)
    const shareWith = input.shareWith === undefined ? current.shareWith : await this.actors.parties(access, input.shareWith, '/body/shareWith')
    const next = {
      name: input.name ?? current.name,
      type: input.type ?? current.type,
      geometry,
      protection_radius_m: input.protectionRadiusM ?? current.protectionRadiusM,
      share_with: shareWith,
      status: input.status ?? current.status,
      details: input.details ?? current.details,
      audience: audience.shared(current.organisationId, shareWith),
    }
    return this.ledger.transact(async (tx) => {
      const row = await store.update(tx.q, theatre.id, id, input.version, next)
      if (!row) throw staleVersion(current.version)
      const site = toSite(row)
      await this.record(tx, access, site.status === 'withdrawn' ? 'site.withdraw' : 'site.update', site)
      // Every new version of a notified site needs acknowledging again (DESIGN: a version is what a party knew).
      await this.afterChange(tx, access, theatre, site, site.status === 'notified')
      return site
    })
  }

  async list(access: TheatreAccess, f: { status?: string; organisationId?: string; bbox?: number[]; text?: string; after?: string; limit: number }) {
    return (await store.list(this.db, access.theatre.id, { ...f, audience: access.audience() })).map(toSite)
  }

  /**
   * The sites the caller may see, as gzipped GeoJSON for the map: the same bytes until a site changes. The entity tag
   * names those bytes (a digest, so it does not show the audience), and is known before they are built: a map that
   * holds them already is answered 304 at the cost of one index lookup in the ledger.
   */
  async featureCollection(access: TheatreAccess, f: { status?: string; properties?: string }): Promise<{ etag: string; gzipped(): Promise<Buffer> }> {
    const properties = mapProperties(f.properties)
    const audience = access.audience()
    const { key, tag } = await this.mapKey(access, [f.status ?? null, properties])
    return {
      etag: `"${tag}"`,
      // gzip's fastest level: 18 MB in ~150 ms, to about a seventh of its size.
      gzipped: () => this.maps.get(key, async () => gzip(await store.featureCollection(this.db, access.theatre.id, { status: f.status, audience, properties }), { level: 1 })),
    }
  }

  /**
   * What the map's answers for the caller are built from (theatre, audience, what was asked, the ledger's last entry
   * about a site) and a digest of it that names the answer without showing the audience: known before the answer is
   * built. Every change to a site is a site entry in the same transaction; other changes (an acknowledgement, an
   * activity) leave the answers as they were.
   */
  private async mapKey(access: TheatreAccess, asked: unknown[]) {
    const seq = await this.ledger.lastSeqOf(access.theatre.id, 'site')
    const key = JSON.stringify([access.theatre.id, access.audience(), ...asked, seq])
    return { key, tag: createHash('sha256').update(key).digest('base64url').slice(0, 27) }
  }

  /**
   * The caller's sites as vector tiles: how many there are, and the version of the tiles, which changes whenever a
   * site does (one the caller may not see too): a browser may keep a tile of a version for good.
   */
  async tileSet(access: TheatreAccess): Promise<{ version: string; count: number; set: SiteTileSet }> {
    const { key, tag } = await this.mapKey(access, ['tiles'])
    const set = await this.tileSets.get(key, async () => new SiteTileSet(await store.mapPoints(this.db, access.theatre.id, access.audience())))
    return { version: tag, count: set.count, set }
  }

  /** One tile of the caller's sites, z/x/y as the web's tiles number them (0/0/0 the whole world). */
  async tile(access: TheatreAccess, z: number, x: number, y: number) {
    checkTile(z, x, y, TILE_MAX_ZOOM)
    const { version, set } = await this.tileSet(access)
    return { version, tile: set.tile(z, x, y) }
  }

  /** Notified sites whose protected area meets `area` (incident attribution); the caller filters by each audience. */
  notifiedNear(q: Queryable, theatreId: string, area: Geometry, before: string) {
    return store.notifiedNear(q, theatreId, area, before)
  }
}
