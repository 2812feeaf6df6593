import type { Queryable } from '../../db/engine.ts'
import type { Geometry, MultiPolygon, Point, Polygon } from '../../geo/geojson.ts'

/** Where an incident happened, and the area it may have happened in. */
export type Area = Point | Polygon | MultiPolygon

export interface HistoryItem {
  from: string
  to: string
  note: string
  by: string
  actorId: string | null
  at: string
}
export interface ReplyRequest {
  partyId: string
  askedAt: string
  dueAt: string
}
export interface ReplyItem {
  partyId: string
  text: string
  by: string
  at: string
  late: boolean
}

export interface IncidentRow {
  theatre_id: string
  id: string
  ref: string
  reporter_id: string
  co_reporter_ids: string[]
  occurred_at: Date
  occurred_until: Date | null
  occurred_precision: string
  occurred_start: Date
  occurred_end: Date
  location: Area
  point: [number, number]
  location_precision: string
  place_name: string | null
  uncertainty_m: number
  uncertainty: Area
  category: string
  alleged_party_id: string | null
  alleged_text: string | null
  killed: Record<string, unknown> | null
  injured: Record<string, unknown> | null
  description: string
  sources: Record<string, unknown>[]
  status: string
  history: HistoryItem[]
  reply_requests: ReplyRequest[]
  replies: ReplyItem[]
  merged_into: string | null
  published_at: Date | null
  attribution: Record<string, unknown>
  audience: string[]
  version: number
  created_at: Date
  updated_at: Date
}

/** Everything a write sets; the uncertainty area is derived from location and uncertainty_m by PostGIS. */
export type IncidentValues = Pick<
  IncidentRow,
  | 'co_reporter_ids' | 'occurred_precision' | 'location_precision' | 'place_name' | 'uncertainty_m' | 'category' | 'alleged_party_id'
  | 'alleged_text' | 'killed' | 'injured' | 'description' | 'sources' | 'status' | 'history' | 'reply_requests' | 'replies'
  | 'merged_into' | 'attribution' | 'audience'
> & {
  occurred_at: string
  occurred_until: string | null
  occurred_start: string
  occurred_end: string
  location: Area
  published_at: string | null
}

const COLUMNS = `theatre_id, id, ref, reporter_id, co_reporter_ids, occurred_at, occurred_until, occurred_precision,
  lower(occurred) AS occurred_start, upper(occurred) AS occurred_end, ST_AsGeoJSON(location, 7)::json AS location,
  ARRAY[ST_X(ST_PointOnSurface(location)), ST_Y(ST_PointOnSurface(location))]::float8[] AS point,
  location_precision, place_name, uncertainty_m, ST_AsGeoJSON(uncertainty, 6)::json AS uncertainty, category,
  alleged_party_id, alleged_text, killed, injured, description, sources, status, history, reply_requests, replies,
  merged_into, published_at, attribution, audience, version, created_at, updated_at`

/** The location widened by its uncertainty on the ellipsoid (a buffer in metres), or as given when exact. */
const area = (geo: string, radius: string) =>
  `CASE WHEN ${radius}::int > 0 THEN ST_Buffer(ST_SetSRID(ST_GeomFromGeoJSON(${geo}), 4326)::geography, ${radius}::int)::geometry
   ELSE ST_SetSRID(ST_GeomFromGeoJSON(${geo}), 4326) END`

const values = (v: IncidentValues) => [
  v.co_reporter_ids, v.occurred_at, v.occurred_until, v.occurred_precision, v.occurred_start, v.occurred_end, JSON.stringify(v.location),
  v.location_precision, v.place_name, v.uncertainty_m, v.category, v.alleged_party_id, v.alleged_text, json(v.killed), json(v.injured),
  v.description, JSON.stringify(v.sources), v.status, JSON.stringify(v.history), JSON.stringify(v.reply_requests),
  JSON.stringify(v.replies), v.merged_into, v.published_at, JSON.stringify(v.attribution), v.audience,
]
const json = (x: unknown) => (x === null || x === undefined ? null : JSON.stringify(x))

/**
 * Where and when an incident may have happened, before it is written (attribution needs both): the uncertainty area
 * as GeoJSON, and the precision's period (the day, ISO week or month in the theatre's timezone) as instants.
 */
