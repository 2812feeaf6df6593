import type { Queryable } from '../../db/engine.ts'
import { expandedByMetres } from '../../geo/sql.ts'
import { MAX_PROTECTION_RADIUS_M } from './schema.ts'
import type { Geometry, Point, Polygon } from '../../geo/geojson.ts'

export interface SiteRow {
  theatre_id: string
  id: string
  ref: string
  organisation_id: string
  name: string
  type: string
  geometry: Point | Polygon
  point: [number, number]
  protection_radius_m: number
  share_with: string[]
  status: 'draft' | 'notified' | 'withdrawn'
  details: Record<string, unknown>
  audience: string[]
  version: number
  created_at: Date
  updated_at: Date
}

const COLUMNS = `theatre_id, id, ref, organisation_id, name, type, ST_AsGeoJSON(geometry, 7)::json AS geometry,
  ARRAY[ST_X(ST_PointOnSurface(geometry)), ST_Y(ST_PointOnSurface(geometry))]::float8[] AS point,
  protection_radius_m, share_with, status, details, audience, version, created_at, updated_at`

export type SiteValues = Pick<SiteRow, 'name' | 'type' | 'geometry' | 'protection_radius_m' | 'share_with' | 'status' | 'details' | 'audience'>

export async function insert(q: Queryable, s: SiteValues & { theatre_id: string; id: string; ref: string; organisation_id: string }): Promise<SiteRow> {
  const [row] = await q.query<SiteRow>(
    `INSERT INTO sites (theatre_id, id, ref, organisation_id, name, type, geometry, protection_radius_m, share_with, status, details, audience)
     VALUES ($1, $2, $3, $4, $5, $6, ST_SetSRID(ST_GeomFromGeoJSON($7), 4326), $8, $9, $10, $11, $12) RETURNING ${COLUMNS}`,
    [s.theatre_id, s.id, s.ref, s.organisation_id, s.name, s.type, JSON.stringify(s.geometry), s.protection_radius_m, s.share_with, s.status, s.details, s.audience],
  )
  return row
}

export async function update(q: Queryable, theatreId: string, id: string, version: number, s: SiteValues): Promise<SiteRow | undefined> {
  const [row] = await q.query<SiteRow>(
    `UPDATE sites SET name = $4, type = $5, geometry = ST_SetSRID(ST_GeomFromGeoJSON($6), 4326), protection_radius_m = $7,
       share_with = $8, status = $9, details = $10, audience = $11, version = version + 1, updated_at = now()
     WHERE theatre_id = $1 AND id = $2 AND version = $3 RETURNING ${COLUMNS}`,
    [theatreId, id, version, s.name, s.type, JSON.stringify(s.geometry), s.protection_radius_m, s.share_with, s.status, s.details, s.audience],
  )
  return row
}

export async function get(q: Queryable, theatreId: string, id: string): Promise<SiteRow | undefined> {
  const [row] = await q.query<SiteRow>(`SELECT ${COLUMNS} FROM sites WHERE theatre_id = $1 AND id = $2`, [theatreId, id])
  return row
}

export async function list(
  q: Queryable,
  theatreId: string,
  f: { audience: string[] | null; status?: string; organisationId?: string; bbox?: number[]; text?: string; after?: string; limit: number },
): Promise<SiteRow[]> {
  // The text is looked for as it is: %, _ and \ in it are not patterns.
  const contains = f.text === undefined ? null : `%${f.text.replace(/[\\%_]/g, '\\$&')}%`
  return q.query<SiteRow>(
    `SELECT ${COLUMNS} FROM sites
     WHERE theatre_id = $1 AND ($2::text[] IS NULL OR audience && $2::text[]) AND ($3::text IS NULL OR status = $3::text)
       AND ($4::uuid IS NULL OR organisation_id = $4::uuid)
       AND ($5::float8[] IS NULL OR geometry && ST_MakeEnvelope($5[1], $5[2], $5[3], $5[4], 4326))
       AND ($8::text IS NULL OR ref ILIKE $8 OR name ILIKE $8)
       AND ($6::uuid IS NULL OR id > $6::uuid)
     ORDER BY id LIMIT $7`,
    [theatreId, f.audience, f.status ?? null, f.organisationId ?? null, f.bbox ?? null, f.after ?? null, f.limit, contains],
  )
}

