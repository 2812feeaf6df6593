import { Type } from '@sinclair/typebox'
import { accessOf } from '../../http/auth.ts'
import { decodeCursor, page } from '../../http/pagination.ts'
import { Page, TheatreIdParams, TheatreParams, problemResponses } from '../../http/schemas.ts'
import type { App } from '../../http/types.ts'
import { toPoint } from '../../geo/point-input.ts'
import type { AppContext } from '../../services.ts'
import { ControlArea, ControlAreasQuery, ControlAt, ControlAtQuery, CreateControlArea, UpdateControlArea } from './schema.ts'

const tags = ['control areas']

export function controlAreasRoutes(app: App, { services }: AppContext) {
  const { controlAreas, authz } = services
  const access = (req: Parameters<typeof accessOf>[1]) => accessOf(authz, req)

  app.post(
    '/theatres/:theatre/control-areas',
    {
      schema: {
        tags,
        summary: "Record which party controls an area, from when to when (the coordinator's editors)",
        params: TheatreParams,
        body: CreateControlArea,
        response: { 201: ControlArea, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => reply.code(201).send(await controlAreas.create(await access(req), req.body)),
  )
  app.get(
    '/theatres/:theatre/control-areas',
    {
      schema: {
        tags,
        summary: "The theatre's control areas, past, present and future",
        params: TheatreParams,
        querystring: ControlAreasQuery,
        response: { 200: Page(ControlArea), ...problemResponses(400, 401, 404) },
      },
    },
    async (req) => {
      const { cursor, limit = 50, partyId } = req.query
      return page(await controlAreas.list(await access(req), { partyId, after: decodeCursor(cursor), limit: limit + 1 }), limit, (c) => c.id)
    },
  )
  app.get(
    '/theatres/:theatre/control-areas/at',
    {
      schema: {
        tags,
        summary: 'Who controls a point at a time',
        params: TheatreParams,
        querystring: ControlAtQuery,
        response: { 200: ControlAt, ...problemResponses(400, 401, 404) },
      },
    },
    async (req) => {
      const a = await access(req)
      return controlAreas.controlAt(a, toPoint(req.query.point, '/query/point'), req.query.time ?? new Date().toISOString())
    },
  )
  app.get(
    '/theatres/:theatre/control-areas/:id',
    { schema: { tags, summary: 'One control area', params: TheatreIdParams, response: { 200: ControlArea, ...problemResponses(401, 404) } } },
    async (req) => controlAreas.get(await access(req), req.params.id),
  )
  app.patch(
    '/theatres/:theatre/control-areas/:id',
    {
      schema: {
        tags,
        summary: "Change a control area (the coordinator's editors)",
        params: TheatreIdParams,
        body: UpdateControlArea,
        response: { 200: ControlArea, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => controlAreas.update(await access(req), req.params.id, req.body),
  )
  app.delete(
    '/theatres/:theatre/control-areas/:id',
    {
      schema: {
        tags,
        summary: "Delete a control area recorded in error (the coordinator's editors); give an ended one a validTo instead",
        params: TheatreIdParams,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
      },
    },
    async (req, reply) => {
      await controlAreas.remove(await access(req), req.params.id)
      return reply.code(204).send(null)
    },
  )
}
