import { Type, type Static } from '@sinclair/typebox'
import type { FieldError } from '../http/problem.ts'

/** GeoJSON (RFC 7946): longitude first, WGS 84. The schemas check shape; checkGeometry checks what a schema cannot. */
export const Position = Type.Array(Type.Number(), { minItems: 2, maxItems: 3, description: '[longitude, latitude]' })
export const PointGeometry = Type.Object({ type: Type.Literal('Point'), coordinates: Position }, { additionalProperties: false })
export const LineStringGeometry = Type.Object(
  { type: Type.Literal('LineString'), coordinates: Type.Array(Position, { maxItems: 100_000 }) },
  { additionalProperties: false },
)
export const PolygonGeometry = Type.Object(
  { type: Type.Literal('Polygon'), coordinates: Type.Array(Type.Array(Position, { maxItems: 100_000 }), { maxItems: 1000 }) },
  { additionalProperties: false },
)
export const MultiPolygonGeometry = Type.Object(
  {
    type: Type.Literal('MultiPolygon'),
    coordinates: Type.Array(Type.Array(Type.Array(Position, { maxItems: 100_000 }), { maxItems: 1000 }), { maxItems: 1000 }),
  },
  { additionalProperties: false },
)
export const AreaGeometry = Type.Union([PolygonGeometry, MultiPolygonGeometry])
export const AnyGeometry = Type.Union([PointGeometry, LineStringGeometry, PolygonGeometry, MultiPolygonGeometry])

export type Point = Static<typeof PointGeometry>
export type LineString = Static<typeof LineStringGeometry>
export type Polygon = Static<typeof PolygonGeometry>
export type MultiPolygon = Static<typeof MultiPolygonGeometry>
export type Geometry = Point | LineString | Polygon | MultiPolygon
export type Bbox = [number, number, number, number]

function checkPosition(p: number[], path: string, errors: FieldError[], bbox?: Bbox) {
  const [lon, lat] = p
  if (!Number.isFinite(lon) || lon < -180 || lon > 180) errors.push({ path: `${path}/0`, message: `longitude ${lon} is outside -180..180` })
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) errors.push({ path: `${path}/1`, message: `latitude ${lat} is outside -90..90` })
  else if (bbox && Number.isFinite(lon) && (lon < bbox[0] || lon > bbox[2] || lat < bbox[1] || lat > bbox[3])) {
    errors.push({ path, message: `[${lon}, ${lat}] is outside the theatre's bounding box [${bbox.join(', ')}]` })
  }
}

function checkRing(ring: number[][], path: string, errors: FieldError[], bbox?: Bbox) {
  ring.forEach((p, i) => checkPosition(p, `${path}/${i}`, errors, bbox))
  if (ring.length < 4) {
    errors.push({ path, message: `a ring needs at least 4 positions (the first repeated at the end); it has ${ring.length}` })
    return
  }
  const first = ring[0]
  const last = ring[ring.length - 1]
  if (first[0] !== last[0] || first[1] !== last[1]) {
    errors.push({ path, message: `the ring is not closed: it starts at [${first[0]}, ${first[1]}] and ends at [${last[0]}, ${last[1]}]` })
  }
}

/**
 * Checks what the JSON schema cannot: coordinate ranges, closed rings of ≥ 4 positions, lines of ≥ 2, and (given the
 * theatre's bounding box) that every position lies inside it. Self-intersections are PostGIS's job (geo/postgis.ts).
 */
export function checkGeometry(g: Geometry, path: string, bbox?: Bbox): FieldError[] {
  const errors: FieldError[] = []
  const c = `${path}/coordinates`
  switch (g.type) {
    case 'Point':
      checkPosition(g.coordinates, c, errors, bbox)
      break
    case 'LineString':
      if (g.coordinates.length < 2) errors.push({ path: c, message: `a line needs at least 2 positions; it has ${g.coordinates.length}` })
      g.coordinates.forEach((p, i) => checkPosition(p, `${c}/${i}`, errors, bbox))
      break
    case 'Polygon':
      if (g.coordinates.length < 1) errors.push({ path: c, message: 'a polygon needs an outer ring' })
      g.coordinates.forEach((r, i) => checkRing(r, `${c}/${i}`, errors, bbox))
      break
    case 'MultiPolygon':
      if (g.coordinates.length < 1) errors.push({ path: c, message: 'a multipolygon needs at least one polygon' })
      g.coordinates.forEach((poly, j) => {
        if (poly.length < 1) errors.push({ path: `${c}/${j}`, message: 'a polygon needs an outer ring' })
        poly.forEach((r, i) => checkRing(r, `${c}/${j}/${i}`, errors, bbox))
      })
      break
  }
  return errors.slice(0, 20)
}
