import { Type } from '@sinclair/typebox'
import { accessOf } from '../../http/auth.ts'
import { decodeCursor, page } from '../../http/pagination.ts'
import { Page, PageQuery, TheatreIdParams, TheatreParams, Uuid, problemResponses } from '../../http/schemas.ts'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import { Actor, ActorKind, CreateActor, CreateMember, Member, UpdateActor, UpdateMember } from './schema.ts'

export function actorsRoutes(app: App, { services }: AppContext) {
  const { actors, authz } = services
  const access = (req: Parameters<typeof accessOf>[1]) => accessOf(authz, req)

  let tags = ['actors']
  app.post(
    '/theatres/:theatre/actors',
    {
      schema: {
        tags,
        summary: "Create an actor (the theatre's coordinator admins)",
        params: TheatreParams,
        body: CreateActor,
        response: { 201: Actor, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await actors.create(await access(req), req.body)),
  )
  app.get(
    '/theatres/:theatre/actors',
    {
      schema: {
        tags,
        summary: "The theatre's actors",
        params: TheatreParams,
        querystring: Type.Object({ ...PageQuery, kind: Type.Optional(ActorKind) }, { additionalProperties: false }),
        response: { 200: Page(Actor), ...problemResponses(401, 404) },
      },
    },
    async (req) => {
      const limit = req.query.limit ?? 50
      const rows = await actors.list(await access(req), { kind: req.query.kind, after: decodeCursor(req.query.cursor), limit: limit + 1 })
      return page(rows, limit, (a) => a.id)
    },
  )
  app.get(
    '/theatres/:theatre/actors/:id',
    { schema: { tags, summary: 'One actor', params: TheatreIdParams, response: { 200: Actor, ...problemResponses(401, 404) } } },
    async (req) => actors.get(await access(req), req.params.id),
  )
  app.patch(
    '/theatres/:theatre/actors/:id',
    {
      schema: {
        tags,
        summary: "Change an actor (its admins, or the coordinator's)",
        params: TheatreIdParams,
        body: UpdateActor,
        response: { 200: Actor, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => actors.update(await access(req), req.params.id, req.body),
  )

  tags = ['members']
  app.post(
    '/theatres/:theatre/members',
    {
      schema: {
        tags,
        summary: "Make a user a member of an actor (the actor's admins, or the coordinator's)",
        params: TheatreParams,
        body: CreateMember,
        response: { 201: Member, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await actors.addMember(await access(req), req.body)),
  )
  app.get(
    '/theatres/:theatre/members',
    {
      schema: {
        tags,
        summary: "Members the caller may see: all for coordinators, their own actors' otherwise",
        params: TheatreParams,
        querystring: Type.Object({ ...PageQuery, actorId: Type.Optional(Uuid) }, { additionalProperties: false }),
        response: { 200: Page(Member), ...problemResponses(401, 404) },
      },
    },
    async (req) => {
      const limit = req.query.limit ?? 50
      const rows = await actors.listMembers(await access(req), { actorId: req.query.actorId, after: decodeCursor(req.query.cursor), limit: limit + 1 })
      return page(rows, limit, (m) => m.id)
    },
  )
  app.get(
    '/theatres/:theatre/members/:id',
    { schema: { tags, summary: 'One member', params: TheatreIdParams, response: { 200: Member, ...problemResponses(401, 404) } } },
    async (req) => actors.getMember(await access(req), req.params.id),
  )
  app.patch(
    '/theatres/:theatre/members/:id',
    {
      schema: { tags, summary: "Change a member's role", params: TheatreIdParams, body: UpdateMember, response: { 200: Member, ...problemResponses(400, 401, 403, 404, 409) } },
    },
    async (req) => actors.setRole(await access(req), req.params.id, req.body.version, req.body.role),
  )
  app.delete(
    '/theatres/:theatre/members/:id',
    { schema: { tags, summary: 'End a membership', params: TheatreIdParams, response: { 204: Type.Null(), ...problemResponses(401, 403, 404) } } },
    async (req, reply) => {
      await actors.removeMember(await access(req), req.params.id)
      return reply.code(204).send(null)
    },
  )
}
