import Supercluster from 'supercluster'
import { fromGeojsonVt } from 'vt-pbf'
import type { MapPoint } from './store.ts'

/** The layer of each tile the sites are in: the web app's site layers name it as their `source-layer`. */
export const SITE_LAYER = 'sites'
/** Tile coordinates' resolution (the vector tile specification's usual extent). */
const EXTENT = 4096
// MapLibre draws a vector tile 512 pixels wide: a cluster gathers the sites within 45 of its pixels, as the map's own
// clustering did (supercluster also carries that much beyond each tile's edges, so circles there are not cut).
const PIXELS = EXTENT / 512
const RADIUS_PX = 45
/** Above this zoom every site is drawn on its own; below it, sites close together are drawn as one cluster. */
export const CLUSTER_MAX_ZOOM = 11
/** The highest zoom tiles are cut for: the map enlarges these beyond it (points need no more detail). */
export const TILE_MAX_ZOOM = 14

type Properties = Omit<MapPoint, 'lon' | 'lat'>
/** What a tile's features carry: a site its own properties, a cluster how many sites it stands for. */
export const SITE_TILE_FIELDS = {
  id: 'String: the site (a site only)',
  ref: 'String: its reference',
  name: 'String',
  status: 'String: draft, notified or withdrawn',
  point_count: 'Number: how many sites a cluster stands for (a cluster only)',
  point_count_abbreviated: 'String: the same, shortened (1.2k)',
  cluster_id: 'Number',
}

/**
 * The sites an audience may see, clustered at every zoom and cut into vector tiles. A map that drew every site itself
 * first had the browser parse all of them, copy them to MapLibre's worker and cluster them there (with 50,000 sites,
 * over a second before the first picture, docs/PERFORMANCE.md); a tile holds only what is drawn in it.
 */
export class SiteTileSet {
  private readonly index: Supercluster<Properties>
  readonly count: number

  constructor(points: MapPoint[]) {
    this.count = points.length
    this.index = new Supercluster<Properties>({ radius: RADIUS_PX * PIXELS, extent: EXTENT, maxZoom: CLUSTER_MAX_ZOOM }).load(
      points.map(({ lon, lat, ...properties }) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties })),
    )
  }

  /** The tile z/x/y as a Mapbox Vector Tile (an empty one where there are no sites). */
  tile(z: number, x: number, y: number): Uint8Array {
    const tile = this.index.getTile(z, x, y)
    return fromGeojsonVt({ [SITE_LAYER]: { features: (tile?.features ?? []) as never } }, { version: 2, extent: EXTENT })
  }
}
