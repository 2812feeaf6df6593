import { Type } from '@sinclair/typebox'
import { accessOf } from '../../http/auth.ts'
import { decodeCursor, page } from '../../http/pagination.ts'
import { Page, PageQuery, TheatreIdParams, TheatreParams, Timestamp, Uuid, problemResponses } from '../../http/schemas.ts'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import { ChangeStatus, Clear, CreateMovement, Movement, MovementStatus, UpdateMovement } from './schema.ts'

const tags = ['movements']

export function movementsRoutes(app: App, { services }: AppContext) {
  const { movements, authz } = services

  app.post(
    '/theatres/:theatre/movements',
    {
      schema: {
        tags,
        summary: 'An organisation notifies a movement; the parties that must know are asked to acknowledge',
        params: TheatreParams,
        body: CreateMovement,
        response: { 201: Movement, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => reply.code(201).send(await movements.create(await accessOf(authz, req), req.body)),
  )
  app.get(
    '/theatres/:theatre/movements',
    {
      schema: {
        tags,
        summary: 'Movements the caller may see; `from`/`to` select those whose window meets that period',
        params: TheatreParams,
        querystring: Type.Object(
          { ...PageQuery, status: Type.Optional(MovementStatus), organisation: Type.Optional(Uuid), from: Type.Optional(Timestamp), to: Type.Optional(Timestamp) },
          { additionalProperties: false },
        ),
        response: { 200: Page(Movement), ...problemResponses(400, 401, 404) },
      },
    },
    async (req) => {
      const limit = req.query.limit ?? 50
      const { status, organisation, from, to, cursor } = req.query
      const rows = await movements.list(await accessOf(authz, req), { status, organisationId: organisation, from, to, after: decodeCursor(cursor), limit: limit + 1 })
      return page(rows, limit, (m) => m.id)
    },
  )
  app.get(
    '/theatres/:theatre/movements/:id',
    { schema: { tags, summary: 'One movement', params: TheatreIdParams, response: { 200: Movement, ...problemResponses(401, 404) } } },
    async (req) => movements.get(await accessOf(authz, req), req.params.id),
  )
  app.patch(
    '/theatres/:theatre/movements/:id',
    {
      schema: {
        tags,
        summary: 'A new version of a movement, notified again (or a draft notified)',
        params: TheatreIdParams,
        body: UpdateMovement,
        response: { 200: Movement, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => movements.update(await accessOf(authz, req), req.params.id, req.body),
  )
  app.post(
    '/theatres/:theatre/movements/:id/status',
    {
      schema: {
        tags,
        summary: 'The organisation reports the movement underway, completed or aborted',
        params: TheatreIdParams,
        body: ChangeStatus,
        response: { 200: Movement, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => movements.setStatus(await accessOf(authz, req), req.params.id, req.body),
  )
  app.post(
    '/theatres/:theatre/movements/:id/clear',
    {
      schema: {
        tags,
        summary: 'A coordinator clears a notified movement without every acknowledgement, with a reason',
        params: TheatreIdParams,
        body: Clear,
        response: { 200: Movement, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => movements.clear(await accessOf(authz, req), req.params.id, req.body),
  )
}