/** What a feature of sites.geojson can carry in its properties, in this order, and the column each comes from. */
export const MAP_PROPERTIES = {
  id: 'id',
  ref: 'ref',
  name: 'name',
  type: 'type',
  status: 'status',
  organisationId: 'organisation_id',
  protectionRadiusM: 'protection_radius_m',
  version: 'version',
} as const
export type MapProperty = keyof typeof MAP_PROPERTIES

/**
 * Every site the audience may see as one GeoJSON FeatureCollection, built by the database: the map draws tens of
 * thousands at once, and assembling them in SQL avoids a row object and a serialisation per site. `properties` are
 * names of MAP_PROPERTIES only (their SQL is written from that table, never from the caller's text).
 */
export async function featureCollection(
  q: Queryable,
  theatreId: string,
  f: { audience: string[] | null; status?: string; properties: MapProperty[] },
): Promise<string> {
  const properties = f.properties.map((p) => `'${p}', ${MAP_PROPERTIES[p]}`).join(', ')
  const [row] = await q.query<{ fc: string }>(
    `SELECT json_build_object('type', 'FeatureCollection', 'features', COALESCE(json_agg(json_build_object(
       'type', 'Feature', 'id', ref, 'geometry', ST_AsGeoJSON(geometry, 6)::json, 'properties', json_build_object(${properties})
     ) ORDER BY id), '[]'::json))::text AS fc
     FROM sites WHERE theatre_id = $1 AND ($2::text[] IS NULL OR audience && $2::text[]) AND ($3::text IS NULL OR status = $3::text)`,
    [theatreId, f.audience, f.status ?? null],
  )
  return row.fc
}

/** A site as the map's tiles draw it: one point (a polygon's point on its surface) and what the map shows of it. */
export interface MapPoint {
  id: string
  ref: string
  name: string
  status: string
  lon: number
  lat: number
}

/**
 * Every site the audience may see, as points for the map's tiles (sites/tiles.ts clusters and cuts them). They come as
 * one JSON document of arrays, not a row per site: on the embedded database, 50,000 rows took 510 ms to read and the
 * document 280 ms, and the server waits for them whenever a site has changed.
 */
export async function mapPoints(q: Queryable, theatreId: string, audience: string[] | null): Promise<MapPoint[]> {
  const [row] = await q.query<{ points: string | null }>(
    `SELECT json_agg(json_build_array(id, ref, name, status, ST_X(p), ST_Y(p)) ORDER BY id)::text AS points
     FROM (SELECT id, ref, name, status, ST_PointOnSurface(geometry) AS p FROM sites
           WHERE theatre_id = $1 AND ($2::text[] IS NULL OR audience && $2::text[])) s`,
    [theatreId, audience],
  )
  const points = JSON.parse(row?.points ?? '[]') as [string, string, string, string, number, number][]
  return points.map(([id, ref, name, status, lon, lat]) => ({ id, ref, name, status, lon, lat }))
}

/**
 * Sites notified no later than `before` whose protected area (within the protection radius) meets `area`: what an
 * incident there may have struck. With each site's audience, so a reader is told only of sites they may see.
 */
export async function notifiedNear(q: Queryable, theatreId: string, area: Geometry, before: string) {
  return q.query<{ id: string; ref: string; name: string; audience: string[] }>(
    `SELECT s.id, s.ref, s.name, s.audience FROM sites s, (SELECT ST_SetSRID(ST_GeomFromGeoJSON($2), 4326) AS g) a
     WHERE s.theatre_id = $1 AND s.status = 'notified' AND s.created_at <= $3::timestamptz
       AND s.geometry && ${expandedByMetres('a.g', MAX_PROTECTION_RADIUS_M)} AND ST_DWithin(s.geometry::geography, a.g::geography, s.protection_radius_m)
     ORDER BY s.ref`,
    [theatreId, JSON.stringify(area), before],
  )
}
