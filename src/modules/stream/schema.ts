import { Type } from '@sinclair/typebox'

const seq = (description: string) => Type.Optional(Type.Integer({ minimum: 0, description }))

export const StreamQuery = Type.Object(
  { after: seq('replay the entries after this seq first (Last-Event-ID takes precedence)') },
  { additionalProperties: false },
)

/** Other headers pass: only Last-Event-ID, which EventSource sends when it reconnects, is checked. */
export const StreamHeaders = Type.Object({ 'last-event-id': seq('the id of the last event received') })
