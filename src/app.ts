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
import { acknowledgementsRoutes } from './modules/acknowledgements/routes.ts'
import { activitiesRoutes } from './modules/activities/routes.ts'
import { actorsRoutes } from './modules/actors/routes.ts'
import { agreementsRoutes } from './modules/agreements/routes.ts'
import { conflictsRoutes } from './modules/conflicts/routes.ts'
import { controlAreasRoutes } from './modules/control-areas/routes.ts'
import { incidentsRoutes } from './modules/incidents/routes.ts'
import { complianceRoutes } from './modules/compliance/routes.ts'
import { publicFeedRoutes } from './modules/public-feed/routes.ts'
import { reportsRoutes } from './modules/reports/routes.ts'
import { ledgerRoutes } from './modules/ledger/routes.ts'
import { liaisonRoutes } from './modules/liaison/routes.ts'
import { movementsRoutes } from './modules/movements/routes.ts'
import { sitesRoutes } from './modules/sites/routes.ts'
import { theatresRoutes } from './modules/theatres/routes.ts'
import { tokensRoutes } from './modules/tokens/routes.ts'
import { streamRoutes } from './modules/stream/routes.ts'
import { webhooksRoutes } from './modules/webhooks/routes.ts'
import { zonesRoutes } from './modules/zones/routes.ts'
import type { AppContext } from './services.ts'
import { basemapRoutes, registerWebApp } from './web/routes.ts'

/** Each module contributes its routes under /api/v1. */
const modules = [
  healthRoutes,
  accountsRoutes,
  theatresRoutes,
  actorsRoutes,
  tokensRoutes,
  ledgerRoutes,
  sitesRoutes,
  movementsRoutes,
  acknowledgementsRoutes,
  activitiesRoutes,
  conflictsRoutes,
  streamRoutes,
  webhooksRoutes,
  agreementsRoutes,
  zonesRoutes,
  controlAreasRoutes,
  incidentsRoutes,
  liaisonRoutes,
  complianceRoutes,
  reportsRoutes,
  publicFeedRoutes,
  basemapRoutes,
]

/** `web`: serve the built web app at / (what `truce serve` does); without it the server is the API alone, as in tests. */
export async function buildApp(ctx: AppContext, logger: FastifyServerOptions['logger'] = false, opts: { web?: boolean } = {}): Promise<App> {
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
  const web = await registerWebApp(app, { serve: opts.web ?? false })
  registerErrorHandlers(app, web)
  await app.register(cookie)
  await registerOpenApi(app, ctx.version, { redirectRoot: !web })
  registerAuth(app, ctx.services)
  await app.register(
    async (api) => {
      requireSignIn(api)
      for (const routes of modules) routes(api as App, ctx)
    },
    { prefix: '/api/v1' },
  )
  const stopFollowing = await ctx.services.stream.followOtherProcesses()
  app.addHook('onClose', stopFollowing)
  return app
}
