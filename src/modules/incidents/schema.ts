import { Type, type Static } from '@sinclair/typebox'
import { MultiPolygonGeometry, PointGeometry, PolygonGeometry } from '../../geo/geojson.ts'
import { PageQuery, RecordMeta, Timestamp, Uuid } from '../../http/schemas.ts'
import { CATEGORIES, CATEGORY_IDS, type Category } from './categories.ts'

/** A string from a fixed list, as `enum`: a wrong value is one error, "must be one of …", naming the field. */
const oneOf = <T extends string>(values: readonly T[], description?: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) })

export const OCCURRED_PRECISIONS = ['exact', 'day', 'week', 'month'] as const
export const LOCATION_PRECISIONS = ['exact', 'near', 'district', 'governorate'] as const
export const STATUSES = ['reported', 'under_review', 'corroborated', 'verified', 'refuted', 'inconclusive', 'merged'] as const
export type Status = (typeof STATUSES)[number]
export const SOURCE_KINDS = ['monitor', 'party', 'organisation', 'media', 'social'] as const

const CategorySchema = oneOf<Category>(CATEGORY_IDS, `ACLED sub-event types and Truce's own: ${CATEGORY_IDS.join(', ')}`)

const Range = Type.Object(
  { min: Type.Integer({ minimum: 0, maximum: 1_000_000 }), max: Type.Integer({ minimum: 0, maximum: 1_000_000 }) },
  { additionalProperties: false },
)
const Casualties = Type.Object(
  {
    min: Range.properties.min,
    max: Range.properties.max,
    children: Type.Optional(Type.Object(Range.properties, { additionalProperties: false, description: 'children among them, also a range' })),
  },
  { additionalProperties: false, description: 'a range min–max, as reports rarely agree on one figure' },
)
export type Casualties = Static<typeof Casualties>

const Source = Type.Object(
  {
    kind: oneOf(SOURCE_KINDS),
    title: Type.String({ minLength: 1, maxLength: 500 }),
    url: Type.Optional(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000 })),
    publisher: Type.Optional(Type.String({ maxLength: 300 })),
    date: Type.Optional(Type.String({ format: 'date', description: 'YYYY-MM-DD' })),
  },
  { additionalProperties: false },
)
export type Source = Static<typeof Source>

const Location = Type.Union([PointGeometry, PolygonGeometry, MultiPolygonGeometry, Type.String({ minLength: 1, maxLength: 100, description: 'a point as MGRS, DMS or "latitude, longitude"' })], {
  description: 'GeoJSON Point, Polygon or MultiPolygon (or a typed point)',
})
const AllegedParty = Type.Union([Uuid, Type.Literal('unknown')], { description: 'the party alleged responsible, or "unknown"' })

const fields = {
  occurredAt: Timestamp,
  occurredUntil: Type.Optional(Type.Union([Timestamp, Type.Null()], { description: 'when it ended, if it lasted' })),
  occurredPrecision: Type.Optional(oneOf(OCCURRED_PRECISIONS, 'how sure the time is: exact, or only the day, week or month (default exact)')),
  location: Location,
  locationPrecision: Type.Optional(
    oneOf(LOCATION_PRECISIONS, 'exact, near a named place (5 km), district (15 km), governorate (50 km); the theatre policy may change the radii'),
  ),
  placeName: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()])),
  category: CategorySchema,
  allegedPartyId: Type.Optional(AllegedParty),
  allegedPerpetratorText: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 500 }), Type.Null()], { description: 'who, in the reporter’s words' })),
  killed: Type.Optional(Type.Union([Casualties, Type.Null()])),
  injured: Type.Optional(Type.Union([Casualties, Type.Null()])),
  description: Type.String({ minLength: 1, maxLength: 20_000 }),
  sources: Type.Optional(Type.Array(Source, { maxItems: 100 })),
}

export const CreateIncident = Type.Object(
  { ...fields, reporterId: Type.Optional(Type.Union([Uuid], { description: 'the actor reporting, when the caller belongs to several' })) },
  { additionalProperties: false },
)
export type CreateIncident = Static<typeof CreateIncident>

export const UpdateIncident = Type.Object(
  { version: Type.Integer({ minimum: 1 }), ...Type.Partial(Type.Object(fields)).properties },
  { additionalProperties: false },
)
export type UpdateIncident = Static<typeof UpdateIncident>

