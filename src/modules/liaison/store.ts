import type { Queryable } from '../../db/engine.ts'
import type { Point } from '../../geo/geojson.ts'
import type { ActionStatus } from './schema.ts'

export interface ActionItemRow {
  theatre_id: string
  meeting_id: string
  id: string
  position: number
  text: string
  owner_id: string
  due: string
  due_at: Date
  status: ActionStatus
  note: string | null
  version: number
  created_at: Date
  updated_at: Date
}

export interface MeetingRow {
  theatre_id: string
  id: string
  title: string
  at: Date
  recurrence_freq: 'daily' | 'weekly' | null
  recurrence_until: string | null
  place_name: string | null
  place_point: Point | null
  attendees: string[]
  minutes: string
  decisions: string[]
  audience: string[]
  created_by: string
  version: number
  created_at: Date
  updated_at: Date
}

const itemColumns = (alias = '') =>
  ['theatre_id', 'meeting_id', 'id', 'position', 'text', 'owner_id', 'due', 'due_at', 'status', 'note', 'version', 'created_at', 'updated_at']
    .map((c) => alias + c)
    .join(', ')
const ITEM_COLUMNS = itemColumns()

// recurrence_until as text: a date column would come back as a JS Date at some timezone's midnight.
const MEETING_COLUMNS = `theatre_id, id, title, at, recurrence_freq, recurrence_until::text AS recurrence_until, place_name,
  ST_AsGeoJSON(place_point, 7)::json AS place_point, attendees, minutes, decisions, audience, created_by, version, created_at, updated_at`

export type MeetingValues = Pick<
  MeetingRow,
  'title' | 'at' | 'recurrence_freq' | 'recurrence_until' | 'place_name' | 'place_point' | 'attendees' | 'minutes' | 'decisions' | 'audience'
>

const meetingParams = (m: MeetingValues) => [
  m.title,
  m.at,
  m.recurrence_freq,
  m.recurrence_until,
  m.place_name,
  m.place_point && JSON.stringify(m.place_point),
  m.attendees,
  m.minutes,
  m.decisions,
  m.audience,
]

export async function insertMeeting(q: Queryable, m: MeetingValues & { theatre_id: string; id: string; created_by: string }) {
  await q.query(
    `INSERT INTO liaison_meetings (theatre_id, id, created_by, title, at, recurrence_freq, recurrence_until, place_name, place_point,
       attendees, minutes, decisions, audience)
     VALUES ($1, $2, $3, $4, $5, $6, $7::date, $8, ST_SetSRID(ST_GeomFromGeoJSON($9), 4326), $10, $11, $12, $13)`,
    [m.theatre_id, m.id, m.created_by, ...meetingParams(m)],
  )
}

/** Applies a change if the meeting is still at `version`; false otherwise. */
export async function updateMeeting(q: Queryable, theatreId: string, id: string, version: number, m: MeetingValues): Promise<boolean> {
  const rows = await q.query(
    `UPDATE liaison_meetings SET title = $4, at = $5, recurrence_freq = $6, recurrence_until = $7::date, place_name = $8,
       place_point = ST_SetSRID(ST_GeomFromGeoJSON($9), 4326), attendees = $10, minutes = $11, decisions = $12, audience = $13,
       version = version + 1, updated_at = now()
     WHERE theatre_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    [theatreId, id, version, ...meetingParams(m)],
  )
  return rows.length > 0
}

/** A change to one of its action items is a change to the meeting too: its version moves, so a stale edit of the list fails. */
export async function touchMeeting(q: Queryable, theatreId: string, id: string) {
  await q.query('UPDATE liaison_meetings SET version = version + 1, updated_at = now() WHERE theatre_id = $1 AND id = $2', [theatreId, id])
}

/** `lock`: inside a write, so changes to one meeting and its action items follow one another. */
export async function getMeeting(q: Queryable, theatreId: string, id: string, lock = false): Promise<MeetingRow | undefined> {
  const [row] = await q.query<MeetingRow>(
    `SELECT ${MEETING_COLUMNS} FROM liaison_meetings WHERE theatre_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
    [theatreId, id],
  )
  return row
}

