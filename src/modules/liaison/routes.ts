import { accessOf } from '../../http/auth.ts'
import { decodeCursor, encodeCursor, page } from '../../http/pagination.ts'
import { invalidField } from '../../http/problem.ts'
import { Page, TheatreIdParams, TheatreParams, problemResponses } from '../../http/schemas.ts'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import {
  ActionItem,
  ActionItemParams,
  ActionItemsQuery,
  CreateMeeting,
  Meeting,
  MeetingsQuery,
  Occurrence,
  OccurrencesQuery,
  UpdateActionItem,
  UpdateMeeting,
} from './schema.ts'

const tags = ['liaison']

/** Occurrences page by (time, meeting), not by id as decodeCursor expects: the same opaque base64url form. */
function occurrenceCursor(cursor: string | undefined): { at: number; meetingId: string } | undefined {
  if (cursor === undefined) return undefined
  const key = Buffer.from(cursor, 'base64url').toString('utf8')
  const m = /^(\d{1,15})\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.exec(key)
  if (!m || encodeCursor(key) !== cursor) throw invalidField('/query/cursor', 'is not a cursor this API gave')
  return { at: Number(m[1]), meetingId: m[2] }
}

export function liaisonRoutes(app: App, { services }: AppContext) {
  const { liaison, authz } = services
  const access = (req: Parameters<typeof accessOf>[1]) => accessOf(authz, req)

  app.post(
    '/theatres/:theatre/liaison',
    {
      schema: {
        tags,
        summary: "Record a liaison meeting, one-off or daily/weekly (the coordinator's editors)",
        description:
          'A meeting is seen by the coordinator, its attending actors and monitors. Each action item is owned by an attending ' +
          'actor (or the coordinator), who is reminded through the ledger 24 h before it falls due and once it is overdue ' +
          '(`liaison.action_due`, `liaison.action_overdue`).',
        params: TheatreParams,
        body: CreateMeeting,
        response: { 201: Meeting, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => reply.code(201).send(await liaison.create(await access(req), req.body)),
  )
  app.get(
    '/theatres/:theatre/liaison',
    {
      schema: {
        tags,
        summary: 'The liaison meetings the caller sees, each with its minutes, decisions and action items',
        params: TheatreParams,
        querystring: MeetingsQuery,
        response: { 200: Page(Meeting), ...problemResponses(400, 401, 404) },
      },
    },
    async (req) => {
      const { cursor, limit = 50, attendee } = req.query
      return page(await liaison.list(await access(req), { attendee, after: decodeCursor(cursor), limit: limit + 1 }), limit, (m) => m.id)
    },
  )
  app.get(
    '/theatres/:theatre/liaison/occurrences',
    {
      schema: {
        tags,
        summary: 'The meetings taking place in [from, to), series expanded in the theatre’s timezone, by time',
        params: TheatreParams,
        querystring: OccurrencesQuery,
        response: { 200: Page(Occurrence), ...problemResponses(400, 401, 404) },
      },
    },
    async (req) => {
      const { cursor, limit = 50, ...filters } = req.query
      const rows = await liaison.occurrences(await access(req), { ...filters, after: occurrenceCursor(cursor), limit: limit + 1 })
      return page(rows, limit, (o) => `${Date.parse(o.at)}/${o.meetingId}`)
    },
  )
  app.get(
    '/theatres/:theatre/liaison/action-items',
    {
      schema: {
        tags,
        summary: 'The action items of the meetings the caller sees, by owner and status',
        params: TheatreParams,
        querystring: ActionItemsQuery,
        response: { 200: Page(ActionItem), ...problemResponses(400, 401, 404) },
      },
    },
    async (req) => {
      const { cursor, limit = 50, ...filters } = req.query
      return page(await liaison.listItems(await access(req), { ...filters, after: decodeCursor(cursor), limit: limit + 1 }), limit, (i) => i.id)
    },
  )
  app.get(
    '/theatres/:theatre/liaison/:id',
    { schema: { tags, summary: 'One liaison meeting', params: TheatreIdParams, response: { 200: Meeting, ...problemResponses(401, 404) } } },
    async (req) => liaison.get(await access(req), req.params.id),
  )
  app.patch(
    '/theatres/:theatre/liaison/:id',
    {
      schema: {
        tags,
        summary: "Change a liaison meeting: minutes, decisions, attendees, action items (the coordinator's editors)",
        params: TheatreIdParams,
        body: UpdateMeeting,
        response: { 200: Meeting, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => liaison.update(await access(req), req.params.id, req.body),
  )
  app.patch(
    '/theatres/:theatre/liaison/:id/action-items/:itemId',
    {
      schema: {
        tags,
        summary: "Set an action item's status and note (its owner's editors, or the coordinator's)",
        description: '`version` is the action item’s own; the change also moves the meeting’s version.',
        params: ActionItemParams,
        body: UpdateActionItem,
        response: { 200: ActionItem, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => liaison.updateItem(await access(req), req.params.id, req.params.itemId, req.body),
  )
}
