import { toMgrs } from '../../geo/coordinates.ts'
import type { ActionItemRow, MeetingRow } from './store.ts'

const iso = (d: Date | string) => new Date(d).toISOString()

/** Rows as the API shows them: the meeting with its action items, in their order. */
export const toItem = (r: ActionItemRow) => ({
  id: r.id,
  meetingId: r.meeting_id,
  text: r.text,
  owner: r.owner_id,
  due: r.due,
  dueAt: iso(r.due_at),
  status: r.status,
  note: r.note,
  version: r.version,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
})
export type ActionItem = ReturnType<typeof toItem>

export const toMeeting = (r: MeetingRow, items: ActionItemRow[]) => ({
  id: r.id,
  theatreId: r.theatre_id,
  title: r.title,
  at: iso(r.at),
  recurrence: r.recurrence_freq ? { freq: r.recurrence_freq, until: r.recurrence_until } : null,
  place: r.place_name
    ? {
        name: r.place_name,
        point: r.place_point,
        mgrs: r.place_point ? (toMgrs(r.place_point.coordinates as [number, number]) ?? null) : null,
      }
    : null,
  attendees: r.attendees,
  minutes: r.minutes,
  decisions: r.decisions,
  actionItems: items.map(toItem),
  createdBy: r.created_by,
  version: r.version,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
})
export type Meeting = ReturnType<typeof toMeeting>
