import type { Queryable } from '../../db/engine.ts'
import type { MultiPolygon, Polygon } from '../../geo/geojson.ts'

export interface ActivityRow {
  theatre_id: string
  id: string
  ref: string
  party_id: string
  kind: string
  geometry: Polygon | MultiPolygon
  window_start: Date
  window_end: Date
  aware_of: { ref: string; version: number }[]
  note: string | null
  status: 'declared' | 'cancelled'
  version: number
  created_at: Date
  updated_at: Date
}

const COLUMNS = `theatre_id, id, ref, party_id, kind, ST_AsGeoJSON(geometry, 7)::json AS geometry, window_start, window_end,
  aware_of, note, status, version, created_at, updated_at`

export type ActivityValues = Pick<ActivityRow, 'kind' | 'geometry' | 'window_start' | 'window_end' | 'aware_of' | 'note' | 'status'>

export async function insert(q: Queryable, a: ActivityValues & { theatre_id: string; id: string; ref: string; party_id: string }) {
  const [row] = await q.query<ActivityRow>(
    `INSERT INTO activities (theatre_id, id, ref, party_id, kind, geometry, window_start, window_end, aware_of, note, status)
     VALUES ($1, $2, $3, $4, $5, ST_SetSRID(ST_GeomFromGeoJSON($6), 4326), $7, $8, $9, $10, $11) RETURNING ${COLUMNS}`,
    [a.theatre_id, a.id, a.ref, a.party_id, a.kind, JSON.stringify(a.geometry), a.window_start, a.window_end, JSON.stringify(a.aware_of), a.note, a.status],
  )
  return row
}

export async function update(q: Queryable, theatreId: string, id: string, version: number, a: ActivityValues): Promise<ActivityRow | undefined> {
  const [row] = await q.query<ActivityRow>(
    `UPDATE activities SET kind = $4, geometry = ST_SetSRID(ST_GeomFromGeoJSON($5), 4326), window_start = $6, window_end = $7,
       aware_of = $8, note = $9, status = $10, version = version + 1, updated_at = now()
     WHERE theatre_id = $1 AND id = $2 AND version = $3 RETURNING ${COLUMNS}`,
    [theatreId, id, version, a.kind, JSON.stringify(a.geometry), a.window_start, a.window_end, JSON.stringify(a.aware_of), a.note, a.status],
  )
  return row
}

export async function get(q: Queryable, theatreId: string, id: string): Promise<ActivityRow | undefined> {
  const [row] = await q.query<ActivityRow>(`SELECT ${COLUMNS} FROM activities WHERE theatre_id = $1 AND id = $2`, [theatreId, id])
  return row
}

/** `parties` null: every party's (coordinators); otherwise only those parties' own declarations. */
export async function list(q: Queryable, theatreId: string, f: { parties: string[] | null; status?: string; after?: string; limit: number }) {
  return q.query<ActivityRow>(
    `SELECT ${COLUMNS} FROM activities
     WHERE theatre_id = $1 AND ($2::uuid[] IS NULL OR party_id = ANY($2::uuid[])) AND ($3::text IS NULL OR status = $3::text)
       AND ($4::uuid IS NULL OR id > $4::uuid)
     ORDER BY id LIMIT $5`,
    [theatreId, f.parties, f.status ?? null, f.after ?? null, f.limit],
  )
}
