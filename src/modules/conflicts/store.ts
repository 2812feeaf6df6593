import type { Queryable } from '../../db/engine.ts'
import type { Geometry } from '../../geo/geojson.ts'
import type { Window } from '../footprints/service.ts'

export interface ConflictRow {
  theatre_id: string
  id: string
  ref: string
  rule: string
  severity: string
  a_kind: string
  a_id: string
  a_version: number
  a_owner: string | null
  b_kind: string
  b_id: string
  b_version: number
  b_owner: string | null
  facts: Record<string, any>
  area: Geometry | null
  during: Window[]
  status: 'open' | 'acknowledged' | 'resolved' | 'accepted' | 'superseded' | 'withdrawn'
  note: string | null
  resolved_by: string | null
  audience: string[]
  version: number
  created_at: Date
  updated_at: Date
}

const COLUMNS = `theatre_id, id, ref, rule, severity, a_kind, a_id, a_version, a_owner, b_kind, b_id, b_version, b_owner, facts,
  ST_AsGeoJSON(area, 6)::json AS area, during, status, note, resolved_by, audience, version, created_at, updated_at`

/** As the engine finds it; where and when the two meet is added in the database (insertFound). */
export type NewConflict = Omit<ConflictRow, 'theatre_id' | 'area' | 'during' | 'status' | 'note' | 'resolved_by' | 'version' | 'created_at' | 'updated_at'>

/**
 * Inserts what one check of a subject's footprint found, in one statement whatever the number (an activity over a
 * city meets thousands of sites): the rows travel as one JSON document through the footprints module's
 * footprint_meetings(), which adds where and when the subject meets the footprint of each conflict's other side.
 */
export async function insertFound(q: Queryable, theatreId: string, subject: { kind: string; id: string }, found: NewConflict[]): Promise<void> {
  const others = found.map((c) =>
    c.a_kind === subject.kind && c.a_id === subject.id ? { kind: c.b_kind, id: c.b_id, conflict: c } : { kind: c.a_kind, id: c.a_id, conflict: c },
  )
  const [{ n }] = await q.query<{ n: number }>(
    `WITH inserted AS (
       INSERT INTO conflicts (theatre_id, id, ref, rule, severity, a_kind, a_id, a_version, a_owner, b_kind, b_id, b_version, b_owner,
         facts, area, during, status, audience)
       SELECT $1, c.id, c.ref, c.rule, c.severity, c.a_kind, c.a_id, c.a_version, c.a_owner, c.b_kind, c.b_id, c.b_version, c.b_owner,
         c.facts, m.area, m.during, 'open', c.audience
       FROM footprint_meetings($1, $2, $3, $4::jsonb) m, jsonb_populate_record(NULL::conflicts, m.item->'conflict') c
       RETURNING 1)
     SELECT count(*)::int AS n FROM inserted`,
    [theatreId, subject.kind, subject.id, JSON.stringify(others)],
  )
  // A conflict whose footprints were not both found would be left out silently, yet recorded in the ledger.
  if (n !== found.length) throw new Error(`recorded ${n} of ${found.length} conflicts of ${subject.kind} ${subject.id}: a footprint is missing`)
}

/** What the engine reads of a conflict it re-checks, and what its ledger entries record. */
export type Brief = Pick<ConflictRow, 'id' | 'ref' | 'rule' | 'severity' | 'a_id' | 'a_version' | 'b_id' | 'b_version' | 'status' | 'version' | 'audience'>
const BRIEF = 'id, ref, rule, severity, a_id, a_version, b_id, b_version, status, version, audience'

/** Live conflicts (open or acknowledged) that involve a subject. */
export async function liveOf(q: Queryable, theatreId: string, subjectId: string): Promise<Brief[]> {
  return q.query<Brief>(
    `SELECT ${BRIEF} FROM conflicts WHERE theatre_id = $1 AND (a_id = $2 OR b_id = $2) AND status IN ('open', 'acknowledged')`,
    [theatreId, subjectId],
  )
}

export async function setStatus(q: Queryable, theatreId: string, id: string, status: ConflictRow['status'], note: string | null, by: string | null) {
  const [row] = await q.query<ConflictRow>(
    `UPDATE conflicts SET status = $3, note = coalesce($4, note), resolved_by = coalesce($5, resolved_by), version = version + 1, updated_at = now()
     WHERE theatre_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [theatreId, id, status, note, by],
  )
  return row
}

/** Moves many conflicts to a status the engine sets (superseded, withdrawn), in one statement. */
export async function setStatusMany(q: Queryable, theatreId: string, ids: string[], status: 'superseded' | 'withdrawn'): Promise<Brief[]> {
  return q.query<Brief>(
    `UPDATE conflicts SET status = $3, version = version + 1, updated_at = now()
     WHERE theatre_id = $1 AND id = ANY($2::uuid[]) RETURNING ${BRIEF}`,
    [theatreId, ids, status],
  )
}

export async function get(q: Queryable, theatreId: string, id: string, forUpdate = false): Promise<ConflictRow | undefined> {
  const [row] = await q.query<ConflictRow>(`SELECT ${COLUMNS} FROM conflicts WHERE theatre_id = $1 AND id = $2${forUpdate ? ' FOR UPDATE' : ''}`, [theatreId, id])
  return row
}

export async function list(
  q: Queryable,
  theatreId: string,
  f: { audience: string[] | null; status?: string; subjectId?: string; after?: string; limit: number },
): Promise<ConflictRow[]> {
  return q.query<ConflictRow>(
    `SELECT ${COLUMNS} FROM conflicts
     WHERE theatre_id = $1 AND ($2::text[] IS NULL OR audience && $2::text[]) AND ($3::text IS NULL OR status = $3::text)
       AND ($4::uuid IS NULL OR a_id = $4::uuid OR b_id = $4::uuid) AND ($5::uuid IS NULL OR id > $5::uuid)
     ORDER BY id LIMIT $6`,
    [theatreId, f.audience, f.status ?? null, f.subjectId ?? null, f.after ?? null, f.limit],
  )
}

/**
 * Conflicts live at `at`, by rule and severity: found by then and not settled before (a settled conflict's last change
 * is its settling, so one changed after `at` was still live at `at`).
 */
export async function liveCounts(q: Queryable, theatreId: string, at: string) {
  return q.query<{ rule: string; severity: string; count: number }>(
    `SELECT rule, severity, count(*)::int AS count FROM conflicts
     WHERE theatre_id = $1 AND created_at < $2::timestamptz
       AND (status IN ('open', 'acknowledged') OR (status IN ('resolved', 'accepted') AND updated_at >= $2::timestamptz))
     GROUP BY rule, severity ORDER BY rule, severity`,
    [theatreId, at],
  )
}
