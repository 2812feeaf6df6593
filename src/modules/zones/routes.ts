import { Type } from '@sinclair/typebox'
import { accessOf } from '../../http/auth.ts'
import { decodeCursor, page } from '../../http/pagination.ts'
import { Page, TheatreIdParams, TheatreParams, problemResponses } from '../../http/schemas.ts'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import { CreateZone, UpdateZone, Zone, ZonesQuery } from './schema.ts'

const tags = ['zones']

export function zonesRoutes(app: App, { services }: AppContext) {
  const { zones, authz } = services
  const access = (req: Parameters<typeof accessOf>[1]) => accessOf(authz, req)

  app.post(
    '/theatres/:theatre/agreements/:id/zones',
    {
      schema: {
        tags,
        summary: "Add a zone to an agreement (the coordinator's editors)",
        description: 'While the agreement is in force the zone is checked against every activity and movement in its windows.',
        params: TheatreIdParams,
        body: CreateZone,
        response: { 201: Zone, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await zones.create(await access(req), req.params.id, req.body)),
  )
  app.get(
    '/theatres/:theatre/zones',
    {
      schema: {
        tags,
        summary: "The theatre's zones, withdrawn ones included; `at` keeps those in force at that instant",
        params: TheatreParams,
        querystring: ZonesQuery,
        response: { 200: Page(Zone), ...problemResponses(400, 401, 404) },
      },
    },
    async (req) => {
      const { cursor, limit = 50, ...filters } = req.query
      return page(await zones.list(await access(req), { ...filters, after: decodeCursor(cursor), limit: limit + 1 }), limit, (z) => z.id)
    },
  )
  app.get(
    '/theatres/:theatre/zones/:id',
    { schema: { tags, summary: 'One zone', params: TheatreIdParams, response: { 200: Zone, ...problemResponses(401, 404) } } },
    async (req) => zones.get(await access(req), req.params.id),
  )
  app.patch(
    '/theatres/:theatre/zones/:id',
    {
      schema: {
        tags,
        summary: "Change a zone (the coordinator's editors); its kind and agreement are fixed",
        params: TheatreIdParams,
        body: UpdateZone,
        response: { 200: Zone, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => zones.update(await access(req), req.params.id, req.body),
  )
  app.delete(
    '/theatres/:theatre/zones/:id',
    {
      schema: {
        tags,
        summary: "Withdraw a zone (the coordinator's editors): it stays on record with withdrawnAt, and no longer applies",
        params: TheatreIdParams,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
      },
    },
    async (req, reply) => {
      await zones.withdraw(await access(req), req.params.id)
      return reply.code(204).send(null)
    },
  )
}
