import type { Queryable } from '../../db/engine.ts'
import { expandedByMetres } from '../../geo/sql.ts'
import { MAX_BUFFER_M } from './schema.ts'
import type { Geometry, LineString } from '../../geo/geojson.ts'

export interface MovementRow {
  theatre_id: string
  id: string
  ref: string
  organisation_id: string
  name: string
  route: LineString
  length_m: number
  buffer_m: number
  window_start: Date
  window_end: Date
  details: { vehicles?: unknown; personnel?: number; cargo?: string; requiredParties?: string[] }
  share_with: string[]
  status: 'draft' | 'notified' | 'cleared' | 'underway' | 'completed' | 'aborted'
  clearance: Record<string, unknown> | null
  audience: string[]
  version: number
  created_at: Date
  updated_at: Date
}

const COLUMNS = `theatre_id, id, ref, organisation_id, name, ST_AsGeoJSON(route, 7)::json AS route,
  ST_Length(route::geography) AS length_m, buffer_m, window_start, window_end, details, share_with, status, clearance,
  audience, version, created_at, updated_at`

export type MovementValues = Pick<MovementRow, 'name' | 'route' | 'buffer_m' | 'window_start' | 'window_end' | 'details' | 'share_with' | 'status' | 'clearance' | 'audience'>

export async function insert(q: Queryable, m: MovementValues & { theatre_id: string; id: string; ref: string; organisation_id: string }) {
  const [row] = await q.query<MovementRow>(
    `INSERT INTO movements (theatre_id, id, ref, organisation_id, name, route, buffer_m, window_start, window_end, details, share_with, status, clearance, audience)
     VALUES ($1, $2, $3, $4, $5, ST_SetSRID(ST_GeomFromGeoJSON($6), 4326), $7, $8, $9, $10, $11, $12, $13, $14) RETURNING ${COLUMNS}`,
    [m.theatre_id, m.id, m.ref, m.organisation_id, m.name, JSON.stringify(m.route), m.buffer_m, m.window_start, m.window_end, m.details, m.share_with, m.status, m.clearance, m.audience],
  )
  return row
}

export async function update(q: Queryable, theatreId: string, id: string, version: number, m: MovementValues): Promise<MovementRow | undefined> {
  const [row] = await q.query<MovementRow>(
    `UPDATE movements SET name = $4, route = ST_SetSRID(ST_GeomFromGeoJSON($5), 4326), buffer_m = $6, window_start = $7,
       window_end = $8, details = $9, share_with = $10, status = $11, clearance = $12, audience = $13,
       version = version + 1, updated_at = now()
     WHERE theatre_id = $1 AND id = $2 AND version = $3 RETURNING ${COLUMNS}`,
    [theatreId, id, version, m.name, JSON.stringify(m.route), m.buffer_m, m.window_start, m.window_end, m.details, m.share_with, m.status, m.clearance, m.audience],
  )
  return row
}

export async function get(q: Queryable, theatreId: string, id: string, forUpdate = false): Promise<MovementRow | undefined> {
  const [row] = await q.query<MovementRow>(`SELECT ${COLUMNS} FROM movements WHERE theatre_id = $1 AND id = $2${forUpdate ? ' FOR UPDATE' : ''}`, [theatreId, id])
  return row
}

export async function list(
  q: Queryable,
  theatreId: string,
  f: { audience: string[] | null; status?: string; organisationId?: string; from?: string; to?: string; after?: string; limit: number },
): Promise<MovementRow[]> {
  return q.query<MovementRow>(
    `SELECT ${COLUMNS} FROM movements
     WHERE theatre_id = $1 AND ($2::text[] IS NULL OR audience && $2::text[]) AND ($3::text IS NULL OR status = $3::text)
       AND ($4::uuid IS NULL OR organisation_id = $4::uuid)
       AND ($5::timestamptz IS NULL OR window_end >= $5::timestamptz) AND ($6::timestamptz IS NULL OR window_start <= $6::timestamptz)
       AND ($7::uuid IS NULL OR id > $7::uuid)
     ORDER BY id LIMIT $8`,
    [theatreId, f.audience, f.status ?? null, f.organisationId ?? null, f.from ?? null, f.to ?? null, f.after ?? null, f.limit],
  )
}

/**
 * Progress (cleared, underway, completed, aborted) is not a new version: parties acknowledged what the movement
 * is, and that has not changed. The version must still match, so a stale view cannot move it.
 */
export async function setStatus(
  q: Queryable,
  theatreId: string,
  id: string,
  version: number,
  status: MovementRow['status'],
  clearance: Record<string, unknown> | null,
): Promise<MovementRow | undefined> {
  const [row] = await q.query<MovementRow>(
    `UPDATE movements SET status = $4, clearance = $5, updated_at = now()
     WHERE theatre_id = $1 AND id = $2 AND version = $3 RETURNING ${COLUMNS}`,
    [theatreId, id, version, status, clearance],
  )
  return row
}

/**
 * Movements (other than drafts) whose window meets [start, end] and whose route buffer meets `area`: what an incident
 * there and then may have struck. With each movement's audience, so a reader is told only of movements they may see.
 */
export async function near(q: Queryable, theatreId: string, area: Geometry, start: string, end: string) {
  return q.query<{ id: string; ref: string; name: string; audience: string[] }>(
    `SELECT m.id, m.ref, m.name, m.audience FROM movements m, (SELECT ST_SetSRID(ST_GeomFromGeoJSON($2), 4326) AS g) a
     WHERE m.theatre_id = $1 AND m.status <> 'draft'
       AND tstzrange(m.window_start, m.window_end, '[]') && tstzrange($3::timestamptz, $4::timestamptz, '[]')
       AND m.route && ${expandedByMetres('a.g', MAX_BUFFER_M)} AND ST_DWithin(m.route::geography, a.g::geography, m.buffer_m)
     ORDER BY m.ref`,
    [theatreId, JSON.stringify(area), start, end],
  )
}
