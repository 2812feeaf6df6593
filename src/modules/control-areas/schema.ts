import { Type, type Static } from '@sinclair/typebox'
import { AreaGeometry, PointGeometry } from '../../geo/geojson.ts'
import { PageQuery, RecordMeta, Timestamp, Uuid } from '../../http/schemas.ts'
import { Actor } from '../actors/schema.ts'

const PartyId = Type.String({ format: 'uuid', description: 'the controlling party (an actor of kind party)' })
const ValidTo = Type.Union([Timestamp, Type.Null()], { description: 'null or absent: until further notice' })
const Note = Type.String({ maxLength: 4000 })

export const CreateControlArea = Type.Object(
  { partyId: PartyId, geometry: AreaGeometry, validFrom: Timestamp, validTo: Type.Optional(ValidTo), note: Type.Optional(Note) },
  { additionalProperties: false },
)
export type CreateControlArea = Static<typeof CreateControlArea>

export const UpdateControlArea = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    partyId: Type.Optional(PartyId),
    geometry: Type.Optional(AreaGeometry),
    validFrom: Type.Optional(Timestamp),
    validTo: Type.Optional(ValidTo),
    note: Type.Optional(Type.Union([Note, Type.Null()])),
  },
  { additionalProperties: false },
)
export type UpdateControlArea = Static<typeof UpdateControlArea>

export const ControlArea = Type.Object({
  ...RecordMeta,
  theatreId: Uuid,
  partyId: Uuid,
  geometry: AreaGeometry,
  validFrom: Timestamp,
  validTo: Type.Union([Timestamp, Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
})

export const ControlAreasQuery = Type.Object({ ...PageQuery, partyId: Type.Optional(Uuid) }, { additionalProperties: false })

export const ControlAtQuery = Type.Object(
  {
    point: Type.String({ minLength: 1, maxLength: 100, description: 'MGRS (37SBA1234567890), DMS (36°12\'30"N 37°09\'15"E) or "latitude, longitude"' }),
    time: Type.Optional(Type.String({ format: 'date-time', description: 'default: now' })),
  },
  { additionalProperties: false },
)

export const ControlAt = Type.Object({
  point: Type.Object({ ...PointGeometry.properties, mgrs: Type.Union([Type.String(), Type.Null()]) }),
  time: Timestamp,
  items: Type.Array(Type.Object({ controlArea: ControlArea, party: Actor }), { description: 'more than one where control is contested' }),
})
