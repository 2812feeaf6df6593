import { Type, type Static } from '@sinclair/typebox'
import { LineStringGeometry } from '../../geo/geojson.ts'
import { RecordMeta, TimeWindow, Timestamp, Uuid } from '../../http/schemas.ts'

/** The widest buffer a route may have (the attribution query relies on it). */
export const MAX_BUFFER_M = 50_000

export const MovementStatus = Type.Union(['draft', 'notified', 'cleared', 'underway', 'completed', 'aborted'].map((s) => Type.Literal(s)))

const Vehicles = Type.Object(
  {
    count: Type.Integer({ minimum: 0, maximum: 10_000 }),
    plates: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 10_000 })),
    markings: Type.Optional(Type.String({ maxLength: 1000, description: 'e.g. "white, UN and WFP flags"' })),
  },
  { additionalProperties: false },
)

export const CreateMovement = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    route: LineStringGeometry,
    bufferM: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_BUFFER_M, description: 'the corridor around the route to keep clear (default 500 m)' })),
    window: TimeWindow,
    vehicles: Type.Optional(Vehicles),
    personnel: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
    cargo: Type.Optional(Type.String({ maxLength: 4000 })),
    shareWith: Type.Optional(Type.Array(Uuid, { maxItems: 200, uniqueItems: true })),
    status: Type.Optional(Type.Literal('draft')),
    organisationId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
)
export type CreateMovement = Static<typeof CreateMovement>

export const UpdateMovement = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    name: Type.Optional(CreateMovement.properties.name),
    route: Type.Optional(LineStringGeometry),
    bufferM: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_BUFFER_M })),
    window: Type.Optional(TimeWindow),
    vehicles: Type.Optional(Vehicles),
    personnel: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
    cargo: Type.Optional(Type.String({ maxLength: 4000 })),
    shareWith: Type.Optional(Type.Array(Uuid, { maxItems: 200, uniqueItems: true })),
    status: Type.Optional(Type.Literal('notified', { description: 'notify a draft' })),
  },
  { additionalProperties: false },
)
export type UpdateMovement = Static<typeof UpdateMovement>

export const ChangeStatus = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    status: Type.Union([Type.Literal('underway'), Type.Literal('completed'), Type.Literal('aborted')]),
    reason: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
)

export const Clear = Type.Object(
  { version: Type.Integer({ minimum: 1 }), reason: Type.String({ minLength: 1, maxLength: 4000 }) },
  { additionalProperties: false },
)

export const Movement = Type.Object({
  ...RecordMeta,
  ref: Type.String(),
  theatreId: Uuid,
  organisationId: Uuid,
  name: Type.String(),
  route: LineStringGeometry,
  start: Type.Object({ coordinates: Type.Array(Type.Number()), mgrs: Type.Union([Type.String(), Type.Null()]) }),
  end: Type.Object({ coordinates: Type.Array(Type.Number()), mgrs: Type.Union([Type.String(), Type.Null()]) }),
  lengthM: Type.Number(),
  bufferM: Type.Integer(),
  window: Type.Object({ start: Timestamp, end: Timestamp }),
  vehicles: Type.Union([Vehicles, Type.Null()]),
  personnel: Type.Union([Type.Integer(), Type.Null()]),
  cargo: Type.Union([Type.String(), Type.Null()]),
  shareWith: Type.Array(Uuid),
  requiredParties: Type.Array(Uuid, { description: 'the parties whose acknowledgement clears this version' }),
  status: MovementStatus,
  clearance: Type.Union([
    Type.Null(),
    Type.Object({ by: Type.Union([Type.Literal('acknowledgements'), Type.Literal('override')]), at: Timestamp, reason: Type.Optional(Type.String()), user: Type.Optional(Uuid) }),
  ]),
})
