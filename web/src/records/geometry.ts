import type { Geometry, Position } from 'geojson'
import { forward, toPoint } from 'mgrs'

/** What a form asks for: a point (typed as text the API parses), a line (routes, corridors) or an area. */
export type Shape = 'point' | 'line' | 'area'

/** A drawn or typed point as the API reads it: "latitude, longitude". */
export const pointText = ([lon, lat]: Position) => `${lat.toFixed(6)}, ${lon.toFixed(6)}`

/**
 * A preview of a typed point on the map: "lat, lon" or MGRS. Only a preview — the text goes to the API as typed, and
 * the API's answer (DMS included) is what counts.
 */
export function previewPoint(text: string): Position | undefined {
  const t = text.trim()
  const dec = /^(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)$/.exec(t)
  if (dec) {
    const [lat, lon] = [Number(dec[1]), Number(dec[2])]
    return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [lon, lat] : undefined
  }
  if (/^\d{1,2}[C-X]\s*[A-Z]{2}\s*\d{2,10}(\s*\d+)?$/i.test(t)) {
    try {
      return toPoint(t.replace(/\s+/g, '').toUpperCase())
    } catch {
      return undefined
    }
  }
  return undefined
}

const ACCEPTS: Record<Exclude<Shape, 'point'>, Geometry['type'][]> = {
  line: ['LineString'],
  area: ['Polygon', 'MultiPolygon'],
}

/**
 * Pasted GeoJSON: a geometry, a Feature or a FeatureCollection (its first feature) of the type the field takes. The
 * coordinates are the API's to check; this only catches what cannot be sent at all.
 */
export function parseGeoJson(text: string, shape: Exclude<Shape, 'point'>): { geometry?: Geometry; error?: 'json' | 'type' } {
  if (!text.trim()) return {}
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { error: 'json' }
  }
  let g = value as { type?: string; geometry?: unknown; features?: { geometry?: unknown }[] }
  if (g?.type === 'FeatureCollection') g = (g.features?.[0]?.geometry ?? {}) as typeof g
  else if (g?.type === 'Feature') g = (g.geometry ?? {}) as typeof g
  if (!g || !ACCEPTS[shape].includes(g.type as Geometry['type']) || !Array.isArray((g as { coordinates?: unknown }).coordinates)) return { error: 'type' }
  return { geometry: g as Geometry }
}

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates]
    case 'LineString':
    case 'MultiPoint':
      return g.coordinates
    case 'Polygon':
    case 'MultiLineString':
      return g.coordinates.flat()
    case 'MultiPolygon':
      return g.coordinates.flat(2)
    case 'GeometryCollection':
      return g.geometries.flatMap(positions)
  }
}

/** [[west, south], [east, north]] of a geometry, for fitting the map to it. */
export function bounds(g: Geometry | null | undefined): [[number, number], [number, number]] | undefined {
  const ps = g ? positions(g) : []
  if (!ps.length) return undefined
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const [x, y] of ps) {
    w = Math.min(w, x)
    e = Math.max(e, x)
    s = Math.min(s, y)
    n = Math.max(n, y)
  }
  return [
    [w, s],
    [e, n],
  ]
}

/** The MGRS of a point, or of the middle of an area's bounds (to 1 m; undefined near the poles). */
export function mgrsOf(g: Geometry | null | undefined): string | undefined {
  const b = bounds(g)
  if (!b) return undefined
  try {
    return forward([(b[0][0] + b[1][0]) / 2, (b[0][1] + b[1][1]) / 2], 5)
  } catch {
    return undefined
  }
}

/** "Polygon, 5 positions" — what a drawn or pasted geometry is, in a few words (translated by the caller). */
export const positionCount = (g: Geometry) => positions(g).length
