import { Type, type Static } from '@sinclair/typebox'
import { AreaGeometry } from '../../geo/geojson.ts'
import { RecordMeta, TimeWindow, Timestamp, Uuid } from '../../http/schemas.ts'

export const ACTIVITY_KINDS = ['air', 'artillery', 'ground', 'demining', 'naval', 'other'] as const
export const ActivityKind = Type.Union(ACTIVITY_KINDS.map((k) => Type.Literal(k)))

export const AwareOf = Type.Array(
  Type.Object({ ref: Type.String({ maxLength: 40 }), version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
  {
    maxItems: 10_000,
    description: 'every site and movement shared with the party that the activity meets, at its current version (known-before-acting)',
  },
)

export const CreateActivity = Type.Object(
  {
    partyId: Type.Optional(Uuid),
    kind: ActivityKind,
    geometry: AreaGeometry,
    window: TimeWindow,
    awareOf: AwareOf,
    note: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
)
export type CreateActivity = Static<typeof CreateActivity>

export const UpdateActivity = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    kind: Type.Optional(ActivityKind),
    geometry: Type.Optional(AreaGeometry),
    window: Type.Optional(TimeWindow),
    awareOf: AwareOf,
    note: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
)
export type UpdateActivity = Static<typeof UpdateActivity>

export const Cancel = Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false })

export const Activity = Type.Object({
  ...RecordMeta,
  ref: Type.String(),
  theatreId: Uuid,
  partyId: Uuid,
  kind: ActivityKind,
  geometry: AreaGeometry,
  window: Type.Object({ start: Timestamp, end: Timestamp }),
  awareOf: Type.Array(Type.Object({ ref: Type.String(), version: Type.Integer() })),
  note: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Literal('declared'), Type.Literal('cancelled')]),
})
