import { Type, type Static } from '@sinclair/typebox'
import { PointGeometry } from '../../geo/geojson.ts'
import { PointInput } from '../../geo/point-input.ts'
import { PageQuery, RecordMeta, TheatreParams, Timestamp, Uuid } from '../../http/schemas.ts'
import { MAX_RANGE_DAYS } from './recurrence.ts'
import { DUE_FORMAT } from './time.ts'

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]
const ActionStatus = Type.Union(ACTION_STATUSES.map((s) => Type.Literal(s)))

const Title = Type.String({ minLength: 1, maxLength: 200 })
const Version = Type.Integer({ minimum: 1, description: "the record's current version" })
const Note = Type.Union([Type.String({ maxLength: 4000 }), Type.Null()], { description: 'how it went, why it was dropped' })

export const Recurrence = Type.Object(
  {
    freq: Type.Union([Type.Literal('daily'), Type.Literal('weekly')], {
      description: "every day, or every week on the first meeting's weekday, at its wall-clock time in the theatre's timezone",
    }),
    until: Type.Optional(
      Type.Union([Type.String({ format: 'date' }), Type.Null()], {
        description: "the last local day (YYYY-MM-DD, inclusive) in the theatre's timezone; absent or null: until further notice",
      }),
    ),
  },
  { additionalProperties: false },
)

const PlaceInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: 'where, in words (a crossing, a base, a video call)' }),
    point: Type.Optional(PointInput),
  },
  { additionalProperties: false },
)

const Attendees = Type.Array(Uuid, { uniqueItems: true, maxItems: 50, description: 'the attending actors of the theatre: they see the meeting' })
const Minutes = Type.String({ maxLength: 200_000, description: 'the minutes, Markdown' })
const Decisions = Type.Array(Type.String({ minLength: 1, maxLength: 4000 }), { maxItems: 200, description: 'what the meeting decided, one each' })

const actionItemFields = {
  text: Type.String({ minLength: 1, maxLength: 2000, description: 'what is to be done' }),
  owner: Type.Union([Uuid], { description: 'the actor that is to do it: an attending actor, or the coordinator' }),
  due: Type.String({ minLength: 1, maxLength: 40, description: DUE_FORMAT }),
  status: Type.Optional(ActionStatus),
  note: Type.Optional(Note),
}
const NewActionItem = Type.Object(actionItemFields, { additionalProperties: false })
const ActionItemEdit = Type.Object(
  { id: Type.Optional(Type.Union([Uuid], { description: 'an action item of this meeting, to change it; absent: a new one' })), ...actionItemFields },
  { additionalProperties: false },
)

export const CreateMeeting = Type.Object(
  {
    title: Title,
    at: Type.Union([Timestamp], { description: 'when it takes place (the first meeting of a series)' }),
    recurrence: Type.Optional(Type.Union([Recurrence, Type.Null()])),
    place: Type.Optional(Type.Union([PlaceInput, Type.Null()])),
    attendees: Type.Optional(Attendees),
    minutes: Type.Optional(Minutes),
    decisions: Type.Optional(Decisions),
    actionItems: Type.Optional(Type.Array(NewActionItem, { maxItems: 200 })),
  },
  { additionalProperties: false },
)
export type CreateMeeting = Static<typeof CreateMeeting>

export const UpdateMeeting = Type.Object(
  {
    version: Version,
    title: Type.Optional(Title),
    at: Type.Optional(Timestamp),
    recurrence: Type.Optional(Type.Union([Recurrence, Type.Null()], { description: 'null: a one-off meeting' })),
    place: Type.Optional(Type.Union([PlaceInput, Type.Null()])),
    attendees: Type.Optional(Attendees),
    minutes: Type.Optional(Minutes),
    decisions: Type.Optional(Decisions),
    actionItems: Type.Optional(
      Type.Array(ActionItemEdit, {
        maxItems: 200,
        description: 'the whole list: items with an id are kept (and changed), items without one are added, items left out are removed',
      }),
    ),
  },
  { additionalProperties: false },
)
export type UpdateMeeting = Static<typeof UpdateMeeting>

export const UpdateActionItem = Type.Object(
  { version: Type.Integer({ minimum: 1, description: "the action item's current version" }), status: ActionStatus, note: Type.Optional(Note) },
  { additionalProperties: false },
)
export type UpdateActionItem = Static<typeof UpdateActionItem>

export const ActionItem = Type.Object({
  ...RecordMeta,
  meetingId: Uuid,
  text: Type.String(),
  owner: Uuid,
  due: Type.String({ description: 'as given: a local date, or an instant (in UTC)' }),
  dueAt: Type.Union([Timestamp], { description: 'the instant it falls due' }),
  status: ActionStatus,
  note: Type.Union([Type.String(), Type.Null()]),
})

export const Meeting = Type.Object({
  ...RecordMeta,
  theatreId: Uuid,
  title: Type.String(),
  at: Timestamp,
  recurrence: Type.Union([Type.Object({ freq: Type.String(), until: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
  place: Type.Union([
    Type.Object({ name: Type.String(), point: Type.Union([PointGeometry, Type.Null()]), mgrs: Type.Union([Type.String(), Type.Null()]) }),
    Type.Null(),
  ]),
  attendees: Type.Array(Uuid),
  minutes: Type.String(),
  decisions: Type.Array(Type.String()),
  actionItems: Type.Array(ActionItem),
  createdBy: Uuid,
})

export const Occurrence = Type.Object({
  meetingId: Uuid,
  title: Type.String(),
  at: Timestamp,
  localDate: Type.String({ description: "the day in the theatre's timezone" }),
  place: Type.Union([Type.String(), Type.Null()]),
  attendees: Type.Array(Uuid),
})

export const MeetingsQuery = Type.Object(
  { ...PageQuery, attendee: Type.Optional(Type.Union([Uuid], { description: 'meetings this actor attends' })) },
  { additionalProperties: false },
)

export const OccurrencesQuery = Type.Object(
  {
    ...PageQuery,
    from: Timestamp,
    to: Type.Union([Timestamp], { description: `after from, at most ${MAX_RANGE_DAYS} days later` }),
    meetingId: Type.Optional(Uuid),
    attendee: Type.Optional(Uuid),
  },
  { additionalProperties: false },
)

export const ActionItemsQuery = Type.Object(
  {
    ...PageQuery,
    owner: Type.Optional(Uuid),
    status: Type.Optional(ActionStatus),
  },
  { additionalProperties: false },
)

export const ActionItemParams = Type.Object({ theatre: TheatreParams.properties.theatre, id: Uuid, itemId: Uuid })
