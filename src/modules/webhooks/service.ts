import crypto from 'node:crypto'
import type { Db } from '../../db/engine.ts'
import { newId } from '../../db/ids.ts'
import { audience } from '../../authz/audience.ts'
import type { TheatreAccess } from '../../authz/access.ts'
import { Problem, conflict, invalidField, notFound } from '../../http/problem.ts'
import type { ActorsService } from '../actors/service.ts'
import type { LedgerService, Tx } from '../ledger/service.ts'
import { Outbox } from './outbox.ts'
import type { CreateWebhook } from './schema.ts'
import * as store from './store.ts'
import { DeliveryWorker } from './worker.ts'

/** Each webhook adds a row per ledger entry it sees: a bound keeps one actor from slowing every write down. */
export const MAX_PER_ACTOR = 20

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString())

const toWebhook = (r: store.WebhookRow) => ({
  id: r.id,
  theatreId: r.theatre_id,
  actorId: r.actor_id,
  url: r.url,
  description: r.description,
  events: r.events,
  version: r.version,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
})
type Webhook = ReturnType<typeof toWebhook>

const toDelivery = (r: store.DeliveryRow) => ({
  id: r.id,
  webhookId: r.webhook_id,
  seq: Number(r.seq),
  action: r.action,
  status: r.status,
  attempts: r.attempts,
  responseCode: r.response_code,
  lastError: r.last_error,
  nextAttemptAt: iso(r.next_attempt_at),
  deliveredAt: iso(r.delivered_at),
  createdAt: iso(r.created_at)!,
  attemptLog: r.attempt_log,
})

/** An http(s) URL without credentials (the signature authenticates the sender; fetch refuses URLs with them anyway). */
function checkUrl(text: string): string {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw invalidField('/body/url', 'must be an http or https URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalidField('/body/url', 'must be an http or https URL')
  if (url.username || url.password) throw invalidField('/body/url', 'must not carry a user name or password')
  return url.href
}

export class WebhooksService {
  private readonly outbox = new Outbox()
  /** Sends the outbox; `truce serve` runs it as a background job, tests call runOnce. */
  readonly worker: DeliveryWorker

  constructor(
    private readonly db: Db,
    private readonly ledger: LedgerService,
    private readonly actors: ActorsService,
  ) {
    ledger.onAppend(this.outbox.onAppend)
    this.worker = new DeliveryWorker(db, ledger)
  }

  /** An actor's admins (and the coordinator's) register its webhooks; the secret is in this answer only. */
  async create(access: TheatreAccess, input: CreateWebhook) {
    const url = checkUrl(input.url)
    const actor = await this.actors.get(access, input.actorId).catch((e) => {
      throw e instanceof Problem && e.status === 404 ? invalidField('/body/actorId', 'is not an actor of this theatre') : e
    })
    access.require(access.mayActFor(actor.id, 'admin'), "only the actor's admins or the coordinator's admins register its webhooks")
    if ((await store.countWebhooks(this.db, access.theatre.id, actor.id)) >= MAX_PER_ACTOR) {
      throw conflict(`an actor may have at most ${MAX_PER_ACTOR} webhooks`, [{ path: '/body/actorId', message: `has ${MAX_PER_ACTOR} webhooks already` }])
    }
    const secret = `whsec_${crypto.randomBytes(32).toString('base64url')}`
    return this.outbox.change(access.theatre.id, () =>
      this.ledger.transact(async (tx) => {
        const webhook = toWebhook(
          await store.insertWebhook(tx.q, {
            theatre_id: access.theatre.id,
            id: newId(),
            actor_id: actor.id,
            actor_kind: actor.kind,
            url,
            description: input.description ?? null,
            events: input.events ?? [],
            secret,
            created_by: access.principal.user.id,
          }),
        )
        await this.ledgerWebhook(tx, access, 'webhook.create', webhook)
        return { ...webhook, secret }
      }),
    )
  }

  private ledgerWebhook(tx: Tx, access: TheatreAccess, action: string, webhook: Webhook) {
    return tx.append({
      theatre: access.theatre.id,
      actor: webhook.actorId,
      user: access.principal.user.id,
      action,
      subject: { kind: 'webhook', id: webhook.id },
      version: webhook.version,
      payload: webhook,
      audience: audience.actorOnly(webhook.actorId),
    })
  }

  /** The webhooks of the actors the caller administers (all of them for the coordinator's admins). */
  async list(access: TheatreAccess, opts: { actorId?: string; after?: string; limit: number }) {
    const actorIds = access.isCoordinatorAdmin ? null : access.memberships.filter((m) => m.role === 'admin').map((m) => m.actorId)
    return (await store.listWebhooks(this.db, access.theatre.id, { ...opts, actorIds })).map(toWebhook)
  }

  /**
   * One webhook, for its actor's admins. Its actor's other members know of it from the ledger and are refused (403);
   * to anyone else it does not exist (404).
   */
  async get(access: TheatreAccess, id: string): Promise<Webhook> {
    const row = await store.getWebhook(this.db, access.theatre.id, id)
    if (!row || !access.canSee(audience.actorOnly(row.actor_id))) throw notFound(`webhook ${id}`)
    access.require(access.mayActFor(row.actor_id, 'admin'), "only the actor's admins or the coordinator's admins manage its webhooks")
    return toWebhook(row)
  }

  /** Deletes a webhook with its deliveries: those pending, and the log. */
  async remove(access: TheatreAccess, id: string) {
    const webhook = await this.get(access, id)
    await this.outbox.change(access.theatre.id, () =>
      this.ledger.transact(async (tx) => {
        await store.deleteWebhook(tx.q, access.theatre.id, id)
        await this.ledgerWebhook(tx, access, 'webhook.delete', webhook)
      }),
    )
  }

  async deliveries(access: TheatreAccess, id: string, opts: { status?: string; before?: string; limit: number }) {
    const webhook = await this.get(access, id)
    return (await store.listDeliveries(this.db, access.theatre.id, webhook.id, opts)).map(toDelivery)
  }
}
