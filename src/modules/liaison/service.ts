import type { Db } from '../../db/engine.ts'
import { newId } from '../../db/ids.ts'
import type { TheatreAccess } from '../../authz/access.ts'
import { audience } from '../../authz/audience.ts'
import { atLeast } from '../../authz/principal.ts'
import { checkGeometry, type Point } from '../../geo/geojson.ts'
import { toPoint } from '../../geo/point-input.ts'
import { invalid, invalidField, notFound, staleVersion, type FieldError } from '../../http/problem.ts'
import type { Actor, ActorsService } from '../actors/service.ts'
import type { LedgerService, Tx } from '../ledger/service.ts'
import type { TheatresService } from '../theatres/service.ts'
import type { Theatre } from '../theatres/store.ts'
import { DAY_MS } from '../zones/schedule.ts'
import { toItem, toMeeting, type Meeting } from './records.ts'
import { MAX_RANGE_DAYS, occurrences, untilErrors, type Recurrence } from './recurrence.ts'
import { LiaisonReminders } from './reminders.ts'
import type { ActionStatus, CreateMeeting, UpdateActionItem, UpdateMeeting } from './schema.ts'
import * as store from './store.ts'
import { DUE_FORMAT, localDate, parseDue } from './time.ts'

/** An action item as a write leaves it: `id` absent for a new one. */
interface ItemDraft {
  id?: string
  text: string
  owner: string
  due: string
  status?: ActionStatus
  note?: string | null
}

/** A meeting as a write leaves it, before the checks that need the theatre and its actors. */
interface Draft {
  title: string
  at: string
  recurrence: Recurrence | null
  place: { name: string; point?: Point | string } | null
  attendees: string[]
  minutes: string
  decisions: string[]
  items: ItemDraft[]
}

/** Where each part of a draft came from in the request, so an error names the field the caller sent (or the one to fix). */
interface Paths {
  /** where a series ending before its first day is reported: its `until` when sent, else the `at` that moved */
  until: string
  /** null when the request sends the action items (each owner not attending is named); else the field that left one out */
  owners: string | null
}

/** One occurrence of a meeting, for the calendar. */
export interface Occurrence {
  meetingId: string
  title: string
  at: string
  localDate: string
  place: string | null
  attendees: string[]
}

export class LiaisonService {
  /** The action item reminders; `truce serve` runs them as a background job (jobs/index.ts). */
  readonly reminders: LiaisonReminders

  constructor(
    private readonly db: Db,
    private readonly ledger: LedgerService,
    private readonly theatres: TheatresService,
    private readonly actors: ActorsService,
  ) {
    this.reminders = new LiaisonReminders(ledger)
  }

  private mayWrite(access: TheatreAccess) {
    access.require(access.isCoordinatorEditor, "only the coordinator's editors record liaison meetings")
  }

  /**
   * Checks what the schema cannot, all at once: attendees and owners are actors of the theatre, owners attend (or are
   * the coordinator: a meeting's action items are shown with it, so an owner must be able to see it), due dates parse,
   * a series does not end before it starts, the place's point lies in the theatre. Returns the rows to write.
   */
  private async check(access: TheatreAccess, theatre: Theatre, d: Draft, paths: Paths) {
    const errors: FieldError[] = []
    const actors = new Map<string, Actor>((await this.actors.list(access, { limit: 10_000 })).map((a) => [a.id, a]))
    d.attendees.forEach((id, i) => {
      if (!actors.has(id)) errors.push({ path: `/body/attendees/${i}`, message: 'is not an actor of this theatre' })
    })
    errors.push(...untilErrors(d.at, d.recurrence, theatre.timezone, paths.until))
    let point: Point | null = null
    if (d.place?.point !== undefined) {
      point = toPoint(d.place.point, '/body/place/point')
      errors.push(...checkGeometry(point, '/body/place/point', theatre.bbox))
    }
    const items = d.items.map((item, i) => {
      const at = `/body/actionItems/${i}`
      const owner = actors.get(item.owner)
      if (!owner) errors.push({ path: `${at}/owner`, message: 'is not an actor of this theatre' })
      else if (owner.kind !== 'coordinator' && !d.attendees.includes(owner.id)) {
        errors.push(
          paths.owners === null
            ? { path: `${at}/owner`, message: `${owner.shortName} does not attend: add it to attendees, or give the action to the coordinator` }
            : { path: paths.owners, message: `leaves out ${owner.shortName}, which owns action item ${i} ("${item.text}")` },
        )
      }
      const due = parseDue(item.due, theatre.timezone)
      if (!due) errors.push({ path: `${at}/due`, message: `is not ${DUE_FORMAT}` })
      return { ...item, dueAt: due?.dueAt, due: due?.due ?? item.due }
    })
    if (errors.length) throw invalid(errors)
    const meeting: store.MeetingValues = {
      title: d.title,
      at: new Date(d.at),
      recurrence_freq: d.recurrence?.freq ?? null,
      recurrence_until: d.recurrence?.until ?? null,
      place_name: d.place?.name ?? null,
      place_point: point,
      attendees: d.attendees,
      minutes: d.minutes,
      decisions: d.decisions,
      audience: audience.liaison(d.attendees),
    }
    return { meeting, items: items.map((item, position) => ({ ...item, dueAt: item.dueAt!, position })) }
  }

