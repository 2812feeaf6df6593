import { accessOf } from '../../http/auth.ts'
import { decodeCursor, page } from '../../http/pagination.ts'
import { Page, TheatreIdParams, TheatreParams, problemResponses } from '../../http/schemas.ts'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import { AckQuery, Acknowledge, Acknowledgement, AnswerResponse, Object_ } from './schema.ts'

const tags = ['acknowledgements']

export function acknowledgementsRoutes(app: App, { services }: AppContext) {
  const { acknowledgements, authz } = services

  app.get(
    '/theatres/:theatre/acknowledgements',
    {
      schema: {
        tags,
        summary: "Acknowledgements the caller may see; `?state=pending` is a party's inbox",
        params: TheatreParams,
        querystring: AckQuery,
        response: { 200: Page(Acknowledgement), ...problemResponses(400, 401, 404) },
      },
    },
    async (req) => {
      const limit = req.query.limit ?? 50
      const rows = await acknowledgements.list(await accessOf(authz, req), {
        state: req.query.state,
        subjectId: req.query.subject,
        partyId: req.query.party,
        after: decodeCursor(req.query.cursor),
        limit: limit + 1,
      })
      return page(rows, limit, (a) => a.id)
    },
  )
  app.get(
    '/theatres/:theatre/acknowledgements/:id',
    { schema: { tags, summary: 'One acknowledgement', params: TheatreIdParams, response: { 200: Acknowledgement, ...problemResponses(401, 404) } } },
    async (req) => acknowledgements.get(await accessOf(authz, req), req.params.id),
  )
  app.post(
    '/theatres/:theatre/acknowledgements/:id/acknowledge',
    {
      schema: {
        tags,
        summary: "The party asked acknowledges; answers with the signed ledger receipt",
        params: TheatreIdParams,
        body: Acknowledge,
        response: { 200: AnswerResponse, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => acknowledgements.answer(await accessOf(authz, req), req.params.id, { kind: 'acknowledge', signature: req.body.signature }),
  )
  app.post(
    '/theatres/:theatre/acknowledgements/:id/object',
    {
      schema: {
        tags,
        summary: 'The party asked objects, with a reason',
        params: TheatreIdParams,
        body: Object_,
        response: { 200: AnswerResponse, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => acknowledgements.answer(await accessOf(authz, req), req.params.id, { kind: 'object', reason: req.body.reason }),
  )
}
