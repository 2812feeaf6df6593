import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entriesAfter, expectProblem, ledgerHead } from '../../../test/helpers/assert.ts'
import type { Client } from '../../../test/helpers/client.ts'
import { testEngines } from '../../../test/helpers/db.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { makeTheatre, type TestTheatre, type UserKey } from '../../../test/helpers/theatre.ts'

const NO_SUCH_ID = '0190a000-0000-7000-8000-000000000000'
/** A market square in eastern Aleppo (illustrative). */
const MARKET = { type: 'Point', coordinates: [37.15, 36.15] }
const HOUR = 3_600_000

describe.each(testEngines())('incidents on %s', (engine) => {
  let t: TestServer
  let tt: TestTheatre
  beforeAll(async () => {
    t = await startServer(engine)
    tt = await makeTheatre(t)
  })
  afterAll(() => t?.close())

  const as = (who: UserKey | 'outsider'): Client => (who === 'outsider' ? tt.outsider.client : tt.users[who].client)
  const report = (who: UserKey, body: Record<string, unknown> = {}) =>
    as(who).post(`${tt.base}/incidents`, {
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      location: MARKET,
      category: 'shelling_artillery_missile_attack',
      description: 'Shells struck the market at midday',
      ...body,
    })
  const reported = async (who: UserKey, body: Record<string, unknown> = {}) => {
    const res = await report(who, body)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body
  }
  const move = (who: UserKey, id: string, status: string, note = `now ${status}`) => as(who).post(`${tt.base}/incidents/${id}/status`, { status, note })
  const moved = async (id: string, ...statuses: string[]) => {
    let last
    for (const s of statuses) {
      last = await move('monEditor', id, s)
      expect(last.status, JSON.stringify(last.body)).toBe(200)
    }
    return last!.body
  }

  describe('reporting', () => {
    it('records a report with its reference, defaults and casualty ranges, and ledgers it', async () => {
      const before = await ledgerHead(tt)
      const i = await reported('wfpEditor', {
        allegedPartyId: tt.actors.gov.id,
        killed: { min: 3, max: 7, children: { min: 1, max: 2 } },
        injured: { min: 10, max: 15 },
        placeName: 'Bab al-Hadid market',
        sources: [
          { kind: 'organisation', title: 'WFP field report', publisher: 'WFP', date: '2026-11-30' },
          { kind: 'media', title: 'Market shelled', url: 'https://news.example.org/aleppo', publisher: 'Example News' },
        ],
      })
      expect(i).toMatchObject({
        ref: `${tt.theatre.code}-I-000001`,
        theatreId: tt.theatre.id,
        reporterId: tt.actors.wfp.id,
        occurredPrecision: 'exact',
        occurredUntil: null,
        locationPrecision: 'exact',
        uncertaintyM: 0,
        uncertaintyArea: MARKET,
        location: MARKET,
        mgrs: expect.stringMatching(/^37S/),
        category: 'shelling_artillery_missile_attack',
        eventType: 'Explosions/Remote violence',
        allegedPartyId: tt.actors.gov.id,
        killed: { min: 3, max: 7, children: { min: 1, max: 2 } },
        injured: { min: 10, max: 15 },
        status: 'reported',
        history: [],
        replyRequests: [],
        replies: [],
        evidence: [],
        published: false,
        version: 1,
      })
      expect(i.occurredWindow).toEqual({ start: i.occurredAt, end: i.occurredAt })
      expect(i.sources).toHaveLength(2)
      const [entry] = await entriesAfter(tt, before)
      expect(entry).toMatchObject({ action: 'incident.create', actor: tt.actors.wfp.id, subject: { kind: 'incident', id: i.id, ref: i.ref }, version: 1 })
      expect(entry.payload.description).toBe('Shells struck the market at midday')
    })

    it('accepts an MGRS location, an imprecise time as its period in the theatre timezone, and "unknown" perpetrators', async () => {
      const i = await reported('monEditor', {
        location: '37SCA3357102171',
        occurredPrecision: 'day',
        allegedPartyId: 'unknown',
        allegedPerpetratorText: 'armed men on motorcycles',
        category: 'abduction_forced_disappearance',
      })
      expect(i.location.type).toBe('Point')
      expect(i.allegedPartyId).toBeNull()
      expect(i.allegedPerpetratorText).toBe('armed men on motorcycles')
      // Asia/Damascus is UTC+3: a local day runs from 21:00 UTC to 21:00 UTC.
      expect(i.occurredWindow.start).toMatch(/T21:00:00\.000Z$/)
      expect(Date.parse(i.occurredWindow.end) - Date.parse(i.occurredWindow.start)).toBe(24 * HOUR)
      expect(Date.parse(i.occurredAt)).toBeGreaterThanOrEqual(Date.parse(i.occurredWindow.start))
    })

    it('widens a month-precise time to the month, and an ongoing event to its end', async () => {
      const m = await reported('monEditor', { occurredPrecision: 'month' })
      const days = (Date.parse(m.occurredWindow.end) - Date.parse(m.occurredWindow.start)) / (24 * HOUR)
      expect(days).toBeGreaterThanOrEqual(28)
      expect(days).toBeLessThanOrEqual(31)
      const start = new Date(Date.now() - 5 * HOUR).toISOString()
      const until = new Date(Date.now() - HOUR).toISOString()
      const o = await reported('monEditor', { occurredAt: start, occurredUntil: until })
      expect(o.occurredWindow).toEqual({ start, end: until })
    })

    it('lists the categories', async () => {
      const res = await as('govViewer').get(`${tt.base}/incidents/categories`)
      expect(res.status).toBe(200)
      expect(res.body).toContainEqual({ id: 'air_drone_strike', eventType: 'Explosions/Remote violence', label: 'Air/drone strike' })
      expect(res.body).toContainEqual({ id: 'obstruction_of_aid', eventType: 'Truce', label: 'Obstruction of humanitarian aid' })
    })
  })

  describe('bad input', () => {
    const cases: [string, Record<string, unknown>, number, string][] = [
      ['an event in the future', { occurredAt: new Date(Date.now() + 2 * HOUR).toISOString() }, 400, '/body/occurredAt'],
      ['an end before the start', { occurredUntil: new Date(Date.now() - 2 * HOUR).toISOString() }, 400, '/body/occurredUntil'],
      ['an end in the future', { occurredUntil: new Date(Date.now() + 3 * HOUR).toISOString() }, 400, '/body/occurredUntil'],
      ['killed min above max', { killed: { min: 5, max: 2 } }, 400, '/body/killed/max'],
      ['negative injured', { injured: { min: -1, max: 2 } }, 400, '/body/injured/min'],
      ['more children than in all', { injured: { min: 1, max: 2, children: { min: 0, max: 3 } } }, 400, '/body/injured/children/max'],
      ['an unknown category', { category: 'alien_invasion' }, 400, '/body/category'],
      ['an unknown party', { allegedPartyId: NO_SUCH_ID }, 400, '/body/allegedPartyId'],
      ['an organisation as the alleged party', { allegedPartyId: 'ORG' }, 400, '/body/allegedPartyId'],
      ['a location outside the theatre', { location: { type: 'Point', coordinates: [2.35, 48.85] } }, 400, '/body/location/coordinates'],
      ['an unreadable MGRS', { location: '99ZZZ' }, 400, '/body/location'],
      ['an unknown precision', { locationPrecision: 'somewhere' }, 400, '/body/locationPrecision'],
      ['a source of unknown kind', { sources: [{ kind: 'rumour', title: 'heard it' }] }, 400, '/body/sources/0/kind'],
      ['an unknown field', { perpetrator: 'GOV' }, 400, '/body/perpetrator'],
    ]
    it.each(cases)('refuses %s, naming the field, writing nothing', async (_name, body, status, path) => {
      const before = await ledgerHead(tt)
      const b = body.allegedPartyId === 'ORG' ? { ...body, allegedPartyId: tt.actors.msf.id } : body
      expectProblem(await report('wfpEditor', b), status, path)
      expect(await ledgerHead(tt)).toBe(before)
    })

    it('refuses a reporter without editor rights (403) and a non-member (404)', async () => {
      const before = await ledgerHead(tt)
      expectProblem(await report('govViewer'), 403)
      expectProblem(await report('coordViewer'), 403)
      const outsider = await tt.outsider.client.post(`${tt.base}/incidents`, { occurredAt: new Date().toISOString(), location: MARKET, category: 'armed_clash', description: 'x' })
      expectProblem(outsider, 404)
      expect(await ledgerHead(tt)).toBe(before)
    })
  })

  describe('changing', () => {
    it('takes a change with the current version, answers 409 to a stale one, and lets the reporter change only its own', async () => {
      const i = await reported('wfpEditor')
      const res = await as('wfpEditor').patch(`${tt.base}/incidents/${i.id}`, { version: 1, killed: { min: 1, max: 1 }, description: 'Two shells' })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body).toMatchObject({ version: 2, killed: { min: 1, max: 1 }, description: 'Two shells', category: i.category })
      const before = await ledgerHead(tt)
      expectProblem(await as('wfpEditor').patch(`${tt.base}/incidents/${i.id}`, { version: 1, description: 'stale' }), 409, '/body/version')
      expectProblem(await as('wfpEditor').patch(`${tt.base}/incidents/${i.id}`, { version: 2, killed: { min: 4, max: 1 } }), 400, '/body/killed/max')
      expectProblem(await as('msfEditor').patch(`${tt.base}/incidents/${i.id}`, { version: 2, description: 'not mine' }), 404)
      expect(await ledgerHead(tt)).toBe(before)
      // once the review has concluded, the reporter no longer changes it; a monitor still may
      await moved(i.id, 'under_review', 'corroborated')
      expectProblem(await as('wfpEditor').patch(`${tt.base}/incidents/${i.id}`, { version: 4, description: 'late' }), 403)
      const mon = await as('monEditor').patch(`${tt.base}/incidents/${i.id}`, { version: 4, injured: { min: 2, max: 5 } })
      expect(mon.status).toBe(200)
      expect(mon.body.injured).toEqual({ min: 2, max: 5 })
    })

    it('lists what the caller may see, filtered by status, category and time, a page at a time', async () => {
      const { client } = tt.users.msfEditor
      const past = new Date(Date.now() - 48 * HOUR).toISOString()
      const a = await reported('msfEditor', { category: 'obstruction_of_aid', occurredAt: past })
      const b = await reported('msfEditor', { category: 'obstruction_of_aid' })
      await reported('msfEditor', { category: 'armed_clash' })
      const all = (await client.get(`${tt.base}/incidents?limit=500`)).body.items
      expect(all.every((x: any) => x.reporterId === tt.actors.msf.id)).toBe(true)
      const aid = (await client.get(`${tt.base}/incidents?category=obstruction_of_aid`)).body.items.map((x: any) => x.id)
      expect(aid).toEqual([a.id, b.id])
      const recent = (await client.get(`${tt.base}/incidents?category=obstruction_of_aid&from=${encodeURIComponent(new Date(Date.now() - HOUR).toISOString())}`)).body.items
      expect(recent.map((x: any) => x.id)).toEqual([b.id])
      const old = (await client.get(`${tt.base}/incidents?category=obstruction_of_aid&to=${encodeURIComponent(new Date(Date.now() - 24 * HOUR).toISOString())}`)).body.items
      expect(old.map((x: any) => x.id)).toEqual([a.id])
      const page1 = (await client.get(`${tt.base}/incidents?limit=1&category=obstruction_of_aid`)).body
      expect(page1.items.map((x: any) => x.id)).toEqual([a.id])
      const page2 = (await client.get(`${tt.base}/incidents?limit=1&category=obstruction_of_aid&cursor=${page1.next}`)).body
      expect(page2).toEqual({ items: [expect.objectContaining({ id: b.id })], next: null })
      expect((await client.get(`${tt.base}/incidents?status=verified&category=obstruction_of_aid`)).body.items).toEqual([])
      expectProblem(await client.get(`${tt.base}/incidents?status=bogus`), 400, '/query/status')
      expectProblem(await client.get(`${tt.base}/incidents?from=2026-11-30T00:00:00Z&to=2026-11-01T00:00:00Z`), 400, '/query/to')
    })
  })

  describe('verification and the right of reply', () => {
    it('lets only monitors and the coordinator move it, one step at a time, keeping who and why', async () => {
      const i = await reported('wfpEditor', { allegedPartyId: tt.actors.gov.id })
      const before = await ledgerHead(tt)
      expectProblem(await move('wfpEditor', i.id, 'under_review'), 403)
      expectProblem(await move('coordViewer', i.id, 'under_review'), 403)
      expectProblem(await move('govEditor', i.id, 'under_review'), 404) // not asked yet: it does not see it
      expectProblem(await move('msfEditor', i.id, 'under_review'), 404)
      expectProblem(await move('monEditor', i.id, 'verified'), 409, '/body/status')
      expectProblem(await move('monEditor', i.id, 'corroborated'), 409, '/body/status')
      expectProblem(await move('monEditor', i.id, 'reported'), 400, '/body/status')
      expectProblem(await move('monEditor', i.id, 'merged'), 400, '/body/status')
      expectProblem(await as('monEditor').post(`${tt.base}/incidents/${i.id}/status`, { status: 'under_review' }), 400, '/body/note')
      expect(await ledgerHead(tt)).toBe(before)

      const review = await move('monEditor', i.id, 'under_review', 'two sources agree on the time')
      expect(review.status).toBe(200)
      expect(review.body.history).toEqual([
        { from: 'reported', to: 'under_review', note: 'two sources agree on the time', by: tt.users.monEditor.user.id, actorId: tt.actors.mon.id, at: expect.any(String) },
      ])
      const corroborated = await move('coordAdmin', i.id, 'corroborated', 'satellite imagery shows craters')
      expect(corroborated.body.history[1]).toMatchObject({ from: 'under_review', to: 'corroborated', by: tt.users.coordAdmin.user.id, actorId: tt.actors.cell.id })
      const verified = await move('monEditor', i.id, 'verified', 'site visit')
      expect(verified.body.status).toBe('verified')
      expectProblem(await move('monEditor', i.id, 'refuted'), 409, '/body/status')
      const read = await as('msfEditor').get(`${tt.base}/incidents/${i.id}`)
      expect(read.body.history.map((h: any) => h.to)).toEqual(['under_review', 'corroborated', 'verified'])
      const entries = (await entriesAfter(tt, before)).filter((e) => e.subject.id === i.id)
      expect(entries.map((e) => e.action)).toEqual(['incident.status', 'incident.reply_request', 'incident.status', 'incident.status'])
      expect(entries[0].payload.transition).toEqual({ from: 'reported', to: 'under_review', note: 'two sources agree on the time' })
    })

    it('lets a review conclude early and reopen, and answers 409 to a stale version', async () => {
      const i = await reported('monEditor')
      await moved(i.id, 'under_review', 'inconclusive', 'under_review', 'refuted')
      const stale = await as('monEditor').post(`${tt.base}/incidents/${i.id}/status`, { status: 'under_review', note: 'again', version: 1 })
      expectProblem(stale, 409, '/body/version')
    })

    it('asks the alleged party to reply when the review starts, due by the policy, and takes its reply only', async () => {
      const i = await reported('wfpEditor', { allegedPartyId: tt.actors.gov.id })
      const at = Date.now()
      const review = await moved(i.id, 'under_review')
      expect(review.replyRequests).toEqual([{ partyId: tt.actors.gov.id, askedAt: expect.any(String), dueAt: expect.any(String) }])
      const due = Date.parse(review.replyRequests[0].dueAt) - at
      expect(due).toBeGreaterThan(71.9 * HOUR)
      expect(due).toBeLessThan(72.1 * HOUR)

      const before = await ledgerHead(tt)
      expectProblem(await as('oppEditor').post(`${tt.base}/incidents/${i.id}/reply`, { text: 'GOV did it' }), 404)
      expectProblem(await as('govViewer').post(`${tt.base}/incidents/${i.id}/reply`, { text: 'we deny it' }), 403, '/body/partyId')
      expectProblem(await as('govEditor').post(`${tt.base}/incidents/${i.id}/reply`, { text: 'for OPP', partyId: tt.actors.opp.id }), 403, '/body/partyId')
      expectProblem(await as('monEditor').post(`${tt.base}/incidents/${i.id}/reply`, { text: 'on their behalf' }), 403, '/body/partyId')
      expectProblem(await as('coordAdmin').post(`${tt.base}/incidents/${i.id}/reply`, { text: 'on their behalf' }), 403, '/body/partyId')
      expectProblem(await as('govEditor').post(`${tt.base}/incidents/${i.id}/reply`, { text: '' }), 400, '/body/text')
      expect(await ledgerHead(tt)).toBe(before)

      const res = await as('govEditor').post(`${tt.base}/incidents/${i.id}/reply`, { text: 'Our units were 20 km away that day.' })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.replies).toEqual([
        { partyId: tt.actors.gov.id, text: 'Our units were 20 km away that day.', by: tt.users.govEditor.user.id, at: expect.any(String), late: false },
      ])
      const [entry] = await entriesAfter(tt, before)
      expect(entry).toMatchObject({ action: 'incident.reply', actor: tt.actors.gov.id, payload: { reply: { text: 'Our units were 20 km away that day.' } } })
      // verified, every member sees it, but another party still does not answer for the alleged one
      await moved(i.id, 'corroborated', 'verified')
      expectProblem(await as('oppEditor').post(`${tt.base}/incidents/${i.id}/reply`, { text: 'GOV did it' }), 403, '/body/partyId')
    })

    it('asks a party named once the review is under way', async () => {
      const i = await reported('monEditor')
      const review = await moved(i.id, 'under_review')
      expect(review.replyRequests).toEqual([])
      expectProblem(await as('oppEditor').get(`${tt.base}/incidents/${i.id}`), 404)
      const res = await as('monEditor').patch(`${tt.base}/incidents/${i.id}`, { version: review.version, allegedPartyId: tt.actors.opp.id })
      expect(res.body.replyRequests.map((r: any) => r.partyId)).toEqual([tt.actors.opp.id])
      expect((await as('oppEditor').get(`${tt.base}/incidents/${i.id}`)).status).toBe(200)
    })

    it('publishes a verified incident, by the coordinator only', async () => {
      const i = await reported('monEditor')
      expectProblem(await as('coordAdmin').post(`${tt.base}/incidents/${i.id}/publish`, {}), 409, '/params/id')
      await moved(i.id, 'under_review', 'corroborated', 'verified')
      expectProblem(await as('monEditor').post(`${tt.base}/incidents/${i.id}/publish`, {}), 403)
      expectProblem(await as('govEditor').post(`${tt.base}/incidents/${i.id}/publish`, {}), 403)
      const res = await as('coordAdmin').post(`${tt.base}/incidents/${i.id}/publish`, {})
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ published: true, publishedAt: expect.any(String), status: 'verified' })
      const [row] = await t.services.db.query<{ audience: string[] }>('SELECT audience FROM incidents WHERE theatre_id = $1 AND id = $2', [tt.theatre.id, i.id])
      expect(row.audience).toEqual(['all', 'public'])
      expectProblem(await as('coordAdmin').post(`${tt.base}/incidents/${i.id}/publish`, {}), 409, '/params/id')
    })
  })

  describe('visibility (DESIGN.md § Visibility)', () => {
    const WHO: (UserKey | 'outsider')[] = ['coordAdmin', 'coordViewer', 'wfpEditor', 'monEditor', 'govEditor', 'govViewer', 'oppEditor', 'msfEditor', 'outsider']
    const sees = async (id: string) => Object.fromEntries(await Promise.all(WHO.map(async (w) => [w, (await as(w).get(`${tt.base}/incidents/${id}`)).status])))
    const listed = async (who: UserKey, id: string) => (await as(who).get(`${tt.base}/incidents?limit=500`)).body.items.some((x: any) => x.id === id)
    const ledgered = async (who: UserKey, id: string) => (await as(who).get(`${tt.base}/ledger?subject=${id}&limit=500`)).body.items.map((e: any) => e.action)

    it('shows an unverified incident to the coordinator, the reporter, monitors and the alleged party once asked; verified, to every member', async () => {
      const i = await reported('wfpEditor', { allegedPartyId: tt.actors.gov.id })
      expect(await sees(i.id)).toEqual({
        coordAdmin: 200, coordViewer: 200, wfpEditor: 200, monEditor: 200, govEditor: 404, govViewer: 404, oppEditor: 404, msfEditor: 404, outsider: 404,
      })
      expect(await listed('govEditor', i.id)).toBe(false)
      expect(await listed('monEditor', i.id)).toBe(true)

      await moved(i.id, 'under_review')
      expect(await sees(i.id)).toEqual({
        coordAdmin: 200, coordViewer: 200, wfpEditor: 200, monEditor: 200, govEditor: 200, govViewer: 200, oppEditor: 404, msfEditor: 404, outsider: 404,
      })
      expect(await listed('govViewer', i.id)).toBe(true)
      // the party reads the entries from the moment it was asked, not the report before it
      expect(await ledgered('govEditor', i.id)).toEqual(['incident.status', 'incident.reply_request'])
      expect(await ledgered('oppEditor', i.id)).toEqual([])
      expect(await ledgered('wfpEditor', i.id)).toEqual(['incident.create', 'incident.status', 'incident.reply_request'])

      await moved(i.id, 'corroborated', 'verified')
      expect(await sees(i.id)).toEqual({
        coordAdmin: 200, coordViewer: 200, wfpEditor: 200, monEditor: 200, govEditor: 200, govViewer: 200, oppEditor: 200, msfEditor: 200, outsider: 404,
      })
      expect(await ledgered('oppEditor', i.id)).toEqual(['incident.status'])
    })

    it('keeps a refuted incident as restricted as an unverified one', async () => {
      const i = await reported('msfEditor', { allegedPartyId: tt.actors.opp.id })
      await moved(i.id, 'under_review', 'refuted')
      const s = await sees(i.id)
      expect(s).toMatchObject({ msfEditor: 200, oppEditor: 200, govEditor: 404, wfpEditor: 404, monEditor: 200, outsider: 404 })
    })
  })
})
