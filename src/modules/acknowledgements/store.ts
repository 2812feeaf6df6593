import type { Queryable } from '../../db/engine.ts'

export interface AckRow {
  theatre_id: string
  id: string
  subject_kind: 'site' | 'movement'
  subject_id: string
  subject_ref: string
  subject_version: number
  subject_name: string
  owner_id: string
  party_id: string
  deadline: Date
  state: 'pending' | 'acknowledged' | 'objected' | 'expired' | 'superseded'
  reason: string | null
  party_signature: string | null
  answered_by: string | null
  answered_at: Date | null
  ledger_seq: number | null
  audience: string[]
  version: number
  created_at: Date
  updated_at: Date
}

const COLUMNS = `theatre_id, id, subject_kind, subject_id, subject_ref, subject_version, subject_name, owner_id, party_id,
  deadline, state, reason, party_signature, answered_by, answered_at, ledger_seq, audience, version, created_at, updated_at`

type NewAck = Pick<AckRow, 'theatre_id' | 'id' | 'subject_kind' | 'subject_id' | 'subject_ref' | 'subject_version' | 'subject_name' | 'owner_id' | 'party_id' | 'deadline' | 'audience'>

/** The requests to several parties in one statement; the rows come back in the order given. */
export async function insertMany(q: Queryable, acks: NewAck[]): Promise<AckRow[]> {
  if (!acks.length) return []
  const values = acks.map((_, i) => `(${Array.from({ length: 11 }, (_, c) => `$${i * 11 + c + 1}`).join(', ')}, 'pending')`)
  const rows = await q.query<AckRow>(
    `INSERT INTO acknowledgements (theatre_id, id, subject_kind, subject_id, subject_ref, subject_version, subject_name, owner_id, party_id, deadline, audience, state)
     VALUES ${values.join(', ')} RETURNING ${COLUMNS}`,
    acks.flatMap((a) => [a.theatre_id, a.id, a.subject_kind, a.subject_id, a.subject_ref, a.subject_version, a.subject_name, a.owner_id, a.party_id, a.deadline, a.audience]),
  )
  const byId = new Map(rows.map((r) => [r.id, r]))
  return acks.map((a) => byId.get(a.id)!)
}

/** Pending acknowledgements of a subject's earlier versions no longer ask anything: the new version replaces them. */
export async function supersedePending(q: Queryable, theatreId: string, subjectId: string, beforeVersion: number): Promise<AckRow[]> {
  return q.query<AckRow>(
    `UPDATE acknowledgements SET state = 'superseded', version = version + 1, updated_at = now()
     WHERE theatre_id = $1 AND subject_id = $2 AND subject_version < $3 AND state IN ('pending', 'expired') RETURNING ${COLUMNS}`,
    [theatreId, subjectId, beforeVersion],
  )
}

export async function get(q: Queryable, theatreId: string, id: string, forUpdate = false): Promise<AckRow | undefined> {
  const [row] = await q.query<AckRow>(`SELECT ${COLUMNS} FROM acknowledgements WHERE theatre_id = $1 AND id = $2${forUpdate ? ' FOR UPDATE' : ''}`, [theatreId, id])
  return row
}

