import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { FeatureCollection } from 'geojson'
import GeoJSONVT from 'geojson-vt'
import { feature } from 'topojson-client'
import { fromGeojsonVt } from 'vt-pbf'
import { WEB_ROOT } from './build.ts'

/** The built-in basemap's layers, in each tile as MapLibre's `source-layer`s (the web's basemap.ts draws them). */
export const BASEMAP_LAYERS = ['countries', 'governorates', 'districts'] as const
/** The highest zoom tiles are cut for: the map enlarges these beyond it (the boundaries hold no finer detail). */
export const BASEMAP_MAX_ZOOM = 10
const EXTENT = 4096

/** The files the tiles are cut from: Natural Earth's countries (world-atlas) and OCHA's Syrian boundaries (TopoJSON). */
function sources() {
  const require = createRequire(import.meta.url)
  return [require.resolve('world-atlas/countries-50m.json'), path.join(WEB_ROOT, 'public', 'basemap', 'syria-admin.topo.json')].map((f) => readFileSync(f))
}

/**
 * The built-in basemap's boundaries as vector tiles. Given to MapLibre as GeoJSON, they made the browser turn some 180,000
 * coordinates from TopoJSON into GeoJSON, copy them to MapLibre's worker (a quarter of a second of the page's main
 * thread) and cut them into tiles there, before the first picture; a tile holds only what is drawn in it. Cut once
 * per process, on the first tile asked for; the version names the files they are cut from.
 */
export class BasemapTiles {
  readonly version: string
  private index?: Record<(typeof BASEMAP_LAYERS)[number], GeoJSONVT>

  constructor(private readonly files: Buffer[] = sources()) {
    const hash = createHash('sha256')
    for (const f of files) hash.update(f)
    this.version = hash.digest('base64url').slice(0, 16)
  }

  private layers() {
    if (this.index) return this.index
    const [world, admin] = this.files.map((f) => JSON.parse(f.toString()))
    // Only the outlines are drawn: no feature keeps its properties.
    const layer = (topology: any, name: string) => {
      const fc = feature(topology, topology.objects[name]) as unknown as FeatureCollection
      for (const f of fc.features) f.properties = null
      return new GeoJSONVT(fc, { maxZoom: BASEMAP_MAX_ZOOM, extent: EXTENT })
    }
    this.index = { countries: layer(world, 'countries'), governorates: layer(admin, 'governorates'), districts: layer(admin, 'districts') }
    return this.index
  }

  /** The tile z/x/y as a Mapbox Vector Tile (with no layers where there is nothing to draw). */
  tile(z: number, x: number, y: number): Uint8Array {
    const index = this.layers()
    const layers: Record<string, { features: never }> = {}
    for (const name of BASEMAP_LAYERS) {
      const tile = index[name].getTile(z, x, y)
      if (tile?.features.length) layers[name] = { features: tile.features as never }
    }
    return fromGeojsonVt(layers, { version: 2, extent: EXTENT })
  }
}