export async function listMeetings(
  q: Queryable,
  theatreId: string,
  f: { audience: string[] | null; attendee?: string; after?: string; limit: number },
): Promise<MeetingRow[]> {
  return q.query<MeetingRow>(
    `SELECT ${MEETING_COLUMNS} FROM liaison_meetings
     WHERE theatre_id = $1 AND ($2::text[] IS NULL OR audience && $2::text[]) AND ($3::uuid IS NULL OR $3::uuid = ANY (attendees))
       AND ($4::uuid IS NULL OR id > $4::uuid)
     ORDER BY id LIMIT $5`,
    [theatreId, f.audience, f.attendee ?? null, f.after ?? null, f.limit],
  )
}

/**
 * The meetings that may take place in [from, to): one-off ones in it, series begun before `to` and not ended before
 * `fromDay` (the caller leaves a day's slack, as local days and UTC ones differ). The caller expands the series.
 */
export async function meetingsBetween(
  q: Queryable,
  theatreId: string,
  f: { audience: string[] | null; from: Date; to: Date; fromDay: string; meetingId?: string; attendee?: string },
): Promise<MeetingRow[]> {
  return q.query<MeetingRow>(
    `SELECT ${MEETING_COLUMNS} FROM liaison_meetings
     WHERE theatre_id = $1 AND ($2::text[] IS NULL OR audience && $2::text[]) AND at < $4
       AND ((recurrence_freq IS NULL AND at >= $3) OR (recurrence_freq IS NOT NULL AND (recurrence_until IS NULL OR recurrence_until >= $5::date)))
       AND ($6::uuid IS NULL OR id = $6::uuid) AND ($7::uuid IS NULL OR $7::uuid = ANY (attendees))
     ORDER BY id`,
    [theatreId, f.audience, f.from, f.to, f.fromDay, f.meetingId ?? null, f.attendee ?? null],
  )
}

export async function itemsOf(q: Queryable, theatreId: string, meetingIds: string[]): Promise<ActionItemRow[]> {
  if (!meetingIds.length) return []
  return q.query<ActionItemRow>(
    `SELECT ${ITEM_COLUMNS} FROM liaison_action_items WHERE theatre_id = $1 AND meeting_id = ANY ($2::uuid[]) ORDER BY meeting_id, position`,
    [theatreId, meetingIds],
  )
}

export async function getItem(q: Queryable, theatreId: string, meetingId: string, id: string): Promise<ActionItemRow | undefined> {
  const [row] = await q.query<ActionItemRow>(
    `SELECT ${ITEM_COLUMNS} FROM liaison_action_items WHERE theatre_id = $1 AND meeting_id = $2 AND id = $3`,
    [theatreId, meetingId, id],
  )
  return row
}

/** Action items of the meetings the reader may see (a meeting's audience covers its items). */
export async function listItems(
  q: Queryable,
  theatreId: string,
  f: { audience: string[] | null; owner?: string; status?: string; after?: string; limit: number },
): Promise<ActionItemRow[]> {
  return q.query<ActionItemRow>(
    `SELECT ${itemColumns('i.')}
     FROM liaison_action_items i JOIN liaison_meetings m ON m.theatre_id = i.theatre_id AND m.id = i.meeting_id
     WHERE i.theatre_id = $1 AND ($2::text[] IS NULL OR m.audience && $2::text[]) AND ($3::uuid IS NULL OR i.owner_id = $3::uuid)
       AND ($4::text IS NULL OR i.status = $4::text) AND ($5::uuid IS NULL OR i.id > $5::uuid)
     ORDER BY i.id LIMIT $6`,
    [theatreId, f.audience, f.owner ?? null, f.status ?? null, f.after ?? null, f.limit],
  )
}

export type ItemValues = Pick<ActionItemRow, 'position' | 'text' | 'owner_id' | 'due' | 'due_at' | 'status' | 'note'>

