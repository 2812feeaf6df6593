import { Type, type Static } from '@sinclair/typebox'
import { PolygonGeometry, PointGeometry } from '../../geo/geojson.ts'
import { RecordMeta, Uuid } from '../../http/schemas.ts'
import { SITE_TYPES } from '../theatres/schema.ts'

/** The widest protection radius a site may have (the conflict and attribution queries rely on it). */
export const MAX_PROTECTION_RADIUS_M = 50_000

export const SiteType = Type.Union(SITE_TYPES.map((t) => Type.Literal(t)))
const SiteGeometry = Type.Union([PointGeometry, PolygonGeometry, Type.String({ minLength: 1, maxLength: 100, description: 'a point as MGRS, DMS or "latitude, longitude"' })])
const Details = Type.Object(
  {
    address: Type.Optional(Type.String({ maxLength: 500 })),
    capacity: Type.Optional(Type.Integer({ minimum: 0 })),
    contact: Type.Optional(Type.String({ maxLength: 500 })),
    notes: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
)
const ShareWith = Type.Array(Uuid, { maxItems: 200, uniqueItems: true, description: 'the parties told of the site (default: every party)' })

export const CreateSite = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    type: SiteType,
    geometry: SiteGeometry,
    protectionRadiusM: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_PROTECTION_RADIUS_M })),
    shareWith: Type.Optional(ShareWith),
    status: Type.Optional(Type.Literal('draft', { description: 'keep it unnotified; notify later by PATCH status "notified"' })),
    organisationId: Type.Optional(Type.Union([Uuid], { description: 'the organisation notifying, when the caller belongs to several' })),
    details: Type.Optional(Details),
  },
  { additionalProperties: false },
)
export type CreateSite = Static<typeof CreateSite>

export const UpdateSite = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    name: Type.Optional(CreateSite.properties.name),
    type: Type.Optional(SiteType),
    geometry: Type.Optional(SiteGeometry),
    protectionRadiusM: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_PROTECTION_RADIUS_M })),
    shareWith: Type.Optional(ShareWith),
    status: Type.Optional(Type.Union([Type.Literal('notified'), Type.Literal('withdrawn')])),
    details: Type.Optional(Details),
  },
  { additionalProperties: false },
)
export type UpdateSite = Static<typeof UpdateSite>

export const Site = Type.Object({
  ...RecordMeta,
  ref: Type.String(),
  theatreId: Uuid,
  organisationId: Uuid,
  name: Type.String(),
  type: SiteType,
  geometry: Type.Union([PointGeometry, PolygonGeometry]),
  mgrs: Type.Union([Type.String(), Type.Null()]),
  protectionRadiusM: Type.Integer(),
  shareWith: Type.Array(Uuid),
  status: Type.Union([Type.Literal('draft'), Type.Literal('notified'), Type.Literal('withdrawn')]),
  details: Details,
})
