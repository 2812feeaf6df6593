import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import { Problem } from './schemas.ts'

/** The OpenAPI 3.1 document is generated from the routes' own TypeBox schemas, so it cannot drift from them. */
export async function registerOpenApi(app: FastifyInstance, version: string, opts: { redirectRoot: boolean }) {
  app.addSchema(Problem)
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Truce API',
        version,
        description:
          'Ceasefire implementation and humanitarian deconfliction. Errors are RFC 9457 problem+json. ' +
          'Sign in with POST /api/v1/session (cookie + X-CSRF-Token on writes) or send Authorization: Bearer <token>.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'truce_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (json.$id as string) ?? `def-${i}` },
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { deepLinking: true } })
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger())
  // Without a built web app, the address the server prints leads to the browsable API.
  if (opts.redirectRoot) app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/api/docs'))
}
