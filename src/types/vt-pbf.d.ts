// vt-pbf ships no types: the one function Truce uses, as its README describes it.
declare module 'vt-pbf' {
  interface GeojsonVtTile {
    features: { type: 1 | 2 | 3; geometry: unknown; tags?: Record<string, unknown> | null; id?: number | string }[]
  }
  /** Encodes geojson-vt (or supercluster) tiles, one per layer name, as a Mapbox Vector Tile. */
  export function fromGeojsonVt(layers: Record<string, GeojsonVtTile>, options?: { version?: number; extent?: number }): Uint8Array
}
