import { Type } from '@sinclair/typebox'
import { accessOf, identify } from '../../http/auth.ts'
import { Problem, unauthorized } from '../../http/problem.ts'
import { TheatreParams, problemResponses } from '../../http/schemas.ts'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import { StreamHeaders, StreamQuery } from './schema.ts'

export function streamRoutes(app: App, { services }: AppContext) {
  const { stream, authz } = services
  app.addHook('preClose', async () => stream.closeAll())

  app.get(
    '/theatres/:theatre/stream',
    {
      schema: {
        tags: ['ledger'],
        summary: 'Server-Sent Events: the ledger entries you may see, live',
        description:
          'Each entry is an event `id: <seq>`, `event: <action>`, `data: <the signed entry as JSON>`. Reconnecting with ' +
          'Last-Event-ID (or `?after=<seq>`) first replays what came since, with no gap and no repeat. A comment line ' +
          'every 15 s keeps the connection open. Access is checked again every minute: a member who has left, signed ' +
          'out or whose token was revoked is cut off.',
        params: TheatreParams,
        querystring: StreamQuery,
        headers: StreamHeaders,
        response: {
          200: { description: 'an endless text/event-stream', content: { 'text/event-stream': { schema: Type.String() } } },
          ...problemResponses(400, 401, 404, 503),
        },
      },
    },
    async (req, reply) => {
      // Everything that can refuse the stream happens before the reply is taken over, so refusals are problem+json.
      const access = await accessOf(authz, req)
      if (stream.full) {
        throw new Problem(503, 'too-many-streams', 'Too many live streams', 'this server holds as many live streams as it may; try again shortly', undefined, {}, {
          'retry-after': '30',
        })
      }
      reply.hijack()
      stream.start(reply.raw, {
        access,
        after: req.headers['last-event-id'] ?? req.query.after,
        requestId: req.id,
        log: req.log,
        recheck: async () => {
          const principal = await identify(services, req)
          if (!principal) throw unauthorized()
          return authz.forTheatre(principal, access.theatre.id)
        },
      })
    },
  )
}
