import { Type, type Static } from '@sinclair/typebox'
import { RecordMeta } from '../../http/schemas.ts'
import { IncidentPolicy } from '../incidents/policy.ts'

export const SITE_TYPES = ['hospital', 'clinic', 'school', 'warehouse', 'office', 'camp', 'water_station', 'bakery', 'crossing'] as const

export const Bbox = Type.Tuple([Type.Number(), Type.Number(), Type.Number(), Type.Number()], {
  description: '[west, south, east, north] in degrees (WGS 84)',
})

export const Policy = Type.Object(
  {
    acknowledgementHours: Type.Optional(
      Type.Object(
        {
          site: Type.Optional(Type.Integer({ minimum: 1, maximum: 720, description: 'hours a party has to acknowledge a site' })),
          movement: Type.Optional(
            Type.Integer({ minimum: 1, maximum: 720, description: 'acknowledgements are due this many hours before a movement starts' }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    protectionRadiusM: Type.Optional(
      Type.Object(
        Object.fromEntries(SITE_TYPES.map((t) => [t, Type.Optional(Type.Integer({ minimum: 0, maximum: 50_000 }))])),
        { additionalProperties: false, description: 'default protection radius per site type, metres' },
      ),
    ),
    theatreWideParties: Type.Optional(
      Type.Array(Type.String({ format: 'uuid' }), {
        maxItems: 200,
        uniqueItems: true,
        description: 'parties asked to acknowledge every movement wherever it goes (e.g. air forces operating theatre-wide)',
      }),
    ),
    incidents: Type.Optional(IncidentPolicy),
  },
  { additionalProperties: false },
)
export type Policy = Static<typeof Policy>

export const DEFAULT_POLICY = {
  acknowledgementHours: { site: 72, movement: 48 },
  theatreWideParties: [] as string[],
  protectionRadiusM: { hospital: 500, clinic: 300, school: 300, warehouse: 200, office: 200, camp: 1000, water_station: 300, bakery: 200, crossing: 500 },
}

const Code = Type.String({ pattern: '^[A-Z][A-Z0-9]{1,7}$', description: 'short code used in references, e.g. SY' })
const Name = Type.String({ minLength: 1, maxLength: 200 })
const Timezone = Type.String({ minLength: 1, maxLength: 64, description: 'IANA timezone, e.g. Asia/Damascus' })

export const CreateTheatre = Type.Object(
  { code: Code, name: Name, timezone: Timezone, bbox: Bbox, policy: Type.Optional(Policy) },
  { additionalProperties: false },
)
export type CreateTheatre = Static<typeof CreateTheatre>

export const UpdateTheatre = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    name: Type.Optional(Name),
    timezone: Type.Optional(Timezone),
    bbox: Type.Optional(Bbox),
    policy: Type.Optional(Policy),
    published: Type.Optional(Type.Boolean({ description: 'whether the public feed shows what this theatre publishes' })),
  },
  { additionalProperties: false },
)
export type UpdateTheatre = Static<typeof UpdateTheatre>

export const Theatre = Type.Object({
  ...RecordMeta,
  code: Type.String(),
  name: Type.String(),
  timezone: Type.String(),
  bbox: Bbox,
  policy: Type.Object({}, { additionalProperties: true }),
  published: Type.Boolean(),
})
