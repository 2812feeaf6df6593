import { Type } from '@sinclair/typebox'
import { Timestamp, Uuid } from '../../http/schemas.ts'

const SubjectRef = Type.Object({
  kind: Type.String(),
  id: Uuid,
  ref: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
  name: Type.Optional(Type.String()),
  owner: Type.Optional(Type.Union([Uuid, Type.Null()])),
})

export const ConflictStatus = Type.Union(['open', 'acknowledged', 'resolved', 'accepted', 'superseded', 'withdrawn'].map((s) => Type.Literal(s)))

/** One viewer's side of a conflict: coordinators get `a`, `b` and `area`; a side gets `yours`, and `other` when the rules allow. */
export const Conflict = Type.Object({
  id: Uuid,
  ref: Type.String(),
  rule: Type.String({ description: 'activity_site | activity_movement | activity_zone | activity_activity | movement_zone' }),
  severity: Type.String({ description: 'critical | high | medium' }),
  status: ConflictStatus,
  note: Type.Union([Type.String(), Type.Null()]),
  during: Type.Array(Type.Array(Type.Union([Type.String(), Type.Null()])), { description: 'when the two overlap: [start, end] pairs' }),
  area: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()], { description: 'where they overlap (GeoJSON), when the viewer may know' }),
  zone: Type.Union([
    Type.Null(),
    Type.Object({ id: Uuid, name: Type.Union([Type.String(), Type.Null()]), kind: Type.Union([Type.String(), Type.Null()]), agreementId: Type.Union([Uuid, Type.Null()]), agreementName: Type.Union([Type.String(), Type.Null()]) }),
  ]),
  a: Type.Optional(SubjectRef),
  b: Type.Optional(SubjectRef),
  yours: Type.Optional(SubjectRef),
  other: Type.Optional(Type.Union([SubjectRef, Type.Null()])),
  resolvedBy: Type.Optional(Type.Union([Uuid, Type.Null()])),
  version: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})

export const Resolve = Type.Object(
  {
    status: Type.Union([Type.Literal('acknowledged'), Type.Literal('resolved'), Type.Literal('accepted')]),
    note: Type.String({ minLength: 1, maxLength: 4000 }),
  },
  { additionalProperties: false },
)