export async function answer(
  q: Queryable,
  theatreId: string,
  id: string,
  a: { state: 'acknowledged' | 'objected'; reason: string | null; partySignature: string | null; answeredBy: string },
): Promise<AckRow> {
  const [row] = await q.query<AckRow>(
    `UPDATE acknowledgements SET state = $3, reason = $4, party_signature = $5, answered_by = $6, answered_at = now(),
       version = version + 1, updated_at = now()
     WHERE theatre_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [theatreId, id, a.state, a.reason, a.partySignature, a.answeredBy],
  )
  return row
}

export async function setLedgerSeq(q: Queryable, theatreId: string, id: string, seq: number) {
  await q.query('UPDATE acknowledgements SET ledger_seq = $3 WHERE theatre_id = $1 AND id = $2', [theatreId, id, seq])
}

export async function list(
  q: Queryable,
  theatreId: string,
  f: { audience: string[] | null; state?: string; subjectId?: string; partyId?: string; after?: string; limit: number },
): Promise<AckRow[]> {
  return q.query<AckRow>(
    `SELECT ${COLUMNS} FROM acknowledgements
     WHERE theatre_id = $1 AND ($2::text[] IS NULL OR audience && $2::text[]) AND ($3::text IS NULL OR state = $3::text)
       AND ($4::uuid IS NULL OR subject_id = $4::uuid) AND ($5::uuid IS NULL OR party_id = $5::uuid)
       AND ($6::uuid IS NULL OR id > $6::uuid)
     ORDER BY id LIMIT $7`,
    [theatreId, f.audience, f.state ?? null, f.subjectId ?? null, f.partyId ?? null, f.after ?? null, f.limit],
  )
}

/** The acknowledgements of one version of a subject: whether a movement is cleared. */
export async function ofVersion(q: Queryable, theatreId: string, subjectId: string, version: number): Promise<AckRow[]> {
  return q.query<AckRow>(`SELECT ${COLUMNS} FROM acknowledgements WHERE theatre_id = $1 AND subject_id = $2 AND subject_version = $3`, [
    theatreId,
    subjectId,
    version,
  ])
}

/** Claims pending acknowledgements past their deadline, across theatres; SKIP LOCKED lets several processes share the work. */
export async function claimOverdue(q: Queryable, now: Date, limit: number): Promise<AckRow[]> {
  return q.query<AckRow>(
    `UPDATE acknowledgements SET state = 'expired', version = version + 1, updated_at = now()
     WHERE (theatre_id, id) IN (
       SELECT theatre_id, id FROM acknowledgements WHERE state = 'pending' AND deadline < $1
       ORDER BY deadline LIMIT $2 FOR UPDATE SKIP LOCKED)
     RETURNING ${COLUMNS}`,
    [now, limit],
  )
}

/** When a party first acknowledged each of these subjects (any version), no later than `before`. */
export async function firstAcknowledged(q: Queryable, theatreId: string, partyId: string, subjectIds: string[], before: string) {
  return q.query<{ subject_id: string; subject_version: number; answered_at: Date; audience: string[] }>(
    `SELECT DISTINCT ON (subject_id) subject_id, subject_version, answered_at, audience FROM acknowledgements
     WHERE theatre_id = $1 AND party_id = $2 AND subject_id = ANY($3::uuid[]) AND state = 'acknowledged' AND answered_at <= $4::timestamptz
     ORDER BY subject_id, answered_at`,
    [theatreId, partyId, subjectIds, before],
  )
}

export interface ConductRow {
  party_id: string
  requested: number
  acknowledged: number
  on_time: number
  objected: number
  expired: number
  pending: number
  median_hours: number | null
}

/**
 * How each party answered the notifications it was asked to acknowledge in [from, to): answered, in time, objected,
 * let expire, and the median time to acknowledge. Requests superseded by a newer version before an answer are left
 * out: the party was asked again.
 */
export async function conduct(q: Queryable, theatreId: string, from: string, to: string): Promise<ConductRow[]> {
  return q.query<ConductRow>(
    `SELECT party_id,
       count(*)::int AS requested,
       count(*) FILTER (WHERE state = 'acknowledged')::int AS acknowledged,
       count(*) FILTER (WHERE state = 'acknowledged' AND answered_at <= deadline)::int AS on_time,
       count(*) FILTER (WHERE state = 'objected')::int AS objected,
       count(*) FILTER (WHERE state = 'expired')::int AS expired,
       count(*) FILTER (WHERE state = 'pending')::int AS pending,
       (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - created_at))
          FILTER (WHERE state = 'acknowledged')) / 3600.0 AS median_hours
     FROM acknowledgements
     WHERE theatre_id = $1 AND created_at >= $2::timestamptz AND created_at < $3::timestamptz AND state <> 'superseded'
     GROUP BY party_id`,
    [theatreId, from, to],
  )
}
