import { Type } from '@sinclair/typebox'
import { accessOf } from '../../http/auth.ts'
import { decodeCursor, encodeCursor, page } from '../../http/pagination.ts'
import { invalidField } from '../../http/problem.ts'
import { Page, PageQuery, TheatreIdParams, TheatreParams, problemResponses } from '../../http/schemas.ts'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import { Agreement, AgreementVersion, AgreementsQuery, ChangeStatus, CreateAgreement, STATEMENT_FORMAT, Sign, Signature, UpdateAgreement } from './schema.ts'

const tags = ['agreements']

/** The versions list pages by version number, not by id as decodeCursor expects: the same opaque base64url form. */
function versionCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0
  const key = Buffer.from(cursor, 'base64url').toString('utf8')
  if (!/^[1-9]\d{0,8}$/.test(key) || encodeCursor(key) !== cursor) throw invalidField('/query/cursor', 'is not a cursor this API gave')
  return Number(key)
}

export function agreementsRoutes(app: App, { services }: AppContext) {
  const { agreements, authz } = services
  const access = (req: Parameters<typeof accessOf>[1]) => accessOf(authz, req)
  const writes = { 200: Agreement, ...problemResponses(400, 401, 403, 404, 409) }

  app.post(
    '/theatres/:theatre/agreements',
    {
      schema: {
        tags,
        summary: "Draft an agreement (the coordinator's editors)",
        params: TheatreParams,
        body: CreateAgreement,
        response: { 201: Agreement, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => reply.code(201).send(await agreements.create(await access(req), req.body)),
  )
  app.get(
    '/theatres/:theatre/agreements',
    {
      schema: {
        tags,
        summary: "The theatre's agreements, each with its current text and every signature",
        params: TheatreParams,
        querystring: AgreementsQuery,
        response: { 200: Page(Agreement), ...problemResponses(400, 401, 404) },
      },
    },
    async (req) => {
      const { cursor, limit = 50, ...filters } = req.query
      return page(await agreements.list(await access(req), { ...filters, after: decodeCursor(cursor), limit: limit + 1 }), limit, (a) => a.id)
    },
  )
  app.get(
    '/theatres/:theatre/agreements/:id',
    { schema: { tags, summary: 'One agreement', params: TheatreIdParams, response: { 200: Agreement, ...problemResponses(401, 404) } } },
    async (req) => agreements.get(await access(req), req.params.id),
  )
  app.patch(
    '/theatres/:theatre/agreements/:id',
    {
      schema: {
        tags,
        summary: "Change or amend an agreement (the coordinator's editors)",
        description: 'A new `text` or new `terms` make a new version of the text (an amendment), which the signatories sign afresh.',
        params: TheatreIdParams,
        body: UpdateAgreement,
        response: writes,
      },
    },
    async (req) => agreements.update(await access(req), req.params.id, req.body),
  )
  app.post(
    '/theatres/:theatre/agreements/:id/status',
    {
      schema: {
        tags,
        summary: "Move an agreement to another status, with the reason (the coordinator's editors)",
        description: 'Its zones apply (are deconflicted against activities and movements) exactly while it is in_force.',
        params: TheatreIdParams,
        body: ChangeStatus,
        response: writes,
      },
    },
    async (req) => agreements.setStatus(await access(req), req.params.id, req.body),
  )
  app.get(
    '/theatres/:theatre/agreements/:id/versions',
    {
      schema: {
        tags,
        summary: 'The history of the text: each version, its signing statement and its signatures',
        params: TheatreIdParams,
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: { 200: Page(AgreementVersion), ...problemResponses(400, 401, 404) },
      },
    },
    async (req) => {
      const limit = req.query.limit ?? 50
      const rows = await agreements.versions(await access(req), req.params.id, { after: versionCursor(req.query.cursor), limit: limit + 1 })
      return page(rows, limit, (v) => String(v.version))
    },
  )
  app.post(
    '/theatres/:theatre/agreements/:id/signatures',
    {
      schema: {
        tags,
        summary: "Sign the current version for one's party (editors of a signatory party)",
        description:
          `A party with a registered Ed25519 public key must send \`signature\`: the base64 Ed25519 signature of the UTF-8 ` +
          `statement ${STATEMENT_FORMAT}, exactly as the version's \`statement\` shows it. A party without a key signs by its ` +
          'membership alone.',
        params: TheatreIdParams,
        body: Sign,
        response: { 201: Signature, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await agreements.sign(await access(req), req.params.id, req.body)),
  )
}