export const ChangeStatus = Type.Object(
  {
    status: oneOf(['under_review', 'corroborated', 'verified', 'refuted', 'inconclusive'] as const, 'reported → under_review → corroborated → verified; refuted or inconclusive from under_review or corroborated'),
    note: Type.String({ minLength: 1, maxLength: 4000, description: 'why' }),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
)
export type ChangeStatus = Static<typeof ChangeStatus>

export const Reply = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 20_000 }),
    partyId: Type.Optional(Type.Union([Uuid], { description: 'the party replying, when the caller belongs to several' })),
  },
  { additionalProperties: false },
)
export type Reply = Static<typeof Reply>

export const Publish = Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false })

export const Merge = Type.Object(
  {
    duplicateIds: Type.Array(Uuid, { minItems: 1, maxItems: 50, uniqueItems: true }),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
)
export type Merge = Static<typeof Merge>

export const IncidentsQuery = Type.Object(
  {
    ...PageQuery,
    status: Type.Optional(oneOf(STATUSES)),
    category: Type.Optional(CategorySchema),
    from: Type.Optional(Timestamp),
    to: Type.Optional(Timestamp),
  },
  { additionalProperties: false },
)

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()])
const AnyArea = Type.Union([PointGeometry, PolygonGeometry, MultiPolygonGeometry])

export const Evidence = Type.Object({
  sha256: Type.String(),
  size: Type.Integer(),
  mediaType: Type.String(),
  filename: Nullable(Type.String()),
  uploadedBy: Uuid,
  uploadedAt: Timestamp,
})

export const Attribution = Type.Object({
  zones: Type.Array(
    Type.Object({ agreementId: Uuid, agreementTitle: Type.String(), zoneId: Uuid, zoneName: Type.String(), kind: Type.String() }),
  ),
  subjects: Type.Array(
    Type.Object({
      kind: Type.String(),
      id: Uuid,
      ref: Type.String(),
      name: Type.String(),
      acknowledgedByAlleged: Nullable(Type.Object({ at: Timestamp, version: Type.Integer() })),
    }),
  ),
  summary: Type.String(),
})

export const Incident = Type.Object({
  ...RecordMeta,
  ref: Type.String(),
  theatreId: Uuid,
  reporterId: Uuid,
  alsoReportedBy: Type.Array(Uuid),
  occurredAt: Timestamp,
  occurredUntil: Nullable(Timestamp),
  occurredPrecision: Type.String(),
  occurredWindow: Type.Object({ start: Timestamp, end: Timestamp }, { description: 'when it may have happened, given the precision' }),
  location: AnyArea,
  mgrs: Nullable(Type.String()),
  locationPrecision: Type.String(),
  placeName: Nullable(Type.String()),
  uncertaintyM: Type.Integer(),
  uncertaintyArea: AnyArea,
  category: Type.String(),
  eventType: Type.String(),
  categoryLabel: Type.String(),
  allegedPartyId: Nullable(Uuid),
  allegedPerpetratorText: Nullable(Type.String()),
  killed: Nullable(Casualties),
  injured: Nullable(Casualties),
  description: Type.String(),
  sources: Type.Array(Source),
  status: Type.String(),
  history: Type.Array(
    Type.Object({ from: Type.String(), to: Type.String(), note: Type.String(), by: Uuid, actorId: Nullable(Uuid), at: Timestamp }),
  ),
  replyRequests: Type.Array(Type.Object({ partyId: Uuid, askedAt: Timestamp, dueAt: Timestamp })),
  replies: Type.Array(Type.Object({ partyId: Uuid, text: Type.String(), by: Uuid, at: Timestamp, late: Type.Boolean() })),
  mergedInto: Nullable(Uuid),
  published: Type.Boolean(),
  publishedAt: Nullable(Timestamp),
  evidence: Type.Array(Evidence),
  attribution: Attribution,
})

export const Duplicate = Type.Object({
  id: Uuid,
  ref: Type.String(),
  status: Type.String(),
  category: Type.String(),
  occurredAt: Timestamp,
  description: Type.String(),
  distanceM: Type.Integer(),
})

export const CategoryInfo = Type.Object({ id: Type.String(), eventType: Type.String(), label: Type.String() })
export const categoryList = () => Object.entries(CATEGORIES).map(([id, c]) => ({ id, eventType: c.eventType, label: c.label }))
