import crypto from 'node:crypto'
import cookie from '@fastify/cookie'
import Fastify, { type FastifyServerOptions } from 'fastify'
import { registerAuth, requireSignIn } from './http/auth.ts'
import { registerErrorHandlers } from './http/errors.ts'
import { healthRoutes } from './http/health.ts'
import { registerOpenApi } from './http/openapi.ts'
import type { App } from './http/types.ts'
import { validatorCompiler } from './http/validation.ts'
import { accountsRoutes } from './modules/accounts/routes.ts'
import { actorsRoutes } from './modules/actors/routes.ts'
import { ledgerRoutes } from './modules/ledger/routes.ts'
import { theatresRoutes } from './modules/theatres/routes.ts'
import { tokensRoutes } from './modules/tokens/routes.ts'
import type { AppContext } from './services.ts'

/** Each module contributes its routes under /api/v1. */
const modules = [healthRoutes, accountsRoutes, theatresRoutes, actorsRoutes, tokensRoutes, ledgerRoutes]

export async function buildApp(ctx: AppContext, logger: FastifyServerOptions['logger'] = false): Promise<App> {
  const app = Fastify({
    logger,
    bodyLimit: ctx.config.bodyLimit,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    trustProxy: false,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider() as unknown as App
  app.setValidatorCompiler(validatorCompiler)
  // The API speaks JSON only: any other body type gets a 415 rather than a string where an object was expected.
  app.removeContentTypeParser('text/plain')
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id)
  })
  registerErrorHandlers(app)
  await app.register(cookie)
  await registerOpenApi(app, ctx.version)
  registerAuth(app, ctx.services)
  await app.register(
    async (api) => {
      requireSignIn(api)
      for (const routes of modules) routes(api as App, ctx)
    },
    { prefix: '/api/v1' },
  )
  return app
}
