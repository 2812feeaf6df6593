import type { Queryable } from '../../db/engine.ts'

export interface TheatreRow {
  id: string
  code: string
  name: string
  timezone: string
  bbox: number[]
  policy: Record<string, unknown>
  published: boolean
  version: number
  created_at: Date
  updated_at: Date
}

const COLUMNS = `id, code, name, timezone,
  ARRAY[ST_XMin(bbox), ST_YMin(bbox), ST_XMax(bbox), ST_YMax(bbox)]::float8[] AS bbox,
  policy, published, version, created_at, updated_at`

export const toTheatre = (r: TheatreRow) => ({
  id: r.id,
  code: r.code,
  name: r.name,
  timezone: r.timezone,
  bbox: r.bbox.map(Number) as [number, number, number, number],
  policy: r.policy,
  published: r.published,
  version: r.version,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
})
export type Theatre = ReturnType<typeof toTheatre>

export async function insertTheatre(
  q: Queryable,
  t: { id: string; code: string; name: string; timezone: string; bbox: number[]; policy: unknown },
): Promise<TheatreRow> {
  const [row] = await q.query<TheatreRow>(
    `INSERT INTO theatres (id, code, name, timezone, bbox, policy)
     VALUES ($1, $2, $3, $4, ST_MakeEnvelope($5, $6, $7, $8, 4326), $9) RETURNING ${COLUMNS}`,
    [t.id, t.code, t.name, t.timezone, ...t.bbox, JSON.stringify(t.policy)],
  )
  return row
}

/** `key` is the theatre's id or its code, as in `/theatres/:theatre`. */
export async function findTheatre(q: Queryable, key: string): Promise<TheatreRow | undefined> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key)
  const [row] = await q.query<TheatreRow>(`SELECT ${COLUMNS} FROM theatres WHERE ${isUuid ? 'id = $1::uuid' : 'code = upper($1)'}`, [key])
  return row
}

export async function listTheatres(q: Queryable, opts: { ids: string[] | null; after?: string; limit: number }): Promise<TheatreRow[]> {
  return q.query<TheatreRow>(
    `SELECT ${COLUMNS} FROM theatres
     WHERE ($1::uuid[] IS NULL OR id = ANY($1::uuid[])) AND ($2::uuid IS NULL OR id > $2::uuid)
     ORDER BY id LIMIT $3`,
    [opts.ids, opts.after ?? null, opts.limit],
  )
}

export async function updateTheatre(
  q: Queryable,
  id: string,
  version: number,
  t: { name: string; timezone: string; bbox: number[]; policy: unknown; published: boolean },
): Promise<TheatreRow | undefined> {
  const [row] = await q.query<TheatreRow>(
    `UPDATE theatres SET name = $3, timezone = $4, bbox = ST_MakeEnvelope($5, $6, $7, $8, 4326), policy = $9,
       published = $10, version = version + 1, updated_at = now()
     WHERE id = $1 AND version = $2 RETURNING ${COLUMNS}`,
    [id, version, t.name, t.timezone, ...t.bbox, JSON.stringify(t.policy), t.published],
  )
  return row
}

/** Takes the next `count` numbers of a theatre's counter; returns the last one taken. */
export async function takeNumbers(q: Queryable, theatreId: string, letter: string, count: number): Promise<number> {
  const [row] = await q.query<{ last: number }>(
    `INSERT INTO reference_counters (theatre_id, letter, last) VALUES ($1, $2, $3)
     ON CONFLICT (theatre_id, letter) DO UPDATE SET last = reference_counters.last + $3 RETURNING last`,
    [theatreId, letter, count],
  )
  return row.last
}