  /** Reads the meeting with its action items, as the caller may see it (404 otherwise). */
  private async read(access: TheatreAccess, id: string) {
    const row = await store.getMeeting(this.db, access.theatre.id, id)
    if (!row || !access.canSee(row.audience)) throw notFound(`liaison meeting ${id}`)
    return { row, items: await store.itemsOf(this.db, access.theatre.id, [id]) }
  }

  private async record(tx: Tx, access: TheatreAccess, action: string, id: string): Promise<Meeting> {
    const row = (await store.getMeeting(tx.q, access.theatre.id, id))!
    const meeting = toMeeting(row, await store.itemsOf(tx.q, access.theatre.id, [id]))
    await tx.append({
      theatre: access.theatre.id,
      user: access.principal.user.id,
      action,
      subject: { kind: 'liaison_meeting', id },
      version: meeting.version,
      payload: meeting,
      audience: row.audience,
    })
    return meeting
  }

  async create(access: TheatreAccess, input: CreateMeeting): Promise<Meeting> {
    this.mayWrite(access)
    const theatre = await this.theatres.of(access)
    const draft: Draft = {
      title: input.title,
      at: input.at,
      recurrence: input.recurrence ?? null,
      place: input.place ?? null,
      attendees: input.attendees ?? [],
      minutes: input.minutes ?? '',
      decisions: input.decisions ?? [],
      items: input.actionItems ?? [],
    }
    const { meeting, items } = await this.check(access, theatre, draft, { until: '/body/recurrence/until', owners: null })
    return this.ledger.transact(async (tx) => {
      const id = newId()
      await store.insertMeeting(tx.q, { ...meeting, theatre_id: theatre.id, id, created_by: access.principal.user.id })
      for (const item of items) await store.insertItem(tx.q, { ...itemValues(item), theatre_id: theatre.id, meeting_id: id, id: newId() })
      return this.record(tx, access, 'liaison.create', id)
    })
  }

  /** The coordinator's editors change a meeting: its minutes, decisions, attendees, and its action items as a whole list. */
  async update(access: TheatreAccess, id: string, input: UpdateMeeting): Promise<Meeting> {
    const { row, items: current } = await this.read(access, id)
    this.mayWrite(access)
    if (input.version !== row.version) throw staleVersion(row.version)
    const theatre = await this.theatres.of(access)
    const seen = new Set<string>()
    const idErrors: FieldError[] = []
    input.actionItems?.forEach((item, i) => {
      if (item.id === undefined) return
      if (!current.some((c) => c.id === item.id)) idErrors.push({ path: `/body/actionItems/${i}/id`, message: 'is not an action item of this meeting' })
      else if (seen.has(item.id)) idErrors.push({ path: `/body/actionItems/${i}/id`, message: 'is listed twice' })
      seen.add(item.id)
    })
    if (idErrors.length) throw invalid(idErrors)
    const was = toMeeting(row, current)
    const draft: Draft = {
      title: input.title ?? was.title,
      at: input.at ?? was.at,
      recurrence: input.recurrence === undefined ? was.recurrence : input.recurrence,
      place: input.place === undefined ? (was.place && { name: was.place.name, point: was.place.point ?? undefined }) : input.place,
      attendees: input.attendees ?? was.attendees,
      minutes: input.minutes ?? was.minutes,
      decisions: input.decisions ?? was.decisions,
      items: input.actionItems ?? was.actionItems.map(({ id, text, owner, due, status, note }) => ({ id, text, owner, due, status, note })),
    }
    const paths: Paths = {
      until: input.recurrence !== undefined ? '/body/recurrence/until' : '/body/at',
      owners: input.actionItems === undefined ? '/body/attendees' : null,
    }
    const { meeting, items } = await this.check(access, theatre, draft, paths)
    return this.ledger.transact(async (tx) => {
      const locked = await store.getMeeting(tx.q, theatre.id, id, true)
      if (!locked || !(await store.updateMeeting(tx.q, theatre.id, id, input.version, meeting))) throw staleVersion(locked?.version ?? row.version)
      await store.deleteItems(tx.q, theatre.id, id, items.flatMap((i) => (i.id ? [i.id] : [])))
      for (const item of items) {
        const before = item.id && current.find((c) => c.id === item.id)
        if (!before) {
          await store.insertItem(tx.q, { ...itemValues(item), theatre_id: theatre.id, meeting_id: id, id: newId() })
          continue
        }
        // Left out, an existing item's status and note stay as they are (its owner may have just set them).
        const values = itemValues({ ...item, status: item.status ?? before.status, note: item.note === undefined ? before.note : item.note })
        const dueMoved = before.due_at.getTime() !== values.due_at.getTime()
        const changed = dueMoved || (['text', 'owner_id', 'due', 'status', 'note'] as const).some((k) => before[k] !== values[k])
        await store.updateItem(tx.q, theatre.id, before.id, values, { changed, dueMoved })
      }
      return this.record(tx, access, 'liaison.update', id)
    })
  }

