import { Type, type Static } from '@sinclair/typebox'
import { PageQuery, RecordMeta, Timestamp, Uuid } from '../../http/schemas.ts'

const EventPrefix = Type.String({
  minLength: 1,
  maxLength: 100,
  pattern: '^[a-z][a-z0-9_]*(\\.[a-z0-9_]*)*$',
  description: 'an action or the start of one: "acknowledgement." takes every acknowledgement action',
})

export const CreateWebhook = Type.Object(
  {
    actorId: Uuid,
    url: Type.String({ minLength: 1, maxLength: 2000, description: 'an http or https URL that receives a POST per ledger entry' }),
    description: Type.Optional(Type.String({ maxLength: 500 })),
    events: Type.Optional(Type.Array(EventPrefix, { maxItems: 50, uniqueItems: true, description: 'action prefixes to deliver; absent or empty: every action' })),
  },
  { additionalProperties: false },
)
export type CreateWebhook = Static<typeof CreateWebhook>

export const Webhook = Type.Object({
  ...RecordMeta,
  theatreId: Uuid,
  actorId: Uuid,
  url: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  events: Type.Array(Type.String()),
})

export const CreatedWebhook = Type.Intersect([
  Webhook,
  Type.Object({
    secret: Type.String({
      description: 'the HMAC-SHA256 key of X-Truce-Signature (its UTF-8 bytes), shown this once',
    }),
  }),
])

export const DeliveryStatus = Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('failed')])

const Attempt = Type.Object({
  attempt: Type.Integer({ minimum: 1 }),
  at: Timestamp,
  responseCode: Type.Union([Type.Integer(), Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()]),
  durationMs: Type.Integer({ minimum: 0 }),
})

export const Delivery = Type.Object({
  id: Uuid,
  webhookId: Uuid,
  seq: Type.Integer({ minimum: 1, description: 'the ledger entry delivered' }),
  action: Type.String(),
  status: DeliveryStatus,
  attempts: Type.Integer({ minimum: 0 }),
  responseCode: Type.Union([Type.Integer(), Type.Null()], { description: 'of the last attempt' }),
  lastError: Type.Union([Type.String(), Type.Null()]),
  nextAttemptAt: Type.Union([Timestamp, Type.Null()], { description: 'null once delivered or failed' }),
  deliveredAt: Type.Union([Timestamp, Type.Null()]),
  createdAt: Timestamp,
  attemptLog: Type.Array(Attempt),
})

export const DeliveryQuery = Type.Object({ ...PageQuery, status: Type.Optional(DeliveryStatus) }, { additionalProperties: false })
