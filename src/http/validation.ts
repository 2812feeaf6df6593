import AjvModule, { type ErrorObject } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { FastifySchemaCompiler } from 'fastify'
import type { FieldError } from './problem.ts'

const Ajv = AjvModule.default ?? AjvModule
const addFormats = addFormatsModule.default ?? addFormatsModule

function makeAjv(coerceTypes: boolean | 'array') {
  // removeAdditional stays off: an unknown field is an error to report, not something to drop silently.
  const ajv = new Ajv({ allErrors: true, coerceTypes, useDefaults: true, removeAdditional: false, strict: false })
  addFormats(ajv)
  return ajv
}

// Bodies are JSON and must carry the right types; query strings and path parameters are text and are coerced.
const bodyAjv = makeAjv(false)
const textAjv = makeAjv('array')

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? bodyAjv : textAjv).compile(schema) as ReturnType<FastifySchemaCompiler<object>>

const parts: Record<string, string> = { body: 'body', querystring: 'query', params: 'params', headers: 'headers' }

function describe(e: ErrorObject): { suffix: string; message: string } {
  const p = e.params as Record<string, unknown>
  switch (e.keyword) {
    case 'required':
      return { suffix: `/${p.missingProperty}`, message: 'is required' }
    case 'additionalProperties':
      return { suffix: `/${p.additionalProperty}`, message: 'is not a known field' }
    case 'type':
      return { suffix: '', message: `must be ${p.type}` }
    case 'enum':
      return { suffix: '', message: `must be one of ${(p.allowedValues as unknown[]).join(', ')}` }
    default:
      return { suffix: '', message: e.message ?? 'is not valid' }
  }
}

/** Ajv's errors as problem+json fields: one per offending field, with a JSON-pointer path into the request part. */
export function fieldErrors(errors: ErrorObject[], context: string): FieldError[] {
  const seen = new Set<string>()
  const out: FieldError[] = []
  for (const e of errors) {
    // A failed union reports each branch; the branch errors say more than "must match a schema in anyOf".
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') continue
    const { suffix, message } = describe(e)
    const path = `/${parts[context] ?? context}${e.instancePath}${suffix}`
    const key = `${path} ${message}`
    if (!seen.has(key)) {
      seen.add(key)
      out.push({ path, message })
    }
  }
  return out
}
