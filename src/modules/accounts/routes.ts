import { Type } from '@sinclair/typebox'
import { SESSION_COOKIE, principalOf } from '../../http/auth.ts'
import { page, decodeCursor } from '../../http/pagination.ts'
import { forbidden, notFound } from '../../http/problem.ts'
import { Page, PageQuery, problemResponses, Uuid } from '../../http/schemas.ts'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import { SESSION_DAYS } from './service.ts'
import { ChangePassword, CreateUser, Me, Session, SignIn, User } from './schema.ts'

const tags = ['accounts']

export function accountsRoutes(app: App, { services, config }: AppContext) {
  const { accounts, actors } = services
  const secure = config.host !== '127.0.0.1' && config.host !== 'localhost'

  app.post(
    '/session',
    {
      config: { public: true },
      schema: { tags, summary: 'Sign in', body: SignIn, response: { 200: Session, ...problemResponses(400, 401, 429) } },
    },
    async (req, reply) => {
      const s = await accounts.signIn(req.body.username, req.body.password, req.ip)
      reply.setCookie(SESSION_COOKIE, s.sessionToken, {
        httpOnly: true,
        sameSite: 'lax',
        secure,
        path: '/',
        maxAge: SESSION_DAYS * 86_400,
      })
      return { user: s.user, csrfToken: s.csrfToken, expiresAt: s.expiresAt.toISOString() }
    },
  )

  app.delete('/session', { schema: { tags, summary: 'Sign out', response: { 204: Type.Null(), ...problemResponses(401, 403) } } }, async (req, reply) => {
    const cookie = req.cookies[SESSION_COOKIE]
    if (cookie) await accounts.signOut(cookie)
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
    return reply.code(204).send(null)
  })

  app.get('/me', { schema: { tags, summary: 'The caller and their memberships', response: { 200: Me, ...problemResponses(401) } } }, async (req) => {
    const p = principalOf(req)
    const user = await accounts.userById(p.user.id)
    let memberships = await actors.allMembershipsOf(p.user.id)
    if (p.token) memberships = memberships.filter((m) => m.actorId === p.token!.actorId)
    return { user: user!, via: p.via, csrfToken: p.csrfToken, memberships }
  })

  app.post(
    '/me/password',
    { schema: { tags, summary: 'Change your password', body: ChangePassword, response: { 200: User, ...problemResponses(400, 401, 403) } } },
    async (req) => accounts.changeOwnPassword(principalOf(req), req.body.currentPassword, req.body.newPassword, req.cookies[SESSION_COOKIE]),
  )

  const requireAdmin = (req: Parameters<typeof principalOf>[0]) => {
    const p = principalOf(req)
    if (!p.user.isAdmin || p.token) throw forbidden('only instance administrators manage users')
    return p
  }

  app.post(
    '/users',
    { schema: { tags, summary: 'Create a user (instance administrators)', body: CreateUser, response: { 201: User, ...problemResponses(400, 401, 403, 409) } } },
    async (req, reply) => {
      const by = requireAdmin(req)
      return reply.code(201).send(await accounts.createUser(req.body, by))
    },
  )

  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'List users (instance administrators); anyone signed in may look one up by exact ?username=',
        querystring: Type.Object({ ...PageQuery, username: Type.Optional(Type.String({ maxLength: 64 })) }, { additionalProperties: false }),
        response: { 200: Page(User), ...problemResponses(401, 403) },
      },
    },
    async (req) => {
      if (req.query.username === undefined) requireAdmin(req)
      const limit = req.query.limit ?? 50
      const rows = await accounts.listUsers({ after: decodeCursor(req.query.cursor), limit: limit + 1, username: req.query.username })
      return page(rows, limit, (u) => u.id)
    },
  )

  app.get(
    '/users/:id',
    { schema: { tags, summary: 'One user (instance administrators, or yourself)', params: Type.Object({ id: Uuid }), response: { 200: User, ...problemResponses(401, 404) } } },
    async (req) => {
      const p = principalOf(req)
      const user = p.user.id === req.params.id || (p.user.isAdmin && !p.token) ? await accounts.userById(req.params.id) : undefined
      if (!user) throw notFound(`user ${req.params.id}`)
      return user
    },
  )
}
