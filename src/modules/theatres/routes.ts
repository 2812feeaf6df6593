import { accessOf, principalOf } from '../../http/auth.ts'
import { decodeCursor, page } from '../../http/pagination.ts'
import { forbidden } from '../../http/problem.ts'
import { Page, PageQuery, TheatreParams, problemResponses } from '../../http/schemas.ts'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import { Type } from '@sinclair/typebox'
import { CreateTheatre, Theatre, UpdateTheatre } from './schema.ts'

const tags = ['theatres']

export function theatresRoutes(app: App, { services }: AppContext) {
  const { theatres, authz, actors } = services

  // A token lists its theatre only while its user is still a member of its actor there, as GET /theatres/:theatre
  // requires: a removed member's token must not go on reading the theatre through the list.
  const tokenTheatre = async (userId: string, token: { theatreId: string; actorId: string }) =>
    (await actors.membershipsOf(userId, token.theatreId)).some((m) => m.actorId === token.actorId) ? [token.theatreId] : []

  app.post(
    '/theatres',
    { schema: { tags, summary: 'Create a theatre (instance administrators)', body: CreateTheatre, response: { 201: Theatre, ...problemResponses(400, 401, 403, 409) } } },
    async (req, reply) => {
      const p = principalOf(req)
      if (!p.user.isAdmin || p.token) throw forbidden('only instance administrators create theatres')
      return reply.code(201).send(await theatres.create(req.body, p))
    },
  )

  app.get(
    '/theatres',
    {
      schema: {
        tags,
        summary: "The theatres the caller is a member of (all, for instance administrators)",
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: { 200: Page(Theatre), ...problemResponses(401) },
      },
    },
    async (req) => {
      const p = principalOf(req)
      const ids = p.token ? await tokenTheatre(p.user.id, p.token) : p.user.isAdmin ? null : await actors.theatreIdsOf(p.user.id)
      const limit = req.query.limit ?? 50
      return page(await theatres.list({ ids, after: decodeCursor(req.query.cursor), limit: limit + 1 }), limit, (t) => t.id)
    },
  )

  app.get(
    '/theatres/:theatre',
    { schema: { tags, summary: 'One theatre, by id or code', params: TheatreParams, response: { 200: Theatre, ...problemResponses(401, 404) } } },
    async (req) => {
      const access = await accessOf(authz, req)
      return theatres.of(access)
    },
  )

  app.patch(
    '/theatres/:theatre',
    {
      schema: {
        tags,
        summary: "Change a theatre's settings (its coordinator admins)",
        params: TheatreParams,
        body: UpdateTheatre,
        response: { 200: Theatre, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => theatres.update(await accessOf(authz, req), req.body),
  )
}
