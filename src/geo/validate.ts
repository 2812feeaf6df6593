import type { Queryable } from '../db/engine.ts'
import { invalid, type FieldError } from '../http/problem.ts'
import { checkGeometry, type Bbox, type Geometry } from './geojson.ts'

/** PostGIS's verdict on a geometry that passed the structural checks: self-intersections and the like, with where. */
async function postgisErrors(q: Queryable, g: Geometry, path: string): Promise<FieldError[]> {
  try {
    const [row] = await q.query<{ reason: string }>('SELECT ST_IsValidReason(ST_GeomFromGeoJSON($1)) AS reason', [JSON.stringify(g)])
    if (row.reason === 'Valid Geometry') return []
    const m = /^(.*?)\[(-?[\d.e-]+) (-?[\d.e-]+)\]$/.exec(row.reason)
    const message = m ? `${m[1].toLowerCase()} at [${Number(m[2])}, ${Number(m[3])}]` : row.reason.toLowerCase()
    return [{ path, message }]
  } catch (e) {
    return [{ path, message: `is not a geometry PostGIS can read: ${(e as Error).message}` }]
  }
}

/**
 * Every geometry Truce stores passes here: ranges, rings, inside the theatre's bounding box, then PostGIS validity.
 * Throws a 400 naming each problem and where it is.
 */
export async function assertValidGeometry(q: Queryable, g: Geometry, path: string, bbox?: Bbox): Promise<void> {
  const errors = checkGeometry(g, path, bbox)
  if (!errors.length && g.type !== 'Point') errors.push(...(await postgisErrors(q, g, path)))
  if (errors.length) throw invalid(errors)
}
