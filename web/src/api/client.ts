import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'

/** One field error as the API names it: a JSON pointer into the request (`/body/geometry/coordinates/0`). */
export interface FieldError {
  path: string
  message: string
}

/** An RFC 9457 problem the API answered, thrown so screens can show `detail` and put `errors` on their fields. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: FieldError[],
    readonly body: Record<string, unknown>,
  ) {
    super(detail ?? title)
  }

  /** The message for one form field (`name`, `window/start`), matching the API's body pointers. */
  fieldError(field: string): string | undefined {
    const pointer = `/body/${field}`
    return this.errors.find((e) => e.path === pointer || e.path.startsWith(`${pointer}/`))?.message
  }
}

let csrfToken: string | undefined
/** The session's CSRF token, sent on every write made with the session cookie. */
export const setCsrfToken = (token: string | undefined) => {
  csrfToken = token
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (csrfToken && request.method !== 'GET') request.headers.set('X-CSRF-Token', csrfToken)
    return request
  },
}

export const api = createClient<paths>({ baseUrl: '' })
api.use(csrf)

/** Unwraps an openapi-fetch result: the data, or an ApiProblem. */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call
  if (response.ok) return data as T
  throw problem(response, (error ?? {}) as Record<string, unknown>)
}

/** The ApiProblem a response that is not ok carries in its problem+json body. */
function problem(response: Response, body: Record<string, unknown>): ApiProblem {
  return new ApiProblem(
    response.status,
    String(body.title ?? response.statusText),
    body.detail as string | undefined,
    (body.errors as FieldError[] | undefined) ?? [],
    body,
  )
}

/** The JSON body of a plain fetch (one openapi-fetch does not type), or the ApiProblem it answered. */
export async function jsonOf<T>(response: Response): Promise<T> {
  const body = await response.json()
  if (!response.ok) throw problem(response, body ?? {})
  return body as T
}
