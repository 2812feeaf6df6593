import { Type } from '@sinclair/typebox'
import { invalidField } from '../http/problem.ts'
import { CoordinateError, parsePoint } from './coordinates.ts'
import { PointGeometry, type Geometry, type Point } from './geojson.ts'

/** Where a point is expected, a person may type MGRS, DMS or "latitude, longitude" instead of GeoJSON. */
export const PointInput = Type.Union([PointGeometry, Type.String({ minLength: 1, maxLength: 100, description: 'MGRS, DMS or "latitude, longitude"' })])

export function toPoint(input: Point | string, path: string): Point {
  if (typeof input !== 'string') return input
  try {
    return { type: 'Point', coordinates: parsePoint(input) }
  } catch (e) {
    if (e instanceof CoordinateError) throw invalidField(path, e.message)
    throw e
  }
}

/** A geometry field that may also be a typed point. */
export function toGeometry<G extends Geometry>(input: G | string, path: string): G | Point {
  return typeof input === 'string' ? toPoint(input, path) : input
}
