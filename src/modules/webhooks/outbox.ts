import { audienceOf, sharesAudience } from '../../authz/access.ts'
import type { Queryable } from '../../db/engine.ts'
import { newId } from '../../db/ids.ts'
import type { AppendHook } from '../ledger/service.ts'
import * as store from './store.ts'

interface Subscriber {
  id: string
  /** The audience tokens the webhook's actor matches; null: a coordinator's, which sees everything. */
  sees: string[] | null
  events: string[]
}

/**
 * How long a theatre's webhooks are kept in memory. Changes made in this process take effect at once; this bounds
 * how long a webhook registered through another process sharing the database can be missed here.
 */
const CACHE_MS = 5_000

const wants = (events: string[], action: string) => events.length === 0 || events.some((prefix) => action.startsWith(prefix))

/**
 * Writes the webhook outbox: inside the transaction of each ledger entry, one delivery per webhook of its theatre
 * whose actor may see the entry and which wants its action. A theatre's webhooks are cached, so appends in the many
 * theatres without any cost no query.
 */
export class Outbox {
  private readonly cache = new Map<string, { subscribers: Subscriber[]; until: number }>()
  /** Webhook changes in progress per theatre: while one runs, appends there read the webhooks afresh. */
  private readonly changing = new Map<string, number>()
  private generation = 0

  readonly onAppend: AppendHook = async (q, entries) => {
    const due: store.NewDelivery[] = []
    for (const { entry, audience } of entries) {
      for (const s of await this.subscribers(q, entry.theatre)) {
        if (sharesAudience(s.sees, audience) && wants(s.events, entry.action)) {
          due.push({ theatreId: entry.theatre, id: newId(), webhookId: s.id, seq: entry.seq, action: entry.action })
        }
      }
    }
    if (due.length) await store.insertDeliveries(q, due)
  }

  private async subscribers(q: Queryable, theatreId: string): Promise<Subscriber[]> {
    const cached = this.cache.get(theatreId)
    if (cached && cached.until > Date.now()) return cached.subscribers
    const generation = this.generation
    const subscribers = (await store.subscribers(q, theatreId)).map((r) => ({
      id: r.id,
      sees: audienceOf([{ actorId: r.actor_id, actorKind: r.actor_kind }]),
      events: r.events,
    }))
    // A change that began while this read ran may be missing from it: such a read is used once, never cached.
    if (generation === this.generation && !this.changing.has(theatreId)) this.cache.set(theatreId, { subscribers, until: Date.now() + CACHE_MS })
    return subscribers
  }

  /** Runs a change to a theatre's webhooks (its transaction, through commit), then forgets what was cached. */
  async change<T>(theatreId: string, fn: () => Promise<T>): Promise<T> {
    this.changing.set(theatreId, (this.changing.get(theatreId) ?? 0) + 1)
    this.forget(theatreId)
    try {
      return await fn()
    } finally {
      const left = this.changing.get(theatreId)! - 1
      if (left) this.changing.set(theatreId, left)
      else this.changing.delete(theatreId)
      this.forget(theatreId)
    }
  }

  private forget(theatreId: string) {
    this.cache.delete(theatreId)
    this.generation++
  }
}
