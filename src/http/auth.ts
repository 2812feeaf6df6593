import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Principal } from '../authz/principal.ts'
import type { AuthzService } from '../authz/service.ts'
import { sameSecret } from '../modules/accounts/secret.ts'
import type { Services } from '../services.ts'
import { Problem, unauthorized } from './problem.ts'

export const SESSION_COOKIE = 'truce_session'

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal
  }
  interface FastifyContextConfig {
    /** The route answers without sign-in (health, sign-in itself, the public feed). */
    public?: boolean
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Works out who is calling, before the body is even read: a bearer token, or the session cookie. Writes made with
 * the cookie must echo the session's CSRF token in X-CSRF-Token, so another site cannot make them.
 */
export function registerAuth(app: FastifyInstance, services: Services) {
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const principal = await identify(services, request)
    if (!principal) return
    request.principal = principal
    if (principal.via === 'session' && !SAFE.has(request.method) && !request.routeOptions.config.public) {
      const sent = request.headers['x-csrf-token']
      if (typeof sent !== 'string' || !sameSecret(sent, principal.csrfToken!)) {
        throw new Problem(403, 'csrf', 'CSRF token missing or wrong', 'send the csrfToken from sign-in in the X-CSRF-Token header', [
          { path: '/headers/x-csrf-token', message: 'is missing or wrong' },
        ])
      }
    }
  })
}

/**
 * Who the request's credentials name: a bearer token (401 when it is not a live one), else the session cookie
 * (undefined without one: an expired session is simply no session). Long-lived responses (the live stream) ask again
 * later, so that signing out or revoking the token ends them.
 */
export async function identify(services: Services, request: FastifyRequest): Promise<Principal | undefined> {
  const header = request.headers.authorization
  if (header !== undefined) {
    const m = /^Bearer\s+(\S+)$/i.exec(header)
    const principal = m ? await services.tokens.principalFromToken(m[1]) : undefined
    if (!principal) throw unauthorized('the API token is not valid, expired or revoked')
    return principal
  }
  const cookie = request.cookies[SESSION_COOKIE]
  return cookie ? services.accounts.principalFromSession(cookie) : undefined
}

/** Within the API, every route needs a caller unless it says it is public. */
export function requireSignIn(api: FastifyInstance) {
  api.addHook('preHandler', async (request) => {
    if (!request.routeOptions.config.public && !request.principal) throw unauthorized()
  })
}

/** The caller of a route that requires sign-in (the preHandler has already refused anonymous calls). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthorized()
  return request.principal
}

/** The caller's access to the theatre named in the path (`/theatres/:theatre/...`); 404 when not a member. */
export function accessOf(authz: AuthzService, request: FastifyRequest & { params: { theatre: string } }) {
  return authz.forTheatre(principalOf(request), request.params.theatre)
}
