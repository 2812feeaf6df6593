export type Bbox = [number, number, number, number]

/** The [west, south, east, north] of any GeoJSON geometry (or feature, or collection), or undefined when it has none. */
export function bboxOf(geojson: unknown): Bbox | undefined {
  let w = Infinity
  let s = Infinity
  let e = -Infinity
  let n = -Infinity
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      w = Math.min(w, c[0])
      e = Math.max(e, c[0])
      s = Math.min(s, c[1])
      n = Math.max(n, c[1])
      return
    }
    for (const x of c) visit(x)
  }
  const walk = (g: unknown): void => {
    if (!g || typeof g !== 'object') return
    const o = g as Record<string, unknown>
    if (o.type === 'Feature') return walk(o.geometry)
    if (o.type === 'FeatureCollection') return (o.features as unknown[]).forEach(walk)
    if (o.type === 'GeometryCollection') return (o.geometries as unknown[]).forEach(walk)
    visit(o.coordinates)
  }
  walk(geojson)
  return Number.isFinite(w) ? [w, s, e, n] : undefined
}
