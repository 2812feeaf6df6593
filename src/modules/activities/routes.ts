import { Type } from '@sinclair/typebox'
import { accessOf } from '../../http/auth.ts'
import { decodeCursor, page } from '../../http/pagination.ts'
import { Page, PageQuery, TheatreIdParams, TheatreParams, problemResponses } from '../../http/schemas.ts'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import { Activity, Cancel, CreateActivity, UpdateActivity } from './schema.ts'

const tags = ['activities']

export function activitiesRoutes(app: App, { services }: AppContext) {
  const { activities, authz } = services

  app.post(
    '/theatres/:theatre/activities',
    {
      schema: {
        tags,
        summary: 'A party declares an activity (confidential); 409 with `missing` when it must first acknowledge what it meets',
        params: TheatreParams,
        body: CreateActivity,
        response: { 201: Activity, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await activities.create(await accessOf(authz, req), req.body)),
  )
  app.get(
    '/theatres/:theatre/activities',
    {
      schema: {
        tags,
        summary: "The caller's party's activities (every party's, for coordinators)",
        params: TheatreParams,
        querystring: Type.Object({ ...PageQuery, status: Type.Optional(Type.Union([Type.Literal('declared'), Type.Literal('cancelled')])) }, { additionalProperties: false }),
        response: { 200: Page(Activity), ...problemResponses(400, 401, 404) },
      },
    },
    async (req) => {
      const limit = req.query.limit ?? 50
      const rows = await activities.list(await accessOf(authz, req), { status: req.query.status, after: decodeCursor(req.query.cursor), limit: limit + 1 })
      return page(rows, limit, (a) => a.id)
    },
  )
  app.get(
    '/theatres/:theatre/activities/:id',
    { schema: { tags, summary: 'One activity', params: TheatreIdParams, response: { 200: Activity, ...problemResponses(401, 404) } } },
    async (req) => activities.get(await accessOf(authz, req), req.params.id),
  )
  app.patch(
    '/theatres/:theatre/activities/:id',
    {
      schema: {
        tags,
        summary: 'A new version of an activity; known-before-acting applies again',
        params: TheatreIdParams,
        body: UpdateActivity,
        response: { 200: Activity, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => activities.update(await accessOf(authz, req), req.params.id, req.body),
  )
  app.post(
    '/theatres/:theatre/activities/:id/cancel',
    {
      schema: { tags, summary: 'Cancel an activity', params: TheatreIdParams, body: Cancel, response: { 200: Activity, ...problemResponses(400, 401, 403, 404, 409) } },
    },
    async (req) => activities.cancel(await accessOf(authz, req), req.params.id, req.body.version),
  )
}
