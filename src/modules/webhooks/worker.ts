import crypto from 'node:crypto'
import type { Db } from '../../db/engine.ts'
import { VERSION } from '../../version.ts'
import type { LedgerService } from '../ledger/service.ts'
import { refusedDestination } from './destination.ts'
import * as store from './store.ts'

/** The wait after each failed attempt: twelve attempts over about two days, then the delivery is 'failed'. */
export const BACKOFF_MS = [10, 30, 120, 600, 3600, 7200, 14400, 28800, 43200, 43200, 43200].map((s) => s * 1000)
export const MAX_ATTEMPTS = BACKOFF_MS.length + 1

/** How many deliveries one run claims (and sends at once). */
const BATCH = 20

/** `X-Truce-Signature`: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed with the secret>`. */
export function signature(secret: string, unixSeconds: number, body: string): string {
  return `t=${unixSeconds},v1=${crypto.createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex')}`
}

function describeFailure(e: unknown, timeoutMs: number): string {
  const err = e as Error & { cause?: { code?: string; message?: string } }
  if (err.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`
  // fetch reports every network failure as "fetch failed"; the cause says which (ECONNREFUSED, ENOTFOUND, …).
  return String(err.cause?.code ?? err.cause?.message ?? err.message).slice(0, 500)
}

/**
 * Sends the outbox: claims due deliveries, POSTs each, and records the attempt. Its state is all in the database,
 * so a restarted process (or another one) carries on where this one stopped; delivery is at least once.
 */
export class DeliveryWorker {
  /** How long a receiver has to answer. */
  timeoutMs = 10_000
  /** Whether receivers on private and loopback addresses are allowed (TRUCE_WEBHOOK_PRIVATE=allow; tests). */
  allowPrivate = false

  constructor(
    private readonly db: Db,
    private readonly ledger: LedgerService,
  ) {}

  /**
   * One pass: sends the deliveries due at `now` (which tests move forward to step through the backoff); returns how
   * many it attempted.
   */
  async runOnce(now = new Date()): Promise<number> {
    // The lease outlasts the request timeout: a delivery is only claimed again if its worker died mid-attempt.
    const claimed = await store.claimDue(this.db, now, new Date(now.getTime() + this.timeoutMs + 60_000), BATCH)
    await Promise.all(claimed.map((d) => this.attempt(d, now)))
    return claimed.length
  }

  private async attempt(d: store.Claimed, now: Date) {
    const seq = Number(d.seq)
    const started = Date.now()
    let responseCode: number | null = null
    let error: string | null = null
    try {
      const refused = this.allowPrivate ? undefined : await refusedDestination(d.url)
      if (refused) throw new Error(refused)
      const found = await this.ledger.get(d.theatre_id, seq)
      if (!found) throw new Error(`ledger entry ${seq} is missing`)
      const body = JSON.stringify({ id: d.id, theatre: d.theatre_id, seq, action: d.action, entry: found.entry })
      const res = await fetch(d.url, {
        method: 'POST',
        // A redirect is not followed (it could lead anywhere); it counts as a failed attempt.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': `Truce/${VERSION}`,
          // The wall clock, not `now`: receivers check the timestamp against theirs to refuse replays.
          'x-truce-signature': signature(d.secret, Math.floor(Date.now() / 1000), body),
          'x-truce-event': d.action,
          'x-truce-delivery': d.id,
        },
        body,
      })
      responseCode = res.status
      await res.body?.cancel()
      if (res.status < 200 || res.status > 299) error = `answered HTTP ${res.status}`
    } catch (e) {
      error = describeFailure(e, this.timeoutMs)
    }
    const giveUp = error !== null && d.attempts >= MAX_ATTEMPTS
    await store.recordAttempt(this.db, d, {
      status: error === null ? 'delivered' : giveUp ? 'failed' : 'pending',
      nextAttemptAt: error === null || giveUp ? null : new Date(now.getTime() + BACKOFF_MS[d.attempts - 1]),
      deliveredAt: error === null ? now : null,
      attempt: { attempt: d.attempts, at: now.toISOString(), responseCode, error, durationMs: Date.now() - started },
    })
  }
}
