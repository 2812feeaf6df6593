import { Type } from '@sinclair/typebox'
import { accessOf } from '../../http/auth.ts'
import { decodeCursor, page } from '../../http/pagination.ts'
import { Page, PageQuery, TheatreIdParams, TheatreParams, problemResponses } from '../../http/schemas.ts'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import { ApiToken, CreateToken, CreatedToken } from './schema.ts'

const tags = ['tokens']

export function tokensRoutes(app: App, { services }: AppContext) {
  const { tokens, authz } = services

  app.post(
    '/theatres/:theatre/tokens',
    {
      schema: {
        tags,
        summary: 'Create an API token acting for one of your actors; the secret is shown once',
        params: TheatreParams,
        body: CreateToken,
        response: { 201: CreatedToken, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => reply.code(201).send(await tokens.create(await accessOf(authz, req), req.body)),
  )
  app.get(
    '/theatres/:theatre/tokens',
    {
      schema: {
        tags,
        summary: "Your tokens, and those of the actors you administer",
        params: TheatreParams,
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: { 200: Page(ApiToken), ...problemResponses(401, 404) },
      },
    },
    async (req) => {
      const limit = req.query.limit ?? 50
      return page(await tokens.list(await accessOf(authz, req), { after: decodeCursor(req.query.cursor), limit: limit + 1 }), limit, (t) => t.id)
    },
  )
  app.delete(
    '/theatres/:theatre/tokens/:id',
    { schema: { tags, summary: 'Revoke a token', params: TheatreIdParams, response: { 200: ApiToken, ...problemResponses(401, 404) } } },
    async (req) => tokens.revoke(await accessOf(authz, req), req.params.id),
  )
}
