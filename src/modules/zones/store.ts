import type { Queryable } from '../../db/engine.ts'
import { expandedByMetres } from '../../geo/sql.ts'
import { MAX_WIDTH_M } from './schema.ts'
import type { Geometry, LineString, MultiPolygon, Polygon } from '../../geo/geojson.ts'
import type { Window } from '../footprints/service.ts'
import type { ScheduleWindow } from './schedule.ts'
import type { ActivityKind, ZoneKind } from './schema.ts'

/** An area, or a corridor: a LineString widened by width_m. */
export type ZoneGeometry = Polygon | MultiPolygon | LineString

export interface ZoneFields {
  name: string
  geometry: ZoneGeometry
  width_m: number | null
  prohibits: ActivityKind[]
  closed_to_movements: boolean
  valid_from: string
  valid_to: string | null
  windows: ScheduleWindow[] | null
  withdrawal: { partyId: string; distanceM: number }[]
}

export interface ZoneRow extends Omit<ZoneFields, 'valid_from' | 'valid_to'> {
  theatre_id: string
  id: string
  agreement_id: string
  kind: ZoneKind
  valid_from: Date
  valid_to: Date | null
  withdrawn_at: Date | null
  in_force: boolean
  next_windows: [string, string | null][]
  version: number
  created_at: Date
  updated_at: Date
}

/** A zone as its footprint needs it: every expanded window, not just the next few. */
export interface ZoneShape {
  id: string
  version: number
  name: string
  kind: ZoneKind
  geometry: ZoneGeometry
  width_m: number | null
  prohibits: ActivityKind[]
  closed_to_movements: boolean
  during: Window[]
}

export interface AgreementRow {
  agreement_id: string
  name: string
  status: string
}

const NEXT_WINDOWS = 5

const SELECT = `SELECT z.theatre_id, z.id, z.agreement_id, z.name, z.kind, ST_AsGeoJSON(z.geometry)::json AS geometry, z.width_m,
    z.prohibits, z.closed_to_movements, z.valid_from, z.valid_to, z.windows, z.withdrawal, z.withdrawn_at, z.version,
    z.created_at, z.updated_at,
    (a.status = 'in_force' AND z.withdrawn_at IS NULL AND z.during @> now()) AS in_force,
    (SELECT coalesce(json_agg(json_build_array(lower(r), upper(r)) ORDER BY lower(r)), '[]')
     FROM (SELECT r FROM unnest(z.during) r WHERE upper_inf(r) OR upper(r) > now() ORDER BY lower(r) LIMIT ${NEXT_WINDOWS}) n) AS next_windows
  FROM zones z JOIN zone_agreements a ON a.theatre_id = z.theatre_id AND a.agreement_id = z.agreement_id`

/** The expanded schedule as a tstzmultirange literal; an end of null is open. */
const multirange = (during: Window[]) => `{${during.map(([s, e]) => `[${s},${e ?? ''})`).join(',')}}`

export async function getZone(q: Queryable, theatreId: string, id: string): Promise<ZoneRow | undefined> {
  const [row] = await q.query<ZoneRow>(`${SELECT} WHERE z.theatre_id = $1 AND z.id = $2`, [theatreId, id])
  return row
}

export async function listZones(q: Queryable, theatreId: string, opts: { agreementId?: string; kind?: string; at?: string; after?: string; limit: number }) {
  return q.query<ZoneRow>(
    `${SELECT}
     WHERE z.theatre_id = $1 AND ($2::uuid IS NULL OR z.agreement_id = $2::uuid) AND ($3::text IS NULL OR z.kind = $3::text)
       AND ($4::timestamptz IS NULL OR (z.during @> $4::timestamptz AND a.in_force @> $4::timestamptz
         AND (z.withdrawn_at IS NULL OR z.withdrawn_at > $4::timestamptz)))
       AND ($5::uuid IS NULL OR z.id > $5::uuid)
     ORDER BY z.id LIMIT $6`,
    [theatreId, opts.agreementId ?? null, opts.kind ?? null, opts.at ?? null, opts.after ?? null, opts.limit],
  )
}

export async function insertZone(
  q: Queryable,
  z: ZoneFields & { theatre_id: string; id: string; agreement_id: string; kind: ZoneKind },
  during: Window[],
): Promise<void> {
  await q.query(
    `INSERT INTO zones (theatre_id, id, agreement_id, name, kind, geometry, width_m, prohibits, closed_to_movements, valid_from,
       valid_to, windows, during, withdrawal)
     VALUES ($1, $2, $3, $4, $5, ST_Force2D(ST_GeomFromGeoJSON($6)), $7, $8, $9, $10, $11, $12, $13, $14)`,
    [z.theatre_id, z.id, z.agreement_id, z.name, z.kind, JSON.stringify(z.geometry), z.width_m, z.prohibits, z.closed_to_movements,
      z.valid_from, z.valid_to, JSON.stringify(z.windows), multirange(during), JSON.stringify(z.withdrawal)],
  )
}

/** Applies a change if the zone is still at `version` and not withdrawn; false otherwise. */
export async function updateZone(q: Queryable, theatreId: string, id: string, version: number, z: ZoneFields, during: Window[]): Promise<boolean> {
  const rows = await q.query(
    `UPDATE zones SET name = $4, geometry = ST_Force2D(ST_GeomFromGeoJSON($5)), width_m = $6, prohibits = $7, closed_to_movements = $8,
       valid_from = $9, valid_to = $10, windows = $11, during = $12, withdrawal = $13, version = version + 1, updated_at = now()
     WHERE theatre_id = $1 AND id = $2 AND version = $3 AND withdrawn_at IS NULL RETURNING id`,
    [theatreId, id, version, z.name, JSON.stringify(z.geometry), z.width_m, z.prohibits, z.closed_to_movements, z.valid_from, z.valid_to,
      JSON.stringify(z.windows), multirange(during), JSON.stringify(z.withdrawal)],
  )
  return rows.length > 0
}