export async function derive(q: Queryable, location: Geometry, radiusM: number, occurredAt: string, precision: string, timezone: string) {
  const [row] = await q.query<{ area: Area; start: Date; end: Date }>(
    `SELECT ST_AsGeoJSON(${area('$1', '$2')}, 7)::json AS area,
       CASE WHEN $4 = 'exact' THEN $3::timestamptz ELSE date_trunc($4, $3::timestamptz AT TIME ZONE $5) AT TIME ZONE $5 END AS start,
       CASE WHEN $4 = 'exact' THEN $3::timestamptz
         ELSE (date_trunc($4, $3::timestamptz AT TIME ZONE $5) + ('1 ' || $4)::interval) AT TIME ZONE $5 END AS end`,
    [JSON.stringify(location), radiusM, occurredAt, precision, timezone],
  )
  return { area: row.area, start: new Date(row.start).toISOString(), end: new Date(row.end).toISOString() }
}

export async function insert(q: Queryable, theatreId: string, id: string, ref: string, reporterId: string, v: IncidentValues): Promise<IncidentRow> {
  const [row] = await q.query<IncidentRow>(
    `INSERT INTO incidents (theatre_id, id, ref, reporter_id, co_reporter_ids, occurred_at, occurred_until, occurred_precision, occurred,
       location, location_precision, place_name, uncertainty_m, uncertainty, category, alleged_party_id, alleged_text, killed, injured,
       description, sources, status, history, reply_requests, replies, merged_into, published_at, attribution, audience)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, tstzrange($9, $10, '[]'), ST_SetSRID(ST_GeomFromGeoJSON($11), 4326), $12, $13, $14::int,
       ${area('$11', '$14')}, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29)
     RETURNING ${COLUMNS}`,
    [theatreId, id, ref, reporterId, ...values(v)],
  )
  return row
}

/** Applies a change if the incident is still at `version`; undefined when it is not (a stale write). */
export async function update(q: Queryable, theatreId: string, id: string, version: number, v: IncidentValues): Promise<IncidentRow | undefined> {
  const [row] = await q.query<IncidentRow>(
    `UPDATE incidents SET co_reporter_ids = $4, occurred_at = $5, occurred_until = $6, occurred_precision = $7,
       occurred = tstzrange($8, $9, '[]'), location = ST_SetSRID(ST_GeomFromGeoJSON($10), 4326), location_precision = $11,
       place_name = $12, uncertainty_m = $13::int, uncertainty = ${area('$10', '$13')}, category = $14, alleged_party_id = $15,
       alleged_text = $16, killed = $17, injured = $18, description = $19, sources = $20, status = $21, history = $22,
       reply_requests = $23, replies = $24, merged_into = $25, published_at = $26, attribution = $27, audience = $28,
       version = version + 1, updated_at = now()
     WHERE theatre_id = $1 AND id = $2 AND version = $3 RETURNING ${COLUMNS}`,
    [theatreId, id, version, ...values(v)],
  )
  return row
}

export async function get(q: Queryable, theatreId: string, id: string): Promise<IncidentRow | undefined> {
  const [row] = await q.query<IncidentRow>(`SELECT ${COLUMNS} FROM incidents WHERE theatre_id = $1 AND id = $2`, [theatreId, id])
  return row
}

export async function list(
  q: Queryable,
  theatreId: string,
  f: { audience: string[] | null; status?: string; category?: string; from?: string; to?: string; after?: string; limit: number },
): Promise<IncidentRow[]> {
  return q.query<IncidentRow>(
    `SELECT ${COLUMNS} FROM incidents
     WHERE theatre_id = $1 AND ($2::text[] IS NULL OR audience && $2::text[]) AND ($3::text IS NULL OR status = $3::text)
       AND ($4::text IS NULL OR category = $4::text)
       AND occurred && tstzrange($5::timestamptz, $6::timestamptz, '[]')
       AND ($7::uuid IS NULL OR id > $7::uuid)
     ORDER BY id LIMIT $8`,
    [theatreId, f.audience, f.status ?? null, f.category ?? null, f.from ?? null, f.to ?? null, f.after ?? null, f.limit],
  )
}