export async function insertItem(q: Queryable, i: ItemValues & { theatre_id: string; meeting_id: string; id: string }) {
  await q.query(
    `INSERT INTO liaison_action_items (theatre_id, meeting_id, id, position, text, owner_id, due, due_at, status, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [i.theatre_id, i.meeting_id, i.id, i.position, i.text, i.owner_id, i.due, i.due_at, i.status, i.note],
  )
}

/**
 * Rewrites an item in place. Its version moves only when what it says changed (`changed`), not when it merely moved
 * in the list; a moved due date makes its reminders due again.
 */
export async function updateItem(q: Queryable, theatreId: string, id: string, i: ItemValues, how: { changed: boolean; dueMoved: boolean }) {
  await q.query(
    `UPDATE liaison_action_items SET position = $3, text = $4, owner_id = $5, due = $6, due_at = $7, status = $8, note = $9,
       version = version + $10::int, updated_at = CASE WHEN $10::int = 1 THEN now() ELSE updated_at END,
       due_reminded_at = CASE WHEN $11::boolean THEN NULL ELSE due_reminded_at END,
       overdue_reminded_at = CASE WHEN $11::boolean THEN NULL ELSE overdue_reminded_at END
     WHERE theatre_id = $1 AND id = $2`,
    [theatreId, id, i.position, i.text, i.owner_id, i.due, i.due_at, i.status, i.note, how.changed ? 1 : 0, how.dueMoved],
  )
}

export async function deleteItems(q: Queryable, theatreId: string, meetingId: string, keep: string[]) {
  await q.query('DELETE FROM liaison_action_items WHERE theatre_id = $1 AND meeting_id = $2 AND NOT (id = ANY ($3::uuid[]))', [
    theatreId,
    meetingId,
    keep,
  ])
}

/** An owner's (or the coordinator's) status change, if the item is still at `version`; undefined otherwise. */
export async function setItemStatus(
  q: Queryable,
  theatreId: string,
  id: string,
  version: number,
  s: { status: ActionStatus; note: string | null },
): Promise<ActionItemRow | undefined> {
  const [row] = await q.query<ActionItemRow>(
    `UPDATE liaison_action_items SET status = $4, note = $5, version = version + 1, updated_at = now()
     WHERE theatre_id = $1 AND id = $2 AND version = $3 RETURNING ${ITEM_COLUMNS}`,
    [theatreId, id, version, s.status, s.note],
  )
  return row
}

export type Reminder = 'due' | 'overdue'

export interface ClaimedReminder extends ActionItemRow {
  meeting_title: string
}

/**
 * Claims the open action items that need a reminder at `now`, across theatres, marking them sent: `due`, those due
 * within `withinMs` and not yet past; `overdue`, those past due. Each is claimed once per kind (the mark stays until
 * the due date moves); SKIP LOCKED lets several processes share the work. Runs inside the transaction that writes the
 * reminders' ledger entries, so a failed run marks nothing.
 */
export async function claimReminders(q: Queryable, kind: Reminder, now: Date, withinMs: number, limit: number): Promise<ClaimedReminder[]> {
  const column = kind === 'due' ? 'due_reminded_at' : 'overdue_reminded_at'
  // due: from now to `withinMs` ahead; overdue: up to now ($2 is the end of the window either way)
  const window = kind === 'due' ? 'due_at > $1 AND due_at <= $2' : 'due_at <= $2'
  return q.query<ClaimedReminder>(
    `UPDATE liaison_action_items i SET ${column} = $1
     FROM liaison_meetings m
     WHERE m.theatre_id = i.theatre_id AND m.id = i.meeting_id AND (i.theatre_id, i.id) IN (
       SELECT theatre_id, id FROM liaison_action_items
       WHERE status = 'open' AND ${column} IS NULL AND ${window}
       ORDER BY due_at LIMIT $3 FOR UPDATE SKIP LOCKED)
     RETURNING ${itemColumns('i.')}, m.title AS meeting_title`,
    [now, kind === 'due' ? new Date(now.getTime() + withinMs) : now, limit],
  )
}
