import type { Queryable } from '../../db/engine.ts'
import type { SignedEntry } from './chain.ts'

export interface EntryRow {
  theatre_id: string
  seq: number
  audience: string[]
  body: string
  prev_hash: string
  hash: string
  signature: string
  key_id: string
}

/** Locks the chain's head (creating it on first use) and returns it: appends to one chain run one at a time. */
export async function lockHead(q: Queryable, chain: string, genesis: string): Promise<{ seq: number; hash: string }> {
  const [head] = await q.query<{ seq: number; hash: string }>(
    `INSERT INTO ledger_heads (theatre_id, seq, hash) VALUES ($1, 0, $2)
     ON CONFLICT (theatre_id) DO UPDATE SET seq = ledger_heads.seq
     RETURNING seq, hash`,
    [chain, genesis],
  )
  return { seq: Number(head.seq), hash: head.hash }
}

const COLUMNS_PER_ROW = 13

/** Raised by insertEntries when a chain's head had moved from the seq its entries were chained on. */
export const HEAD_MOVED = 'TL409'

/**
 * Writes a transaction's entries in multi-row inserts (at most 1,000 rows, 13,000 parameters, a statement), the last
 * one moving the chains' heads in the same statement: the head stays locked until commit, so every round trip
 * saved here is time other writes to the chain do not wait. Each head moves only from the seq the entries were
 * chained on (`from`); when one had moved meanwhile (written by another process), the statement fails with
 * HEAD_MOVED. The last statement carries the transaction's COMMIT (QueryOptions.commit): nothing may follow it.
 *
 * The seq is compared in SET, not in WHERE: a head row that an uncommitted write is moving qualifies on its id alone,
 * so the statement waits for that write's row lock and then compares with the version it committed (PostgreSQL
 * re-reads a locked row once its holder commits). Compared in WHERE, it would be compared with the version this
 * statement's snapshot shows, from before that write, and fail. So a write may chain on a head whose write is still
 * committing, and send its entries at once: they wait in PostgreSQL for that commit, not in this process.
 */
export async function insertEntries(
  q: Queryable,
  rows: { entry: SignedEntry; body: string; audience: string[]; subjectIds?: string[] }[],
  heads: Map<string, { seq: number; hash: string }>,
  from: Map<string, number>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000)
    const values = chunk.map((_, r) => `(${Array.from({ length: COLUMNS_PER_ROW }, (_, c) => `$${r * COLUMNS_PER_ROW + c + 1}`).join(', ')})`)
    const params: unknown[] = chunk.flatMap(({ entry: e, body, audience, subjectIds }) => [
      e.theatre, e.seq, e.at, e.action, e.subject.kind, e.subject.id, subjectIds ?? null, audience, body, e.prevHash, e.hash, e.signature, e.keyId,
    ])
    const insert = `INSERT INTO ledger_entries (theatre_id, seq, at, action, subject_kind, subject_id, subject_ids, audience, body, prev_hash, hash, signature, key_id)
       VALUES ${values.join(', ')}`
    if (i + 1000 < rows.length) {
      await q.query(insert, params)
      continue
    }
    // One UPDATE per chain, each with its own scalar parameters: PostgreSQL then plans the statement once per
    // connection and keeps the plan. Given the chains as arrays to unnest, it guessed a hundred of them in a plan made
    // without the values, and planned the statement again on every write instead (a fifth of its time on a write).
    const n = params.length
    const moves = [...heads].map(([chain, head], c) => {
      const [id, seq, hash, fromSeq] = [1, 2, 3, 4].map((k) => `$${n + 4 * c + k}`)
      params.push(chain, head.seq, head.hash, from.get(chain))
      return `moved${c} AS (
         UPDATE ledger_heads h
         SET seq = CASE WHEN h.seq = ${fromSeq}::bigint THEN ${seq}::bigint ELSE h.seq END,
           hash = CASE WHEN h.seq = ${fromSeq}::bigint THEN ${hash}::text ELSE h.hash END
         WHERE h.theatre_id = ${id}::uuid
         RETURNING h.hash = ${hash}::text AS moved
       )`
    })
    await q.query(
      `WITH entries AS (${insert}),
       ${moves.join(',\n       ')}
       SELECT ledger_heads_moved(count(*) FILTER (WHERE moved), ${moves.length})
       FROM (${moves.map((_, c) => `SELECT moved FROM moved${c}`).join(' UNION ALL ')}) AS m`,
      params,
      { commit: true },
    )
  }
}

/** `audience` null: every entry (coordinators); otherwise entries whose audience shares a token with it. */
export async function listEntries(
  q: Queryable,
  chain: string,
  opts: { after: number; limit: number; audience: string[] | null; subjectId?: string },
): Promise<EntryRow[]> {
  return q.query<EntryRow>(
    `SELECT theatre_id, seq, audience, body, prev_hash, hash, signature, key_id FROM ledger_entries
     WHERE theatre_id = $1 AND seq > $2
       AND ($3::text[] IS NULL OR audience && $3::text[])
       AND ($4::uuid IS NULL OR subject_id = $4::uuid OR subject_ids @> ARRAY[$4::uuid])
     ORDER BY seq LIMIT $5`,
    [chain, opts.after, opts.audience, opts.subjectId ?? null, opts.limit],
  )
}

export async function getEntry(q: Queryable, chain: string, seq: number): Promise<EntryRow | undefined> {
  const [row] = await q.query<EntryRow>(
    `SELECT theatre_id, seq, audience, body, prev_hash, hash, signature, key_id FROM ledger_entries
     WHERE theatre_id = $1 AND seq = $2`,
    [chain, seq],
  )
  return row
}

export async function chainHead(q: Queryable, chain: string): Promise<{ seq: number; hash: string } | undefined> {
  const [row] = await q.query<{ seq: number; hash: string }>('SELECT seq, hash FROM ledger_heads WHERE theatre_id = $1', [chain])
  return row && { seq: Number(row.seq), hash: row.hash }
}

/** The seq of the chain's last entry about a kind of record (site, movement, …): 0 when there is none. */
export async function lastSeqOf(q: Queryable, chain: string, subjectKind: string): Promise<number> {
  const [row] = await q.query<{ seq: number | null }>('SELECT max(seq) AS seq FROM ledger_entries WHERE theatre_id = $1 AND subject_kind = $2', [chain, subjectKind])
  return Number(row?.seq ?? 0)
}

/** The chain's last entry written before `at`: what the head was then (the daily report prints it). */
export async function headAt(q: Queryable, chain: string, at: string): Promise<{ seq: number; hash: string } | undefined> {
  const [row] = await q.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM ledger_entries WHERE theatre_id = $1 AND at < $2::timestamptz ORDER BY seq DESC LIMIT 1',
    [chain, at],
  )
  return row && { seq: Number(row.seq), hash: row.hash }
}
