import { Type } from '@sinclair/typebox'
import { accessOf } from '../../http/auth.ts'
import { decodeCursor, page } from '../../http/pagination.ts'
import { Page, PageQuery, TheatreIdParams, TheatreParams, Uuid, problemResponses } from '../../http/schemas.ts'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import { CreateWebhook, CreatedWebhook, Delivery, DeliveryQuery, Webhook } from './schema.ts'

const tags = ['webhooks']

export function webhooksRoutes(app: App, { services }: AppContext) {
  const { webhooks, authz } = services

  app.post(
    '/theatres/:theatre/webhooks',
    {
      schema: {
        tags,
        summary: "Register a webhook for an actor (its admins); the signing secret is shown once",
        description:
          'Each ledger entry the actor may see (and whose action starts with one of `events`) is POSTed as JSON ' +
          '`{id, theatre, seq, action, entry}` with `X-Truce-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`, ' +
          '`X-Truce-Event: <action>` and `X-Truce-Delivery: <delivery id>`. A 2xx answer within 10 s delivers it; anything else is ' +
          'retried after 10 s, 30 s, 2 min, 10 min, 1 h, 2 h, 4 h, 8 h and 12 h thrice, then the delivery fails. Delivery is at ' +
          'least once and not necessarily in order: use `seq` and the delivery id.',
        params: TheatreParams,
        body: CreateWebhook,
        response: { 201: CreatedWebhook, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await webhooks.create(await accessOf(authz, req), req.body)),
  )

  app.get(
    '/theatres/:theatre/webhooks',
    {
      schema: {
        tags,
        summary: 'The webhooks of the actors you administer',
        params: TheatreParams,
        querystring: Type.Object({ ...PageQuery, actorId: Type.Optional(Uuid) }, { additionalProperties: false }),
        response: { 200: Page(Webhook), ...problemResponses(400, 401, 404) },
      },
    },
    async (req) => {
      const limit = req.query.limit ?? 50
      const rows = await webhooks.list(await accessOf(authz, req), { actorId: req.query.actorId, after: decodeCursor(req.query.cursor), limit: limit + 1 })
      return page(rows, limit, (w) => w.id)
    },
  )

  app.get(
    '/theatres/:theatre/webhooks/:id',
    { schema: { tags, summary: 'One webhook (without its secret)', params: TheatreIdParams, response: { 200: Webhook, ...problemResponses(400, 401, 403, 404) } } },
    async (req) => webhooks.get(await accessOf(authz, req), req.params.id),
  )

  app.delete(
    '/theatres/:theatre/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Delete a webhook, its pending deliveries and its delivery log',
        params: TheatreIdParams,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await webhooks.remove(await accessOf(authz, req), req.params.id)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/theatres/:theatre/webhooks/:id/deliveries',
    {
      schema: {
        tags,
        summary: "A webhook's deliveries, newest first, with each attempt",
        params: TheatreIdParams,
        querystring: DeliveryQuery,
        response: { 200: Page(Delivery), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const limit = req.query.limit ?? 50
      const rows = await webhooks.deliveries(await accessOf(authz, req), req.params.id, {
        status: req.query.status,
        before: decodeCursor(req.query.cursor),
        limit: limit + 1,
      })
      return page(rows, limit, (d) => d.id)
    },
  )
}
