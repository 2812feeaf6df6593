/** RFC 9457 problem details: every error Truce answers has this shape, naming each offending field. */
export interface FieldError {
  path: string
  message: string
}

export interface ProblemBody {
  type: string
  title: string
  status: number
  detail?: string
  errors?: FieldError[]
  [extra: string]: unknown
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title)
  }

  body(): ProblemBody {
    return {
      type: `urn:truce:problem:${this.slug}`,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
      ...this.extra,
    }
  }
}

export const invalid = (errors: FieldError[], detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ')) =>
  new Problem(400, 'validation', 'The request is not valid', detail, errors)

export const invalidField = (path: string, message: string) => invalid([{ path, message }])

export const unauthorized = (detail = 'sign in or send a valid API token') =>
  new Problem(401, 'unauthorized', 'Not signed in', detail, undefined, {}, { 'www-authenticate': 'Bearer' })

export const forbidden = (detail: string) => new Problem(403, 'forbidden', 'Not allowed', detail)

/** Unknown and invisible records answer the same, so a caller learns nothing about what it may not see. */
export const notFound = (what: string) => new Problem(404, 'not-found', 'Not found', `${what} does not exist`)

export const conflict = (detail: string, errors?: FieldError[], extra?: Record<string, unknown>) =>
  new Problem(409, 'conflict', 'Conflict', detail, errors, extra)

export const staleVersion = (current: number) =>
  new Problem(409, 'stale-version', 'The record has changed', `the record is at version ${current}; reload it and apply the change again`, [
    { path: '/body/version', message: `is not the current version (${current})` },
  ], { currentVersion: current })

export const tooManyRequests = (detail: string, retryAfterSeconds: number) =>
  new Problem(429, 'rate-limited', 'Too many requests', detail, undefined, { retryAfter: retryAfterSeconds }, {
    'retry-after': String(retryAfterSeconds),
  })

/** PostgreSQL's unique_violation, so a store can turn a lost race on a unique key into a 409 naming the field. */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = e as { code?: string; constraint?: string; message?: string }
  if (err?.code !== '23505') return false
  return !constraint || err.constraint === constraint || (err.message ?? '').includes(constraint)
}
