import type { Queryable } from '../../db/engine.ts'
import type { ActorKind } from '../../authz/principal.ts'

export interface WebhookRow {
  theatre_id: string
  id: string
  actor_id: string
  actor_kind: ActorKind
  url: string
  description: string | null
  events: string[]
  version: number
  created_at: Date
  updated_at: Date
}

/** Never the secret: only the worker, which signs, reads it (claimDue). */
const COLUMNS = 'theatre_id, id, actor_id, actor_kind, url, description, events, version, created_at, updated_at'

export async function insertWebhook(
  q: Queryable,
  w: Pick<WebhookRow, 'theatre_id' | 'id' | 'actor_id' | 'actor_kind' | 'url' | 'description' | 'events'> & { secret: string; created_by: string },
): Promise<WebhookRow> {
  const [row] = await q.query<WebhookRow>(
    `INSERT INTO webhooks (theatre_id, id, actor_id, actor_kind, url, description, events, secret, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
    [w.theatre_id, w.id, w.actor_id, w.actor_kind, w.url, w.description, w.events, w.secret, w.created_by],
  )
  return row
}

export async function getWebhook(q: Queryable, theatreId: string, id: string): Promise<WebhookRow | undefined> {
  const [row] = await q.query<WebhookRow>(`SELECT ${COLUMNS} FROM webhooks WHERE theatre_id = $1 AND id = $2`, [theatreId, id])
  return row
}

/** `actorIds` null: every webhook of the theatre. */
export async function listWebhooks(q: Queryable, theatreId: string, opts: { actorIds: string[] | null; actorId?: string; after?: string; limit: number }) {
  return q.query<WebhookRow>(
    `SELECT ${COLUMNS} FROM webhooks
     WHERE theatre_id = $1 AND ($2::uuid[] IS NULL OR actor_id = ANY($2::uuid[])) AND ($3::uuid IS NULL OR actor_id = $3::uuid)
       AND ($4::uuid IS NULL OR id > $4::uuid)
     ORDER BY id LIMIT $5`,
    [theatreId, opts.actorIds, opts.actorId ?? null, opts.after ?? null, opts.limit],
  )
}

export async function countWebhooks(q: Queryable, theatreId: string, actorId: string): Promise<number> {
  const [row] = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM webhooks WHERE theatre_id = $1 AND actor_id = $2', [theatreId, actorId])
  return row.n
}

/** Deletes the webhook, its secret and its deliveries (the ledger keeps the record of it). */
export async function deleteWebhook(q: Queryable, theatreId: string, id: string): Promise<void> {
  await q.query('DELETE FROM webhook_deliveries WHERE theatre_id = $1 AND webhook_id = $2', [theatreId, id])
  await q.query('DELETE FROM webhooks WHERE theatre_id = $1 AND id = $2', [theatreId, id])
}

/** What the outbox needs of a theatre's webhooks to decide, per ledger entry, which of them get it. */
export async function subscribers(q: Queryable, theatreId: string) {
  return q.query<Pick<WebhookRow, 'id' | 'actor_id' | 'actor_kind' | 'events'>>(
    'SELECT id, actor_id, actor_kind, events FROM webhooks WHERE theatre_id = $1',
    [theatreId],
  )
}

/** Joined with webhooks: a webhook just deleted (by another process, whose change this one's cache missed) gets none. */
export interface NewDelivery {
  theatreId: string
  id: string
  webhookId: string
  seq: number
  action: string
}

/** One statement for all of a transaction's deliveries; a webhook deleted meanwhile gets none. */
export async function insertDeliveries(q: Queryable, rows: NewDelivery[]) {
  await q.query(
    `INSERT INTO webhook_deliveries (theatre_id, id, webhook_id, seq, action)
     SELECT d.theatre_id, d.id, d.webhook_id, d.seq, d.action
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::bigint[], $5::text[]) AS d (theatre_id, id, webhook_id, seq, action)
     JOIN webhooks w ON w.theatre_id = d.theatre_id AND w.id = d.webhook_id`,
    [rows.map((r) => r.theatreId), rows.map((r) => r.id), rows.map((r) => r.webhookId), rows.map((r) => r.seq), rows.map((r) => r.action)],
  )
}

export interface DeliveryRow {
  theatre_id: string
  id: string
  webhook_id: string
  seq: number
  action: string
  status: 'pending' | 'delivered' | 'failed'
  attempts: number
  next_attempt_at: Date | null
  response_code: number | null
  last_error: string | null
  delivered_at: Date | null
  attempt_log: Attempt[]
  created_at: Date
}

export interface Attempt {
  attempt: number
  at: string
  responseCode: number | null
  error: string | null
  durationMs: number
}

/** A delivery a worker has claimed, with what it needs to send it. */
export interface Claimed {
  theatre_id: string
  id: string
  seq: number
  action: string
  attempts: number
  url: string
  secret: string
}

/**
 * Claims up to `limit` due deliveries: counts the attempt and pushes their next attempt to `leaseUntil`, so that no
 * other worker takes them meanwhile and, should this one die, another retries them once the lease is over. SKIP
 * LOCKED lets workers in several processes claim at once without waiting on each other.
 */
export async function claimDue(q: Queryable, now: Date, leaseUntil: Date, limit: number): Promise<Claimed[]> {
  return q.query<Claimed>(
    `WITH due AS (
       SELECT d.theatre_id, d.id, w.url, w.secret
       FROM webhook_deliveries d JOIN webhooks w ON w.theatre_id = d.theatre_id AND w.id = d.webhook_id
       WHERE d.status = 'pending' AND d.next_attempt_at <= $1
       ORDER BY d.next_attempt_at LIMIT $3
       FOR UPDATE OF d SKIP LOCKED)
     UPDATE webhook_deliveries d SET attempts = d.attempts + 1, next_attempt_at = $2
     FROM due WHERE d.theatre_id = due.theatre_id AND d.id = due.id
     RETURNING d.theatre_id, d.id, d.seq, d.action, d.attempts, due.url, due.secret`,
    [now, leaseUntil, limit],
  )
}

export async function recordAttempt(
  q: Queryable,
  d: Pick<Claimed, 'theatre_id' | 'id'>,
  r: { status: DeliveryRow['status']; nextAttemptAt: Date | null; deliveredAt: Date | null; attempt: Attempt },
): Promise<void> {
  await q.query(
    `UPDATE webhook_deliveries
     SET status = $3, next_attempt_at = $4, delivered_at = $5, response_code = $6, last_error = $7,
         attempt_log = attempt_log || jsonb_build_array($8::jsonb)
     WHERE theatre_id = $1 AND id = $2`,
    [d.theatre_id, d.id, r.status, r.nextAttemptAt, r.deliveredAt, r.attempt.responseCode, r.attempt.error, JSON.stringify(r.attempt)],
  )
}

/** A webhook's delivery log, newest first. */
export async function listDeliveries(q: Queryable, theatreId: string, webhookId: string, opts: { status?: string; before?: string; limit: number }) {
  return q.query<DeliveryRow>(
    `SELECT theatre_id, id, webhook_id, seq, action, status, attempts, next_attempt_at, response_code, last_error,
            delivered_at, attempt_log, created_at
     FROM webhook_deliveries
     WHERE theatre_id = $1 AND webhook_id = $2 AND ($3::text IS NULL OR status = $3) AND ($4::uuid IS NULL OR id < $4::uuid)
     ORDER BY id DESC LIMIT $5`,
    [theatreId, webhookId, opts.status ?? null, opts.before ?? null, opts.limit],
  )
}
