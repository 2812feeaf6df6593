import type { Queryable } from '../../db/engine.ts'
import type { LineString, MultiPolygon, Point, Polygon } from '../../geo/geojson.ts'

export interface ControlAreaFields {
  party_id: string
  geometry: Polygon | MultiPolygon
  valid_from: string
  valid_to: string | null
  note: string | null
}

export interface ControlAreaRow extends Omit<ControlAreaFields, 'valid_from' | 'valid_to'> {
  theatre_id: string
  id: string
  valid_from: Date
  valid_to: Date | null
  version: number
  created_at: Date
  updated_at: Date
}

const SELECT = `SELECT theatre_id, id, party_id, ST_AsGeoJSON(geometry)::json AS geometry, valid_from, valid_to, note, version,
  created_at, updated_at FROM control_areas`

export async function insertControlArea(q: Queryable, c: ControlAreaFields & { theatre_id: string; id: string }): Promise<void> {
  await q.query(
    `INSERT INTO control_areas (theatre_id, id, party_id, geometry, valid_from, valid_to, note)
     VALUES ($1, $2, $3, ST_Force2D(ST_GeomFromGeoJSON($4)), $5, $6, $7)`,
    [c.theatre_id, c.id, c.party_id, JSON.stringify(c.geometry), c.valid_from, c.valid_to, c.note],
  )
}

/** Applies a change if the control area is still at `version`; false otherwise. */
export async function updateControlArea(q: Queryable, theatreId: string, id: string, version: number, c: ControlAreaFields): Promise<boolean> {
  const rows = await q.query(
    `UPDATE control_areas SET party_id = $4, geometry = ST_Force2D(ST_GeomFromGeoJSON($5)), valid_from = $6, valid_to = $7, note = $8,
       version = version + 1, updated_at = now()
     WHERE theatre_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    [theatreId, id, version, c.party_id, JSON.stringify(c.geometry), c.valid_from, c.valid_to, c.note],
  )
  return rows.length > 0
}

export async function deleteControlArea(q: Queryable, theatreId: string, id: string): Promise<void> {
  await q.query('DELETE FROM control_areas WHERE theatre_id = $1 AND id = $2', [theatreId, id])
}

export async function getControlArea(q: Queryable, theatreId: string, id: string): Promise<ControlAreaRow | undefined> {
  const [row] = await q.query<ControlAreaRow>(`${SELECT} WHERE theatre_id = $1 AND id = $2`, [theatreId, id])
  return row
}

export async function listControlAreas(q: Queryable, theatreId: string, opts: { partyId?: string; after?: string; limit: number }) {
  return q.query<ControlAreaRow>(
    `${SELECT} WHERE theatre_id = $1 AND ($2::uuid IS NULL OR party_id = $2::uuid) AND ($3::uuid IS NULL OR id > $3::uuid)
     ORDER BY id LIMIT $4`,
    [theatreId, opts.partyId ?? null, opts.after ?? null, opts.limit],
  )
}

/** The control areas that cover a point (their edges included) at an instant. */
export async function controlAreasAt(q: Queryable, theatreId: string, point: Point, time: string) {
  return q.query<ControlAreaRow>(
    `${SELECT} WHERE theatre_id = $1 AND ST_Intersects(geometry, ST_GeomFromGeoJSON($2)) AND validity @> $3::timestamptz ORDER BY id`,
    [theatreId, JSON.stringify(point), time],
  )
}

/** The parties whose control areas a route crosses at some time within [start, end). */
export async function partiesOnRoute(q: Queryable, theatreId: string, route: LineString, start: string, end: string): Promise<string[]> {
  const rows = await q.query<{ party_id: string }>(
    `SELECT DISTINCT party_id FROM control_areas
     WHERE theatre_id = $1 AND ST_Intersects(geometry, ST_GeomFromGeoJSON($2)) AND validity && tstzrange($3::timestamptz, $4::timestamptz, '[)')
     ORDER BY party_id`,
    [theatreId, JSON.stringify(route), start, end],
  )
  return rows.map((r) => r.party_id)
}