/**
 * Likely duplicates of an incident: of its category, not merged, within `distanceM` of its location and `hours` of
 * its time window, among those the reader may see; nearest first.
 */
export async function duplicates(q: Queryable, theatreId: string, id: string, audience: string[] | null, distanceM: number, hours: number) {
  return q.query<{ id: string; ref: string; status: string; category: string; occurred_at: Date; description: string; distance_m: number }>(
    `SELECT o.id, o.ref, o.status, o.category, o.occurred_at, o.description,
       round(ST_Distance(o.location::geography, s.location::geography))::int AS distance_m
     FROM incidents s JOIN incidents o ON o.theatre_id = s.theatre_id AND o.id <> s.id AND o.category = s.category
       AND o.status <> 'merged'
       AND o.occurred && tstzrange(lower(s.occurred) - make_interval(hours => $4), upper(s.occurred) + make_interval(hours => $4), '[]')
       AND ST_DWithin(o.location::geography, s.location::geography, $5)
     WHERE s.theatre_id = $1 AND s.id = $2 AND ($3::text[] IS NULL OR o.audience && $3::text[])
     ORDER BY distance_m, o.id LIMIT 100`,
    [theatreId, id, audience, hours, distanceM],
  )
}

export interface EvidenceRow {
  incident_id: string
  sha256: string
  size: number
  media_type: string
  filename: string | null
  uploaded_by: string
  uploaded_at: Date
}

const EVIDENCE = 'incident_id, sha256, size, media_type, filename, uploaded_by, uploaded_at'

export async function evidenceOf(q: Queryable, theatreId: string, incidentIds: string[]): Promise<EvidenceRow[]> {
  return q.query<EvidenceRow>(
    `SELECT ${EVIDENCE} FROM incident_evidence WHERE theatre_id = $1 AND incident_id = ANY($2::uuid[]) ORDER BY uploaded_at, sha256`,
    [theatreId, incidentIds],
  )
}

/** Stores the bytes once per hash, and links them to the incident; undefined when the incident already had them. */
export async function addEvidence(
  q: Queryable,
  theatreId: string,
  e: Omit<EvidenceRow, 'uploaded_at'> & { bytes: Buffer },
): Promise<EvidenceRow | undefined> {
  await q.query('INSERT INTO incident_evidence_blobs (sha256, bytes) VALUES ($1, $2) ON CONFLICT (sha256) DO NOTHING', [e.sha256, e.bytes])
  const [row] = await q.query<EvidenceRow>(
    `INSERT INTO incident_evidence (theatre_id, incident_id, sha256, size, media_type, filename, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING ${EVIDENCE}`,
    [theatreId, e.incident_id, e.sha256, e.size, e.media_type, e.filename, e.uploaded_by],
  )
  return row
}

/** Links every evidence item of the merged incidents to the survivor too (they keep theirs). */
export async function copyEvidence(q: Queryable, theatreId: string, fromIds: string[], toId: string): Promise<EvidenceRow[]> {
  return q.query<EvidenceRow>(
    `INSERT INTO incident_evidence (theatre_id, incident_id, sha256, size, media_type, filename, uploaded_by, uploaded_at)
     SELECT DISTINCT ON (sha256) theatre_id, $3::uuid, sha256, size, media_type, filename, uploaded_by, uploaded_at
     FROM incident_evidence WHERE theatre_id = $1 AND incident_id = ANY($2::uuid[]) ORDER BY sha256, uploaded_at
     ON CONFLICT DO NOTHING RETURNING ${EVIDENCE}`,
    [theatreId, fromIds, toId],
  )
}

/** The bytes of one evidence item, only through an incident that has it. */
export async function evidenceBytes(q: Queryable, theatreId: string, incidentId: string, sha256: string) {
  const [row] = await q.query<{ bytes: Uint8Array; media_type: string; filename: string | null; size: number }>(
    `SELECT b.bytes, e.media_type, e.filename, e.size FROM incident_evidence e JOIN incident_evidence_blobs b ON b.sha256 = e.sha256
     WHERE e.theatre_id = $1 AND e.incident_id = $2 AND e.sha256 = $3`,
    [theatreId, incidentId, sha256],
  )
  return row
}
