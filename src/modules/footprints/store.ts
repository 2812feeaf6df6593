import type { Queryable } from '../../db/engine.ts'
import type { FootprintInput, FootprintKind, Overlap, Window } from './service.ts'

/** Time ranges arrive as [start, end] pairs; an end of null is open (until further notice). */
const DURING = `(SELECT coalesce(range_agg(tstzrange(s, e, '[)')), '{}'::tstzmultirange)
  FROM unnest($1::timestamptz[], $2::timestamptz[]) AS u(s, e))`

function duringParams(windows: Window[]) {
  return [windows.map((w) => w[0]), windows.map((w) => w[1])]
}

export async function upsert(q: Queryable, f: FootprintInput): Promise<void> {
  await q.query(
    `INSERT INTO footprints (theatre_id, subject_kind, subject_id, version, ref, owner_actor_id, shape, during, attrs)
     VALUES ($3, $4, $5, $6, $7, $8,
       CASE WHEN $10::float8 > 0 THEN ST_Buffer(ST_GeomFromGeoJSON($9)::geography, $10::float8)::geometry ELSE ST_GeomFromGeoJSON($9) END,
       ${DURING}, $11)
     ON CONFLICT (theatre_id, subject_kind, subject_id) DO UPDATE SET version = EXCLUDED.version, ref = EXCLUDED.ref,
       owner_actor_id = EXCLUDED.owner_actor_id, shape = EXCLUDED.shape, during = EXCLUDED.during, attrs = EXCLUDED.attrs`,
    [...duringParams(f.during), f.theatreId, f.kind, f.subjectId, f.version, f.ref ?? null, f.ownerActorId ?? null, JSON.stringify(f.geometry), f.bufferM ?? 0, JSON.stringify(f.attrs ?? {})],
  )
}

export async function remove(q: Queryable, theatreId: string, kind: FootprintKind, subjectId: string): Promise<void> {
  await q.query('DELETE FROM footprints WHERE theatre_id = $1 AND subject_kind = $2 AND subject_id = $3', [theatreId, kind, subjectId])
}

/** What has a footprint (the table's CHECK allows these). */
export const FOOTPRINT_KINDS = ['site', 'movement', 'activity', 'zone'] as const

/** A kind as an SQL literal: only the four there are, so nothing else can reach the statement's text. */
function kindLiteral(kind: FootprintKind): string {
  if (!(FOOTPRINT_KINDS as readonly string[]).includes(kind)) throw new Error(`not a footprint kind: ${kind}`)
  return `'${kind}'`
}

/**
 * Footprints of the given kinds that meet the subject's in space and time. Where and when they meet is left in the
 * database: footprint_meetings() gives it for those that matter (migration 0017).
 *
 * The kinds are written into the statement, not passed as values (there are a handful of combinations, each its own
 * prepared statement). Given as values, PostgreSQL could use them only in a plan made for them: its plan made without
 * them scanned every kind near the subject, so it planned the statement again on every call, 1.5–2 ms of a 3–5 ms
 * query over 100,000 sites. With the kinds in the text it keeps one plan per connection.
 */
export function overlappingSql(kind: FootprintKind, kinds: FootprintKind[]): string {
  return `SELECT o.subject_kind AS kind, o.subject_id AS "subjectId", o.version, o.ref, o.owner_actor_id AS "ownerActorId", o.attrs,
       o.during @> s.during AS "coversDuring", s.during @> o.during AS "coveredBy"
     FROM footprints s JOIN footprints o
       ON o.theatre_id = s.theatre_id AND ST_Intersects(o.shape, s.shape) AND o.during && s.during
     WHERE s.theatre_id = $1 AND s.subject_kind = ${kindLiteral(kind)} AND s.subject_id = $2
       AND o.subject_kind IN (${kinds.map(kindLiteral).join(', ')}) AND NOT (o.subject_kind = s.subject_kind AND o.subject_id = s.subject_id)`
}

export async function overlapping(q: Queryable, theatreId: string, kind: FootprintKind, subjectId: string, kinds: FootprintKind[]): Promise<Overlap[]> {
  return q.query<Overlap>(overlappingSql(kind, kinds), [theatreId, subjectId])
}
