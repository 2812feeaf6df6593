import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entriesAfter, expectProblem, ledgerHead } from '../../../test/helpers/assert.ts'
import type { Client } from '../../../test/helpers/client.ts'
import { testEngines } from '../../../test/helpers/db.ts'
import { receiver } from '../../../test/helpers/receiver.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { openStream } from '../../../test/helpers/sse.ts'
import { makeTheatre, type TestTheatre, type UserKey } from '../../../test/helpers/theatre.ts'

const NO_SUCH_ID = '0190a000-0000-7000-8000-000000000000'
const HOUR = 3_600_000
const ALEPPO = { type: 'Point', coordinates: [37.1612, 36.2021] }

describe.each(testEngines())('liaison log on %s', (engine) => {
  let t: TestServer
  let tt: TestTheatre
  beforeAll(async () => {
    t = await startServer(engine)
    tt = await makeTheatre(t)
  })
  afterAll(() => t?.close())

  const as = (who: UserKey, th = tt): Client => th.users[who].client
  const coord = (th = tt) => as('coordAdmin', th)
  const url = (th = tt) => `${th.base}/liaison`

  /** The daily contact between the two parties' militaries, as the cell records it. */
  const meetingBody = (th = tt, body: Record<string, unknown> = {}) => ({
    title: 'Daily military contact',
    at: '2016-09-12T10:00:00+03:00',
    recurrence: { freq: 'daily', until: '2016-09-30' },
    place: { name: 'Castello Road checkpoint', point: ALEPPO },
    attendees: [th.actors.gov.id, th.actors.opp.id],
    minutes: '## 12 September\n\nBoth sides confirmed the pull-back from the **Castello Road**.',
    decisions: ['Government forces pull back 500 m from the Castello Road by 14 September'],
    actionItems: [
      { text: 'Pull back from the Castello Road', owner: th.actors.gov.id, due: '2016-09-14' },
      { text: 'Confirm the road is clear', owner: th.actors.opp.id, due: '2016-09-15T12:00:00+03:00', note: 'by phone to the cell' },
    ],
    ...body,
  })
  const create = async (th = tt, body: Record<string, unknown> = {}) => {
    const res = await coord(th).post(url(th), meetingBody(th, body))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body
  }

  it('records a meeting with its minutes, decisions and action items, ledgered; the coordinator, attendees and monitors see it', async () => {
    const before = await ledgerHead(tt)
    const m = await create()
    expect(m).toEqual({
      id: expect.any(String),
      theatreId: tt.theatre.id,
      title: 'Daily military contact',
      at: '2016-09-12T07:00:00.000Z',
      recurrence: { freq: 'daily', until: '2016-09-30' },
      place: { name: 'Castello Road checkpoint', point: ALEPPO, mgrs: expect.stringMatching(/^37S/) },
      attendees: [tt.actors.gov.id, tt.actors.opp.id],
      minutes: meetingBody().minutes,
      decisions: meetingBody().decisions,
      actionItems: [
        expect.objectContaining({ text: 'Pull back from the Castello Road', owner: tt.actors.gov.id, due: '2016-09-14', dueAt: '2016-09-14T21:00:00.000Z', status: 'open', note: null, version: 1 }),
        expect.objectContaining({ owner: tt.actors.opp.id, due: '2016-09-15T09:00:00.000Z', dueAt: '2016-09-15T09:00:00.000Z', note: 'by phone to the cell' }),
      ],
      createdBy: tt.users.coordAdmin.user.id,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    })
    expect(m.actionItems[0]).toMatchObject({ id: expect.any(String), meetingId: m.id })
    const entries = await entriesAfter(tt, before)
    expect(entries).toEqual([expect.objectContaining({ action: 'liaison.create', subject: { kind: 'liaison_meeting', id: m.id }, version: 1, payload: m })])

    for (const who of ['coordViewer', 'govViewer', 'oppEditor', 'monEditor'] as UserKey[]) {
      expect((await as(who).get(`${url()}/${m.id}`)).body, who).toEqual(m)
      expect((await as(who).get(url())).body.items.map((x: any) => x.id), who).toContain(m.id)
      expect((await as(who).get(`${tt.base}/ledger?subject=${m.id}`)).body.items, who).toHaveLength(1)
    }
    // Organisations did not attend: for them the meeting, its entry and its action items do not exist.
    for (const who of ['wfpEditor', 'msfEditor'] as UserKey[]) {
      expectProblem(await as(who).get(`${url()}/${m.id}`), 404)
      expect((await as(who).get(url())).body.items.map((x: any) => x.id), who).not.toContain(m.id)
      expect((await as(who).get(`${tt.base}/ledger?subject=${m.id}`)).body.items, who).toEqual([])
      expect((await as(who).get(`${url()}/action-items`)).body.items.map((x: any) => x.meetingId), who).not.toContain(m.id)
    }
    expectProblem(await tt.outsider.client.get(`${url()}/${m.id}`), 404)
    expectProblem(await t.client().get(url()), 401)
    expectProblem(await coord().get(`${url()}/${NO_SUCH_ID}`), 404)

    // An attendee finds what its side owes.
    const owed = (await as('govViewer').get(`${url()}/action-items?owner=${tt.actors.gov.id}&status=open`)).body.items
    expect(owed).toContainEqual(m.actionItems[0])
    expect(owed.every((i: any) => i.owner === tt.actors.gov.id)).toBe(true)
    expect((await as('govViewer').get(url() + `?attendee=${tt.actors.wfp.id}`)).body.items).toEqual([])
  })

  it('takes a place typed as MGRS or DMS, and a one-off meeting with nothing but a title and a time', async () => {
    const m = await create(tt, { place: { name: 'Ramouseh', point: '36°10\'30"N 37°08\'20"E' } })
    expect(m.place.point.coordinates[1]).toBeCloseTo(36.175, 3)
    expect(m.place.mgrs).toMatch(/^37S/)
    const bare = await coord().post(url(), { title: 'Weekly review', at: '2016-09-15T12:00:00+03:00' })
    expect(bare.status, JSON.stringify(bare.body)).toBe(201)
    expect(bare.body).toMatchObject({ recurrence: null, place: null, attendees: [], minutes: '', decisions: [], actionItems: [] })
    // With no attendee it is the coordinator's and the monitors' alone.
    expectProblem(await as('govEditor').get(`${url()}/${bare.body.id}`), 404)
    expect((await as('monEditor').get(`${url()}/${bare.body.id}`)).status).toBe(200)
  })

  it("lists the occurrences of a range in the theatre's timezone, series expanded across a DST change, a page at a time", async () => {
    const th = await makeTheatre(t)
    const daily = await create(th, { at: '2016-10-26T10:00:00+03:00', recurrence: { freq: 'daily', until: '2016-10-30' } })
    const weekly = await create(th, { title: 'Weekly review', at: '2016-10-03T12:00:00+03:00', recurrence: { freq: 'weekly' } })
    const once = await create(th, { title: 'Handover', at: '2016-10-29T09:00:00+02:00', recurrence: null, attendees: [th.actors.gov.id], actionItems: [] })
    const range = 'from=2016-10-25T00:00:00Z&to=2016-11-01T00:00:00Z'
    const res = await coord(th).get(`${url(th)}/occurrences?${range}&limit=500`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const seen = res.body.items.map((o: any) => [o.at, o.localDate, o.title])
    expect(seen).toEqual([
      ['2016-10-26T07:00:00.000Z', '2016-10-26', 'Daily military contact'],
      ['2016-10-27T07:00:00.000Z', '2016-10-27', 'Daily military contact'],
      // the clocks went back an hour at midnight: 10:00 local is now 08:00 UTC
      ['2016-10-28T08:00:00.000Z', '2016-10-28', 'Daily military contact'],
      ['2016-10-29T07:00:00.000Z', '2016-10-29', 'Handover'],
      ['2016-10-29T08:00:00.000Z', '2016-10-29', 'Daily military contact'],
      ['2016-10-30T08:00:00.000Z', '2016-10-30', 'Daily military contact'],
      ['2016-10-31T10:00:00.000Z', '2016-10-31', 'Weekly review'],
    ])
    expect(res.body.items[0]).toEqual({
      meetingId: daily.id,
      title: 'Daily military contact',
      at: '2016-10-26T07:00:00.000Z',
      localDate: '2016-10-26',
      place: 'Castello Road checkpoint',
      attendees: [th.actors.gov.id, th.actors.opp.id],
    })
    expect(res.body.next).toBeNull()

    // Page by page, the same list.
    const paged: any[] = []
    let next: string | null = null
    do {
      const p: any = await coord(th).get(`${url(th)}/occurrences?${range}&limit=3${next ? `&cursor=${next}` : ''}`)
      expect(p.status, JSON.stringify(p.body)).toBe(200)
      paged.push(...p.body.items)
      next = p.body.next
    } while (next)
    expect(paged).toEqual(res.body.items)

    // One meeting's, and what an attendee sees: OPP does not attend the handover.
    expect((await coord(th).get(`${url(th)}/occurrences?${range}&meetingId=${weekly.id}`)).body.items).toHaveLength(1)
    const opp = (await as('oppEditor', th).get(`${url(th)}/occurrences?${range}`)).body.items
    expect(opp.map((o: any) => o.meetingId)).not.toContain(once.id)
    expect(opp).toHaveLength(6)
    expect((await as('wfpEditor', th).get(`${url(th)}/occurrences?${range}`)).body.items).toEqual([])

    expectProblem(await coord(th).get(`${url(th)}/occurrences?from=2016-10-25T00:00:00Z&to=2016-10-24T00:00:00Z`), 400, '/query/to')
    expectProblem(await coord(th).get(`${url(th)}/occurrences?from=2016-01-01T00:00:00Z&to=2017-06-01T00:00:00Z`), 400, '/query/to')
    expectProblem(await coord(th).get(`${url(th)}/occurrences?from=yesterday&to=2016-10-24T00:00:00Z`), 400, '/query/from')
    expectProblem(await coord(th).get(`${url(th)}/occurrences?to=2016-10-24T00:00:00Z`), 400, '/query/from')
    expectProblem(await coord(th).get(`${url(th)}/occurrences?${range}&cursor=${Buffer.from('x/y').toString('base64url')}`), 400, '/query/cursor')
  })

  it('lets the coordinator change the meeting against its version, keeping action items by id; a stale version gets 409 and writes nothing', async () => {
    const m = await create()
    const [pull, confirm] = m.actionItems
    const before = await ledgerHead(tt)
    const res = await coord().patch(`${url()}/${m.id}`, {
      version: 1,
      minutes: `${m.minutes}\n\n## 13 September\n\nThe pull-back began at 06:00.`,
      decisions: [...m.decisions, 'The cell inspects the road on 15 September'],
      actionItems: [
        { id: confirm.id, text: confirm.text, owner: confirm.owner, due: confirm.due },
        { text: 'Inspect the road', owner: tt.actors.cell.id, due: '2016-09-15' },
        { id: pull.id, text: pull.text, owner: pull.owner, due: '2016-09-16', note: 'delayed two days' },
      ],
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const u = res.body
    expect(u.version).toBe(2)
    expect(u.actionItems.map((i: any) => [i.text, i.version])).toEqual([
      ['Confirm the road is clear', 1],
      ['Inspect the road', 1],
      ['Pull back from the Castello Road', 2],
    ])
    expect(u.actionItems[0]).toEqual(confirm) // unchanged, note kept although left out
    expect(u.actionItems[2]).toMatchObject({ id: pull.id, due: '2016-09-16', note: 'delayed two days' })
    expect(await entriesAfter(tt, before)).toEqual([expect.objectContaining({ action: 'liaison.update', version: 2, payload: u })])

    // Left out of the list, an item is removed.
    const fewer = await coord().patch(`${url()}/${m.id}`, { version: 2, actionItems: [{ id: pull.id, text: pull.text, owner: pull.owner, due: '2016-09-16' }] })
    expect(fewer.body.actionItems.map((i: any) => i.id)).toEqual([pull.id])
    expect(fewer.body.actionItems[0]).toMatchObject({ note: 'delayed two days', version: 2 })

    const head = await ledgerHead(tt)
    const stale = await coord().patch(`${url()}/${m.id}`, { version: 2, title: 'Late' })
    expectProblem(stale, 409, '/body/version')
    expect(stale.body.currentVersion).toBe(3)
    expectProblem(await coord().patch(`${url()}/${m.id}`, { title: 'No version' }), 400, '/body/version')
    expectProblem(await coord().patch(`${url()}/${NO_SUCH_ID}`, { version: 1, title: 'Nothing' }), 404)
    expect(await ledgerHead(tt)).toBe(head)
    expect((await coord().get(`${url()}/${m.id}`)).body.title).toBe('Daily military contact')
  })

  it("lets an owner's editors (or the coordinator's) set an action item's status; others get 403, or 404 when they cannot see it", async () => {
    const m = await create()
    const [pull] = m.actionItems
    const itemUrl = `${url()}/${m.id}/action-items/${pull.id}`
    const before = await ledgerHead(tt)
    for (const who of ['govViewer', 'oppEditor', 'coordViewer', 'monEditor'] as UserKey[]) {
      expectProblem(await as(who).patch(itemUrl, { version: 1, status: 'done' }), 403)
    }
    for (const who of ['wfpEditor', 'msfEditor'] as UserKey[]) expectProblem(await as(who).patch(itemUrl, { version: 1, status: 'done' }), 404)
    expectProblem(await tt.outsider.client.patch(itemUrl, { version: 1, status: 'done' }), 404)
    expectProblem(await as('govEditor').patch(`${url()}/${m.id}/action-items/${NO_SUCH_ID}`, { version: 1, status: 'done' }), 404)
    expectProblem(await as('govEditor').patch(itemUrl, { version: 1, status: 'finished' }), 400, '/body/status')
    expectProblem(await as('govEditor').patch(itemUrl, { version: 1, status: 'done', text: 'Something easier' }), 400, '/body/text')
    expect(await ledgerHead(tt)).toBe(before)

    const done = await as('govEditor').patch(itemUrl, { version: 1, status: 'done', note: 'withdrawn to 600 m at 05:40' })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body).toMatchObject({ id: pull.id, status: 'done', note: 'withdrawn to 600 m at 05:40', version: 2 })
    expect(await entriesAfter(tt, before)).toEqual([
      expect.objectContaining({
        action: 'liaison.action_update',
        actor: tt.actors.gov.id,
        user: tt.users.govEditor.user.id,
        subject: { kind: 'liaison_action', id: pull.id },
        version: 2,
        payload: { meetingId: m.id, meetingTitle: m.title, actionItem: done.body },
      }),
    ])
    // The other attendee and the monitors read it; an organisation does not.
    expect((await as('oppEditor').get(`${tt.base}/ledger?subject=${pull.id}`)).body.items).toHaveLength(1)
    expect((await as('monEditor').get(`${tt.base}/ledger?subject=${pull.id}`)).body.items).toHaveLength(1)
    expect((await as('wfpEditor').get(`${tt.base}/ledger?subject=${pull.id}`)).body.items).toEqual([])

    // The meeting moved on too: an edit of the whole list from before the change is stale.
    const after = (await coord().get(`${url()}/${m.id}`)).body
    expect(after.version).toBe(2)
    expect(after.actionItems[0]).toEqual(done.body)
    const head = await ledgerHead(tt)
    expectProblem(await coord().patch(`${url()}/${m.id}`, { version: 1, actionItems: [] }), 409, '/body/version')
    expectProblem(await as('govEditor').patch(itemUrl, { version: 1, status: 'open' }), 409, '/body/version')
    expect(await ledgerHead(tt)).toBe(head)

    const byCoordinator = await coord().patch(itemUrl, { version: 2, status: 'dropped', note: null })
    expect(byCoordinator.body).toMatchObject({ status: 'dropped', note: null, version: 3 })
    expect((await entriesAfter(tt, head))[0]).toMatchObject({ action: 'liaison.action_update', actor: null })
  })

  it('lets only the coordinator’s editors record and change meetings: 403 for those who see it, 404 for those who do not', async () => {
    const m = await create()
    const before = await ledgerHead(tt)
    for (const who of ['coordViewer', 'govAdmin', 'govEditor', 'oppEditor', 'wfpEditor', 'monEditor'] as UserKey[]) {
      expectProblem(await as(who).post(url(), meetingBody()), 403)
    }
    for (const who of ['coordViewer', 'govAdmin', 'govEditor', 'oppEditor', 'monEditor'] as UserKey[]) {
      expectProblem(await as(who).patch(`${url()}/${m.id}`, { version: 1, title: 'Ours' }), 403)
    }
    for (const who of ['wfpEditor', 'msfEditor'] as UserKey[]) expectProblem(await as(who).patch(`${url()}/${m.id}`, { version: 1, title: 'Ours' }), 404)
    expectProblem(await tt.outsider.client.post(url(), meetingBody()), 404)
    expect(await ledgerHead(tt)).toBe(before)
  })

  it.each([
    ['an attendee that is no actor of the theatre', '/body/attendees/1', () => ({ attendees: [tt.actors.gov.id, NO_SUCH_ID] })],
    ['an owner that is no actor of the theatre', '/body/actionItems/0/owner', () => ({ actionItems: [{ text: 'x', owner: NO_SUCH_ID, due: '2016-09-14' }] })],
    ['an owner that does not attend', '/body/actionItems/1/owner', () => ({
      actionItems: [{ text: 'x', owner: tt.actors.gov.id, due: '2016-09-14' }, { text: 'y', owner: tt.actors.wfp.id, due: '2016-09-14' }],
    })],
    ['a due date in words', '/body/actionItems/0/due', () => ({ actionItems: [{ text: 'x', owner: tt.actors.gov.id, due: 'next Thursday' }] })],
    ['a due date that is no day', '/body/actionItems/0/due', () => ({ actionItems: [{ text: 'x', owner: tt.actors.gov.id, due: '2016-02-30' }] })],
    ['a due time without its offset', '/body/actionItems/0/due', () => ({ actionItems: [{ text: 'x', owner: tt.actors.gov.id, due: '2016-09-14T12:00:00' }] })],
    ['a series that ends before it starts', '/body/recurrence/until', () => ({ recurrence: { freq: 'daily', until: '2016-09-11' } })],
    ['an end that is no date', '/body/recurrence/until', () => ({ recurrence: { freq: 'weekly', until: 'September' } })],
    ['a frequency there is not', '/body/recurrence/freq', () => ({ recurrence: { freq: 'monthly' } })],
    ['a time that is no time', '/body/at', () => ({ at: 'tomorrow at ten' })],
    ['a place outside the theatre', '/body/place/point/coordinates', () => ({ place: { name: 'Paris', point: { type: 'Point', coordinates: [2.35, 48.85] } } })],
    ['a place that is no point', '/body/place/point', () => ({ place: { name: 'Somewhere', point: 'the old mill' } })],
    ['an attendee listed twice', '/body/attendees', () => ({ attendees: [tt.actors.gov.id, tt.actors.gov.id] })],
    ['a status there is not', '/body/actionItems/0/status', () => ({ actionItems: [{ text: 'x', owner: tt.actors.gov.id, due: '2016-09-14', status: 'late' }] })],
    ['an unknown field', '/body/agenda', () => ({ agenda: 'everything' })],
    ['no title', '/body/title', () => ({ title: undefined })],
  ])('refuses %s, naming %s, and writes nothing', async (_, path, body) => {
    const before = await ledgerHead(tt)
    const count = (await coord().get(`${url()}?limit=500`)).body.items.length
    expectProblem(await coord().post(url(), meetingBody(tt, body())), 400, path)
    expect(await ledgerHead(tt)).toBe(before)
    expect((await coord().get(`${url()}?limit=500`)).body.items).toHaveLength(count)
  })

  it('refuses a change that names an unknown action item, or drops an owner from the attendees, and writes nothing', async () => {
    const m = await create()
    const before = await ledgerHead(tt)
    const item = { text: 'x', owner: tt.actors.gov.id, due: '2016-09-14' }
    expectProblem(await coord().patch(`${url()}/${m.id}`, { version: 1, actionItems: [{ ...item, id: NO_SUCH_ID }] }), 400, '/body/actionItems/0/id')
    expectProblem(await coord().patch(`${url()}/${m.id}`, { version: 1, actionItems: [{ ...item, id: m.actionItems[0].id }, { ...item, id: m.actionItems[0].id }] }), 400, '/body/actionItems/1/id')
    const dropped = await coord().patch(`${url()}/${m.id}`, { version: 1, attendees: [tt.actors.gov.id] })
    expectProblem(dropped, 400, '/body/attendees')
    expect(dropped.body.errors[0].message).toMatch(/leaves out OPP/)
    expectProblem(await coord().patch(`${url()}/${m.id}`, { version: 1, recurrence: { freq: 'daily', until: '2016-09-01' } }), 400, '/body/recurrence/until')
    expectProblem(await coord().patch(`${url()}/${m.id}`, { version: 1, at: '2016-10-01T10:00:00+03:00' }), 400, '/body/at')
    expectProblem(await coord().patch(`${url()}/${m.id}`, { version: 1, actionItems: [{ ...item, due: 'soon' }] }), 400, '/body/actionItems/0/due')
    expect(await ledgerHead(tt)).toBe(before)
    expect((await coord().get(`${url()}/${m.id}`)).body).toEqual(m)
  })

  it('reminds each owner, once, of action items due within 24 h and overdue: on its live stream and its webhook, and no other actor', async () => {
    const th = await makeTheatre(t)
    const now = Date.now()
    const hooks = {
      gov: await receiver(),
      opp: await receiver(),
      wfp: await receiver(),
    }
    try {
      for (const key of ['gov', 'opp', 'wfp'] as const) {
        const r = await coord(th).post(`${th.base}/webhooks`, { actorId: th.actors[key].id, url: hooks[key].url, events: ['liaison.action_'] })
        expect(r.status, JSON.stringify(r.body)).toBe(201)
      }
      const m = await create(th, {
        at: new Date(now - 2 * HOUR).toISOString(),
        recurrence: null,
        actionItems: [
          { text: 'Reopen the crossing', owner: th.actors.gov.id, due: new Date(now + 12 * HOUR).toISOString() },
          { text: 'Escort the convoy', owner: th.actors.opp.id, due: new Date(now + 48 * HOUR).toISOString() },
          { text: 'Already done', owner: th.actors.gov.id, due: new Date(now + 6 * HOUR).toISOString(), status: 'done' },
        ],
      })
      const [gov, opp, done] = m.actionItems
      const head = await ledgerHead(th)
      const govStream = await openStream(t.url, as('govViewer', th), `${th.base}/stream?after=${head}`)
      const oppStream = await openStream(t.url, as('oppEditor', th), `${th.base}/stream?after=${head}`)
      const monStream = await openStream(t.url, as('monEditor', th), `${th.base}/stream?after=${head}`)
      try {
        const reminders = () => t.services.liaison.reminders.runOnce(new Date(at))
        let at = now
        // GOV's item is due within 24 h: GOV is told, OPP is not.
        expect(await reminders()).toBeGreaterThanOrEqual(1)
        const first = (await govStream.next())!
        expect(first).toMatchObject({ event: 'liaison.action_due', data: { actor: th.actors.gov.id, subject: { kind: 'liaison_action', id: gov.id } } })
        expect(first.data.payload).toEqual({ meetingId: m.id, meetingTitle: m.title, actionItem: gov, alert: 'due within 24 hours' })
        // Run again at the same time: nothing new for this theatre.
        await reminders()
        expect(await ledgerHead(th)).toBe(head + 1)

        // 36 h on, GOV's is overdue and OPP's due within 24 h; each hears of its own only.
        at = now + 36 * HOUR
        await reminders()
        const second = (await govStream.next())!
        expect(second).toMatchObject({ event: 'liaison.action_overdue', data: { subject: { id: gov.id }, payload: { alert: 'past its due date and still open' } } })
        const oppFirst = (await oppStream.next())!
        expect(oppFirst).toMatchObject({ event: 'liaison.action_due', data: { actor: th.actors.opp.id, subject: { id: opp.id } } })
        at = now + 72 * HOUR
        await reminders()
        expect((await oppStream.next())!).toMatchObject({ event: 'liaison.action_overdue', data: { subject: { id: opp.id } } })
        await reminders()

        // The coordinator saw all four, once each; nothing for the item already done.
        const entries = await entriesAfter(th, head)
        expect(entries.map((e) => [e.action, e.subject.id])).toEqual([
          ['liaison.action_due', gov.id],
          ['liaison.action_due', opp.id], // one run: what is due first, then what is overdue
          ['liaison.action_overdue', gov.id],
          ['liaison.action_overdue', opp.id],
        ])
        expect(entries.map((e) => e.subject.id)).not.toContain(done.id)
        // Monitors see the meeting but not the reminders, which are the owners' affair.
        await coord(th).patch(`${url(th)}/${m.id}`, { version: 1, title: 'Crossing and convoy' })
        expect((await monStream.next())!.event).toBe('liaison.update')
        // …and GOV's next event is that change, not OPP's reminders.
        expect((await govStream.next())!.event).toBe('liaison.update')
        expect((await oppStream.next())!.event).toBe('liaison.update')

        // Through webhooks: each owner's receiver got its own reminders, WFP's nothing.
        while ((await t.services.webhooks.worker.runOnce()) > 0);
        const got = (r: Awaited<ReturnType<typeof receiver>>) =>
          r.received
            .map((x) => JSON.parse(x.body))
            .sort((a, b) => a.seq - b.seq)
            .map((d) => [d.action, d.entry.subject.id])
        expect(got(hooks.gov)).toEqual([['liaison.action_due', gov.id], ['liaison.action_overdue', gov.id]])
        expect(got(hooks.opp)).toEqual([['liaison.action_due', opp.id], ['liaison.action_overdue', opp.id]])
        expect(hooks.wfp.received).toEqual([])

        // A due date moved later is reminded of again when it comes near.
        const current = (await coord(th).get(`${url(th)}/${m.id}`)).body
        const later = new Date(now + 100 * HOUR).toISOString()
        const moved = await coord(th).patch(`${url(th)}/${m.id}`, {
          version: current.version,
          actionItems: current.actionItems.map(({ id, text, owner, due, status }: any) => ({ id, text, owner, status, due: id === gov.id ? later : due })),
        })
        expect(moved.status, JSON.stringify(moved.body)).toBe(200)
        const beforeMove = await ledgerHead(th)
        at = now + 80 * HOUR
        await reminders()
        expect((await entriesAfter(th, beforeMove)).map((e) => [e.action, e.subject.id])).toEqual([['liaison.action_due', gov.id]])
      } finally {
        for (const s of [govStream, oppStream, monStream]) s.close()
      }
    } finally {
      await Promise.all(Object.values(hooks).map((h) => h.close()))
    }
  })
})