export async function withdrawZone(q: Queryable, theatreId: string, id: string): Promise<boolean> {
  const rows = await q.query(
    `UPDATE zones SET withdrawn_at = now(), version = version + 1, updated_at = now()
     WHERE theatre_id = $1 AND id = $2 AND withdrawn_at IS NULL RETURNING id`,
    [theatreId, id],
  )
  return rows.length > 0
}

/** The zones whose footprints follow an agreement (or one zone), with their whole expanded schedules. */
export async function shapesOf(q: Queryable, theatreId: string, by: { agreementId: string } | { zoneId: string }): Promise<ZoneShape[]> {
  return q.query<ZoneShape>(
    `SELECT z.id, z.version, z.name, z.kind, ST_AsGeoJSON(z.geometry)::json AS geometry, z.width_m, z.prohibits, z.closed_to_movements,
       (SELECT coalesce(json_agg(json_build_array(lower(r), upper(r)) ORDER BY lower(r)), '[]') FROM unnest(z.during) r) AS during
     FROM zones z
     WHERE z.theatre_id = $1 AND z.withdrawn_at IS NULL AND ($2::uuid IS NULL OR z.agreement_id = $2::uuid) AND ($3::uuid IS NULL OR z.id = $3::uuid)
     ORDER BY z.id`,
    [theatreId, 'agreementId' in by ? by.agreementId : null, 'zoneId' in by ? by.zoneId : null],
  )
}

/** The names of these zones (with their agreement's id) and agreements, withdrawn or not. */
export async function namesOf(q: Queryable, theatreId: string, zoneIds: string[], agreementIds: string[]) {
  return q.query<{ kind: 'zone' | 'agreement'; id: string; name: string; agreement_id: string }>(
    `SELECT 'zone' AS kind, id, name, agreement_id FROM zones WHERE theatre_id = $1 AND id = ANY($2::uuid[])
     UNION ALL
     SELECT 'agreement', agreement_id, name, agreement_id FROM zone_agreements WHERE theatre_id = $1 AND agreement_id = ANY($3::uuid[])
     ORDER BY name`,
    [theatreId, zoneIds, agreementIds],
  )
}

/** The agreement as the zones know it; locked, so its status cannot change under a zone being written. */
export async function agreementOf(q: Queryable, theatreId: string, agreementId: string): Promise<AgreementRow | undefined> {
  const [row] = await q.query<AgreementRow>(
    'SELECT agreement_id, name, status FROM zone_agreements WHERE theatre_id = $1 AND agreement_id = $2 FOR UPDATE',
    [theatreId, agreementId],
  )
  return row
}

/** Records an agreement's name and status; entering or leaving in_force opens or closes a period of `in_force`. */
export async function putAgreement(q: Queryable, theatreId: string, a: { id: string; name: string; status: string; since?: string }): Promise<void> {
  await q.query(
    `INSERT INTO zone_agreements (theatre_id, agreement_id, name, status, in_force)
     VALUES ($1, $2, $3, $4, CASE WHEN $4 = 'in_force' THEN tstzmultirange(tstzrange($5::timestamptz, NULL)) ELSE '{}' END)
     ON CONFLICT (theatre_id, agreement_id) DO UPDATE SET name = EXCLUDED.name, status = EXCLUDED.status,
       in_force = CASE
         WHEN EXCLUDED.status = 'in_force' AND zone_agreements.status <> 'in_force'
           THEN zone_agreements.in_force + tstzmultirange(tstzrange($5::timestamptz, NULL))
         WHEN EXCLUDED.status <> 'in_force' AND zone_agreements.status = 'in_force'
           THEN zone_agreements.in_force - tstzmultirange(tstzrange($5::timestamptz, NULL))
         ELSE zone_agreements.in_force END`,
    [theatreId, a.id, a.name, a.status, a.since ?? new Date().toISOString()],
  )
}

export interface ZoneInForce {
  id: string
  name: string
  kind: ZoneKind
  agreement_id: string
  agreement_name: string
  prohibits: ActivityKind[]
}

/**
 * The zones in force at some instant of [start, end] (their agreement in force, their schedule open, not yet
 * withdrawn) that meet `area` (a corridor widened by half its width): what an incident there and then may breach.
 * Read from the zones' own history rather than footprints, which exist only while an agreement is in force now.
 */
export async function inForceMeeting(q: Queryable, theatreId: string, area: Geometry, start: string, end: string): Promise<ZoneInForce[]> {
  return q.query<ZoneInForce>(
    `SELECT z.id, z.name, z.kind, z.agreement_id, a.name AS agreement_name, z.prohibits
     FROM zones z JOIN zone_agreements a ON a.theatre_id = z.theatre_id AND a.agreement_id = z.agreement_id,
       (SELECT ST_SetSRID(ST_GeomFromGeoJSON($2), 4326) AS g) s
     WHERE z.theatre_id = $1
       AND (z.during * a.in_force * tstzmultirange(tstzrange(NULL, z.withdrawn_at))) && tstzrange($3::timestamptz, $4::timestamptz, '[]')
       AND z.geometry && ${expandedByMetres('s.g', MAX_WIDTH_M / 2)}
       AND ST_DWithin(z.geometry::geography, s.g::geography, coalesce(z.width_m / 2, 0))
     ORDER BY a.name, z.name, z.id`,
    [theatreId, JSON.stringify(area), start, end],
  )
}
