import { Type, type Static } from '@sinclair/typebox'
import { LineStringGeometry, MultiPolygonGeometry, PolygonGeometry } from '../../geo/geojson.ts'
import { PageQuery, RecordMeta, Timestamp, Uuid } from '../../http/schemas.ts'
import { DAYS, HORIZON_DAYS } from './schedule.ts'

export const ZONE_KINDS = ['ceasefire', 'pull_back', 'humanitarian_corridor', 'no_fly', 'exclusion'] as const
export type ZoneKind = (typeof ZONE_KINDS)[number]
export const ACTIVITY_KINDS = ['air', 'artillery', 'ground', 'demining', 'naval', 'other'] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]

/** What a zone prohibits when its creator does not say. Demining stays allowed except in exclusion zones: it makes an area safe. */
export const DEFAULT_PROHIBITS: Record<ZoneKind, ActivityKind[]> = {
  ceasefire: ['air', 'artillery', 'ground', 'naval'],
  pull_back: ['air', 'artillery', 'ground'],
  humanitarian_corridor: ['air', 'artillery', 'ground'],
  no_fly: ['air'],
  exclusion: [...ACTIVITY_KINDS],
}

const ZoneKindSchema = Type.Union(
  ZONE_KINDS.map((k) => Type.Literal(k)),
  { description: 'ceasefire, pull_back (demilitarised), humanitarian_corridor, no_fly, exclusion' },
)
const Prohibits = Type.Array(Type.Union(ACTIVITY_KINDS.map((k) => Type.Literal(k))), {
  uniqueItems: true,
  description:
    'activity kinds prohibited while the zone is in force. Default by kind: ceasefire air, artillery, ground, naval; ' +
    'pull_back and humanitarian_corridor air, artillery, ground; no_fly air; exclusion every kind',
})
const ZoneGeometry = Type.Union([PolygonGeometry, MultiPolygonGeometry, LineStringGeometry], {
  description: 'the area (Polygon or MultiPolygon), or a corridor: a LineString with widthM',
})
/** The widest corridor (the attribution query relies on it). */
export const MAX_WIDTH_M = 50_000
const WidthM = Type.Number({ exclusiveMinimum: 0, maximum: MAX_WIDTH_M, description: 'a LineString corridor’s full width in metres (required with a LineString, refused otherwise)' })
const ClosedToMovements = Type.Boolean({ description: 'whether humanitarian movements may not cross it (default: true for exclusion zones, false otherwise)' })

const Hhmm = (end: boolean) =>
  Type.String({
    pattern: end ? '^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$' : '^([01]\\d|2[0-3]):[0-5]\\d$',
    description: end ? "local time HH:MM, after start; '24:00' is midnight at the day's end" : 'local time HH:MM',
  })

const ScheduleWindow = Type.Object(
  {
    days: Type.Optional(
      Type.Array(Type.Union(DAYS.map((d) => Type.Literal(d))), { minItems: 1, uniqueItems: true, description: 'local weekdays (default: every day)' }),
    ),
    start: Hhmm(false),
    end: Hhmm(true),
  },
  { additionalProperties: false },
)

export const Schedule = Type.Object(
  {
    validFrom: Timestamp,
    validTo: Type.Optional(Type.Union([Timestamp, Type.Null()], { description: 'null or absent: until further notice' })),
    windows: Type.Optional(
      Type.Array(ScheduleWindow, {
        maxItems: 24,
        description:
          "recurring windows in the theatre's local time (its timezone, DST included), e.g. a daily 10:00–13:00 pause; " +
          `absent: the whole validity. They are expanded into instants up to ${HORIZON_DAYS} days past the later of ` +
          'validFrom and the time the zone was written',
      }),
    ),
  },
  { additionalProperties: false },
)

const Withdrawal = Type.Array(
  Type.Object(
    {
      partyId: Uuid,
      distanceM: Type.Number({ exclusiveMinimum: 0, maximum: 200_000, description: 'how far from the zone, metres' }),
    },
    { additionalProperties: false },
  ),
  { maxItems: 50, description: 'pull_back zones only: the parties that must withdraw, and how far' },
)

const Name = Type.String({ minLength: 1, maxLength: 200 })

export const CreateZone = Type.Object(
  {
    name: Name,
    kind: ZoneKindSchema,
    geometry: ZoneGeometry,
    widthM: Type.Optional(WidthM),
    prohibits: Type.Optional(Prohibits),
    closedToMovements: Type.Optional(ClosedToMovements),
    schedule: Schedule,
    withdrawal: Type.Optional(Withdrawal),
  },
  { additionalProperties: false },
)
export type CreateZone = Static<typeof CreateZone>

export const UpdateZone = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    name: Type.Optional(Name),
    geometry: Type.Optional(ZoneGeometry),
    widthM: Type.Optional(Type.Union([WidthM, Type.Null()])),
    prohibits: Type.Optional(Prohibits),
    closedToMovements: Type.Optional(ClosedToMovements),
    schedule: Type.Optional(Schedule),
    withdrawal: Type.Optional(Withdrawal),
  },
  { additionalProperties: false },
)
export type UpdateZone = Static<typeof UpdateZone>

export const Zone = Type.Object({
  ...RecordMeta,
  theatreId: Uuid,
  agreementId: Uuid,
  name: Type.String(),
  kind: ZoneKindSchema,
  geometry: ZoneGeometry,
  widthM: Type.Union([Type.Number(), Type.Null()]),
  prohibits: Prohibits,
  closedToMovements: Type.Boolean(),
  schedule: Schedule,
  withdrawal: Withdrawal,
  withdrawnAt: Type.Union([Timestamp, Type.Null()]),
  inForce: Type.Boolean({ description: 'in force now: its agreement is in force, it is not withdrawn, and now is inside its schedule' }),
  nextWindows: Type.Array(Type.Object({ start: Timestamp, end: Type.Union([Timestamp, Type.Null()]) }), {
    description: 'the current and next few periods of its schedule, as instants',
  }),
})

export const ZonesQuery = Type.Object(
  {
    ...PageQuery,
    agreementId: Type.Optional(Uuid),
    kind: Type.Optional(ZoneKindSchema),
    at: Type.Optional(Type.String({ format: 'date-time', description: 'only zones in force at this instant' })),
  },
  { additionalProperties: false },
)
