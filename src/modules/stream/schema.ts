import { Type } from '@sinclair/typebox'

const Seq = Type.Integer({ minimum: 0 })

export const StreamQuery = Type.Object(
  { after: Type.Optional({ ...Seq, description: 'replay the entries after this seq first (Last-Event-ID takes precedence)' }) },
  { additionalProperties: false },
)

/** Other headers pass: only Last-Event-ID, which EventSource sends when it reconnects, is checked. */
export const StreamHeaders = Type.Object({ 'last-event-id': Type.Optional({ ...Seq, description: 'the id of the last event received' }) })