  /** An action item's owner (its editors) or the coordinator's editors record how it stands. */
  async updateItem(access: TheatreAccess, meetingId: string, itemId: string, input: UpdateActionItem) {
    const { row, items } = await this.read(access, meetingId)
    const item = items.find((i) => i.id === itemId)
    if (!item) throw notFound(`action item ${itemId}`)
    const role = access.roleIn(item.owner_id)
    const asOwner = role !== undefined && atLeast(role, 'editor')
    access.require(asOwner || access.isCoordinatorEditor, "only the editors of the action item's owner, or the coordinator's, change its status")
    if (input.version !== item.version) throw staleVersion(item.version)
    return this.ledger.transact(async (tx) => {
      // Locks the meeting, so the item cannot change under an edit of the whole list.
      if (!(await store.getMeeting(tx.q, access.theatre.id, meetingId, true))) throw notFound(`liaison meeting ${meetingId}`)
      const note = input.note === undefined ? item.note : input.note
      const updated = await store.setItemStatus(tx.q, access.theatre.id, itemId, input.version, { status: input.status, note })
      if (!updated) throw staleVersion((await store.getItem(tx.q, access.theatre.id, meetingId, itemId))?.version ?? item.version)
      await store.touchMeeting(tx.q, access.theatre.id, meetingId)
      const actionItem = toItem(updated)
      await tx.append({
        theatre: access.theatre.id,
        actor: asOwner ? item.owner_id : null,
        user: access.principal.user.id,
        action: 'liaison.action_update',
        subject: { kind: 'liaison_action', id: itemId },
        version: actionItem.version,
        payload: { meetingId, meetingTitle: row.title, actionItem },
        audience: row.audience,
      })
      return actionItem
    })
  }

  async get(access: TheatreAccess, id: string): Promise<Meeting> {
    const { row, items } = await this.read(access, id)
    return toMeeting(row, items)
  }

  async list(access: TheatreAccess, opts: { attendee?: string; after?: string; limit: number }): Promise<Meeting[]> {
    const rows = await store.listMeetings(this.db, access.theatre.id, { ...opts, audience: access.audience() })
    const items = await store.itemsOf(this.db, access.theatre.id, rows.map((r) => r.id))
    return rows.map((r) => toMeeting(r, items.filter((i) => i.meeting_id === r.id)))
  }

  /** Action items of the meetings the caller sees: "what do we still owe?" */
  async listItems(access: TheatreAccess, opts: { owner?: string; status?: string; after?: string; limit: number }) {
    return (await store.listItems(this.db, access.theatre.id, { ...opts, audience: access.audience() })).map(toItem)
  }

  /**
   * The meetings the caller sees that take place in [from, to), series expanded in the theatre's timezone, ordered by
   * time then meeting; `after` is the last one of the previous page.
   */
  async occurrences(
    access: TheatreAccess,
    f: { from: string; to: string; meetingId?: string; attendee?: string; after?: { at: number; meetingId: string }; limit: number },
  ): Promise<Occurrence[]> {
    const from = Date.parse(f.from)
    const to = Date.parse(f.to)
    if (to <= from) throw invalidField('/query/to', `must be after from (${f.from})`)
    if (to - from > MAX_RANGE_DAYS * DAY_MS) throw invalidField('/query/to', `must be at most ${MAX_RANGE_DAYS} days after from`)
    const { timezone } = await this.theatres.of(access)
    const rows = await store.meetingsBetween(this.db, access.theatre.id, {
      audience: access.audience(),
      from: new Date(from),
      to: new Date(to),
      // a day's slack: a series' last local day may end up to a day after that date ends in UTC
      fromDay: new Date(from - DAY_MS).toISOString().slice(0, 10),
      meetingId: f.meetingId,
      attendee: f.attendee,
    })
    const after = f.after
    const all = rows.flatMap((r) =>
      occurrences(r.at, r.recurrence_freq ? { freq: r.recurrence_freq, until: r.recurrence_until } : null, timezone, from, to)
        .filter((t) => !after || t > after.at || (t === after.at && r.id > after.meetingId))
        .map((t) => ({ t, r })),
    )
    all.sort((a, b) => a.t - b.t || (a.r.id < b.r.id ? -1 : 1))
    return all.slice(0, f.limit).map(({ t, r }) => ({
      meetingId: r.id,
      title: r.title,
      at: new Date(t).toISOString(),
      localDate: localDate(timezone, t),
      place: r.place_name,
      attendees: r.attendees,
    }))
  }
}

const itemValues = (i: { text: string; owner: string; due: string; dueAt: Date; status?: ActionStatus; note?: string | null; position: number }): store.ItemValues => ({
  position: i.position,
  text: i.text,
  owner_id: i.owner,
  due: i.due,
  due_at: i.dueAt,
  status: i.status ?? 'open',
  note: i.note ?? null,
})
