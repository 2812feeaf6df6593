import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Problem, invalid, isUniqueViolation } from './problem.ts'
import { fieldErrors } from './validation.ts'

function fromFastify(error: FastifyError): Problem | undefined {
  if (error.validation) return invalid(fieldErrors(error.validation as never, error.validationContext ?? 'body'))
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new Problem(415, 'unsupported-media-type', 'Unsupported media type', 'send the body as application/json')
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new Problem(413, 'body-too-large', 'Request body too large', error.message)
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return invalid([{ path: '/body', message: 'is empty but the content type is application/json' }])
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new Problem(400, 'malformed-json', 'Malformed JSON', error.message, [{ path: '/body', message: 'is not valid JSON' }])
  }
  if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/.test(error.message))) {
    return new Problem(400, 'malformed-json', 'Malformed JSON', error.message, [{ path: '/body', message: 'is not valid JSON' }])
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new Problem(error.statusCode, 'bad-request', 'Bad request', error.message)
  }
  return undefined
}

/** Answers a request no route matched with something other than a 404 (the web app's client-side routes); false to decline. */
export type Fallback = (request: FastifyRequest, reply: FastifyReply) => boolean

export function registerErrorHandlers(app: FastifyInstance, fallback: Fallback = () => false) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let problem = error instanceof Problem ? error : fromFastify(error)
    if (!problem && isUniqueViolation(error)) {
      problem = new Problem(409, 'conflict', 'Conflict', 'a record with the same unique value already exists')
    }
    if (!problem) {
      request.log.error({ err: error }, 'unhandled error')
      problem = new Problem(500, 'internal', 'Internal error', `the server could not complete the request (request id ${request.id})`)
    }
    reply.code(problem.status).headers(problem.headers).type('application/problem+json').send(problem.body())
  })
  app.setNotFoundHandler((request, reply) => {
    if (fallback(request, reply)) return reply
    reply
      .code(404)
      .type('application/problem+json')
      .send(new Problem(404, 'not-found', 'Not found', `no route ${request.method} ${request.url.split('?')[0]}`).body())
  })
}
