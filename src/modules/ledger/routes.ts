import { Type } from '@sinclair/typebox'
import { accessOf } from '../../http/auth.ts'
import { notFound } from '../../http/problem.ts'
import { TheatreParams, problemResponses } from '../../http/schemas.ts'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import { LedgerQuery, Receipt, SignedEntry, SigningKey } from './schema.ts'

const tags = ['ledger']

export function ledgerRoutes(app: App, { services }: AppContext) {
  const { ledger, authz } = services

  app.get(
    '/signing-key',
    { config: { public: true }, schema: { tags, summary: "The server's Ed25519 public key", response: { 200: SigningKey } } },
    async () => ({ algorithm: 'Ed25519' as const, keyId: ledger.publicKey.keyId, publicKey: ledger.publicKey.publicKeyPem }),
  )

  app.get(
    '/theatres/:theatre/ledger',
    {
      schema: {
        tags,
        summary: 'Ledger entries the caller may see, in seq order; `next` is the seq to pass as `after`',
        params: TheatreParams,
        querystring: LedgerQuery,
        response: {
          200: Type.Object({ items: Type.Array(SignedEntry), next: Type.Union([Type.String(), Type.Null()]), head: Type.Object({ seq: Type.Integer(), hash: Type.String() }) }),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (req) => {
      const access = await accessOf(authz, req)
      const limit = req.query.limit ?? 100
      const rows = await ledger.list(access.theatre.id, { after: req.query.after ?? 0, limit: limit + 1, audience: access.audience(), subjectId: req.query.subject })
      const items = rows.slice(0, limit).map((r) => r.entry)
      const head = (await ledger.head(access.theatre.id)) ?? { seq: 0, hash: '' }
      return { items, next: rows.length > limit ? String(items.at(-1)!.seq) : null, head }
    },
  )

  app.get(
    '/theatres/:theatre/ledger/:seq/receipt',
    {
      schema: {
        tags,
        summary: 'The signed receipt of one entry',
        params: Type.Object({ theatre: TheatreParams.properties.theatre, seq: Type.Integer({ minimum: 1 }) }),
        response: { 200: Receipt, ...problemResponses(401, 404) },
      },
    },
    async (req) => {
      const access = await accessOf(authz, req)
      const found = await ledger.get(access.theatre.id, req.params.seq)
      if (!found || !access.canSee(found.audience)) throw notFound(`ledger entry ${req.params.seq}`)
      return { entry: found.entry, algorithm: 'Ed25519' as const, publicKey: ledger.publicKey.publicKeyPem }
    },
  )
}
