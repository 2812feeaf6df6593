import { Type } from '@sinclair/typebox'
import { accessOf } from '../../http/auth.ts'
import { decodeCursor, encodeCursor } from '../../http/pagination.ts'
import { Page, PageQuery, TheatreIdParams, TheatreParams, Uuid, problemResponses } from '../../http/schemas.ts'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import { Conflict, ConflictStatus, Resolve } from './schema.ts'

const tags = ['conflicts']

export function conflictsRoutes(app: App, { services }: AppContext) {
  const { conflicts, authz } = services

  app.get(
    '/theatres/:theatre/conflicts',
    {
      schema: {
        tags,
        summary: "Each conflict the caller has a side in, as that side may see it (everything, for coordinators)",
        params: TheatreParams,
        querystring: Type.Object({ ...PageQuery, status: Type.Optional(ConflictStatus), subject: Type.Optional(Uuid) }, { additionalProperties: false }),
        response: { 200: Page(Conflict), ...problemResponses(400, 401, 404) },
      },
    },
    async (req) => {
      const limit = req.query.limit ?? 50
      const { rows, views } = await conflicts.list(await accessOf(authz, req), {
        status: req.query.status,
        subjectId: req.query.subject,
        after: decodeCursor(req.query.cursor),
        limit: limit + 1,
      })
      // the cursor follows the rows read, not the views shown, so no row is skipped or read twice
      const page = new Set(rows.slice(0, limit).map((r) => r.id))
      return { items: views.filter((v) => page.has(v.id)), next: rows.length > limit ? encodeCursor(rows[limit - 1].id) : null }
    },
  )
  app.get(
    '/theatres/:theatre/conflicts/:id',
    { schema: { tags, summary: "One conflict, the caller's side of it", params: TheatreIdParams, response: { 200: Conflict, ...problemResponses(401, 404) } } },
    async (req) => conflicts.get(await accessOf(authz, req), req.params.id),
  )
  app.post(
    '/theatres/:theatre/conflicts/:id/resolve',
    {
      schema: {
        tags,
        summary: 'The coordinator acknowledges, resolves or accepts a conflict, with a note',
        params: TheatreIdParams,
        body: Resolve,
        response: { 200: Conflict, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => conflicts.resolve(await accessOf(authz, req), req.params.id, req.body),
  )
}
