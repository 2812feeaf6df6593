import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectProblem } from '../../../test/helpers/assert.ts'
import { testEngines } from '../../../test/helpers/db.ts'
import { agreementWithZone, incident, INSIDE, OUTSIDE } from '../../../test/helpers/incidents.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { makeTheatre, type TestTheatre } from '../../../test/helpers/theatre.ts'

const DAY = 86_400_000
// Eight days ago, before the agreement came into force (so in no zone); NOW is set once it is in force.
let NOW: string
const EARLIER = new Date(Date.now() - 8 * DAY).toISOString()
const PERIOD = `from=${new Date(Date.now() - 30 * DAY).toISOString()}&to=${new Date(Date.now() + 60_000).toISOString()}`
/** The theatre's calendar date of an instant (Damascus). */
const localDate = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Damascus' }).format(new Date(iso))

describe.each(testEngines())('compliance figures on %s', (engine) => {
  let t: TestServer
  let tt: TestTheatre
  let zone: any
  let agreement: any
  beforeAll(async () => {
    t = await startServer(engine)
    tt = await makeTheatre(t)
    ;({ zone, agreement } = await agreementWithZone(tt))
    NOW = new Date().toISOString()
    const gov = tt.actors.gov.id
    await incident(tt, { occurredAt: NOW, location: INSIDE, allegedPartyId: gov, killed: { min: 3, max: 5, children: { min: 1, max: 1 } } }, ['under_review', 'corroborated', 'verified'])
    await incident(tt, { occurredAt: NOW, location: INSIDE, allegedPartyId: gov, killed: { min: 1, max: 2 }, injured: { min: 4, max: 6 } }, ['under_review', 'corroborated', 'verified'])
    await incident(tt, { occurredAt: NOW, location: OUTSIDE, allegedPartyId: tt.actors.opp.id, category: 'air_drone_strike' }, ['under_review', 'corroborated', 'verified'])
    // Still unverified: counted for the coordinator and monitors, not for the parties.
    await incident(tt, { occurredAt: EARLIER, location: INSIDE, allegedPartyId: gov }, [])
  })
  afterAll(() => t?.close())

  /** The name the answer gives an id (parties, agreements and zones are named once, beside the rows). */
  const namesOf = (body: any) => {
    const names = new Map([...body.parties, ...body.agreements, ...body.zones].map((x: any) => [x.id, x.name]))
    return (id: string | null) => (id === null ? null : names.get(id))
  }

  const get = (who: 'coordAdmin' | 'oppEditor' | 'monEditor', query: string, headers: Record<string, string> = {}) =>
    tt.users[who].client.get(`${tt.base}/compliance?${PERIOD}&${query}`, headers)

  it('counts incidents by day × party × zone, each inside a zone then in force attributed to it, with casualty ranges summed', async () => {
    const res = await get('coordAdmin', 'by=day,party,zone')
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const name = namesOf(res.body)
    const cells = res.body.incidents.map((r: any) => [r.period, name(r.partyId), name(r.zoneId), r.incidents, r.killed, r.childrenKilled, r.injured])
    expect(cells).toEqual(
      expect.arrayContaining([
        [localDate(NOW), 'Government forces', 'Eastern Aleppo', 2, { min: 4, max: 7 }, { min: 1, max: 1 }, { min: 4, max: 6 }],
        [localDate(NOW), tt.actors.opp.name, null, 1, { min: 0, max: 0 }, { min: 0, max: 0 }, { min: 0, max: 0 }],
        // inside the zone, but before the agreement came into force
        [localDate(EARLIER), 'Government forces', null, 1, { min: 0, max: 0 }, { min: 0, max: 0 }, { min: 0, max: 0 }],
      ]),
    )
    expect(cells).toHaveLength(3)
    expect(res.body.incidents.find((r: any) => r.zoneId)).toMatchObject({ zoneId: zone.id, agreementId: agreement.id })
    // each named once, whatever the number of rows naming it
    expect(res.body.zones).toEqual([{ id: zone.id, name: 'Eastern Aleppo', agreementId: agreement.id }])
    expect(res.body.agreements).toEqual([{ id: agreement.id, name: agreement.name }])
    expect(res.body.parties.map((p: any) => p.name).sort()).toEqual(['Government forces', tt.actors.opp.name].sort())
  })

  it('groups by weeks of the theatre calendar, each named by its Monday', async () => {
    const res = await get('coordAdmin', 'by=week')
    const periods = res.body.incidents.map((r: any) => r.period)
    for (const p of periods) expect(new Date(`${p}T00:00:00Z`).getUTCDay()).toBe(1)
    expect(res.body.incidents.reduce((n: number, r: any) => n + r.incidents, 0)).toBe(4)
    expect(periods.length).toBeGreaterThanOrEqual(2)
  })

  it('breaks down by category and verification status, and filters by status', async () => {
    const res = await get('monEditor', 'by=category,status')
    expect(res.body.incidents.map((r: any) => [r.category, r.status, r.incidents])).toEqual([
      ['air_drone_strike', 'verified', 1],
      ['shelling_artillery_missile_attack', 'reported', 1],
      ['shelling_artillery_missile_attack', 'verified', 2],
    ])
    const verified = await get('monEditor', 'by=category&status=verified')
    expect(verified.body.incidents.map((r: any) => r.incidents)).toEqual([1, 2])
  })

  it('gives a party only what it may see: verified incidents, not the unverified one', async () => {
    const res = await get('oppEditor', 'by=party')
    expect(res.body.incidents.reduce((n: number, r: any) => n + r.incidents, 0)).toBe(3)
  })

  it('answers CSV when asked, one row per cell with a header', async () => {
    const res = await get('coordAdmin', 'by=day,party', { accept: 'text/csv' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    const lines = String(res.body).trim().split('\r\n')
    expect(lines[0]).toBe('period,party_id,party,agreement_id,agreement,zone_id,zone,category,status,incidents,killed_min,killed_max,children_killed_min,children_killed_max,injured_min,injured_max')
    expect(lines).toContain(`${localDate(NOW)},${tt.actors.gov.id},Government forces,,,,,,,2,4,7,1,1,4,6`)
  })

  it("measures each party's notification conduct: acknowledged, objected, pending, median time", async () => {
    const site = await tt.users.wfpEditor.client.post(`${tt.base}/sites`, { name: 'Clinic', type: 'clinic', geometry: OUTSIDE, shareWith: [tt.actors.gov.id, tt.actors.opp.id] })
    expect(site.status, JSON.stringify(site.body)).toBe(201)
    const inbox = async (who: 'govEditor' | 'oppEditor') =>
      (await tt.users[who].client.get(`${tt.base}/acknowledgements?state=pending`)).body.items.find((a: any) => a.subject.id === site.body.id)
    expect((await tt.users.govEditor.client.post(`${tt.base}/acknowledgements/${(await inbox('govEditor')).id}/acknowledge`, {})).status).toBe(200)
    expect((await tt.users.oppEditor.client.post(`${tt.base}/acknowledgements/${(await inbox('oppEditor')).id}/object`, { reason: 'a military post' })).status).toBe(200)
    const now = Date.now()
    const res = await tt.users.coordAdmin.client.get(`${tt.base}/compliance?from=${new Date(now - 3_600_000).toISOString()}&to=${new Date(now + 60_000).toISOString()}`)
    const of = (id: string) => res.body.conduct.find((c: any) => c.party.id === id)
    expect(of(tt.actors.gov.id).party.name).toBe('Government forces')
    expect(of(tt.actors.gov.id)).toMatchObject({ requested: 1, acknowledged: 1, onTime: 1, objected: 0, expired: 0, pending: 0, expiredShare: 0 })
    expect(of(tt.actors.gov.id).medianHoursToAcknowledge).toBeGreaterThanOrEqual(0)
    expect(of(tt.actors.opp.id)).toMatchObject({ requested: 1, acknowledged: 0, objected: 1, medianHoursToAcknowledge: null })
  })

  it("compares before, during and after an agreement's period in force", async () => {
    const res = await tt.users.coordAdmin.client.get(`${tt.base}/compliance/periods?agreement=${agreement.id}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.during.from).toBe('2026-01-01T00:00:00.000Z')
    const total = (p: any) => p.incidents.reduce((n: number, r: any) => n + r.incidents, 0)
    expect(total(res.body.during)).toBe(4)
    expect(total(res.body.before)).toBe(0)
    expect(res.body.parties.map((p: any) => p.id).sort()).toEqual([tt.actors.gov.id, tt.actors.opp.id].sort())
  })

  it('follows each incident as it is corrected, merged and moved through verification', async () => {
    const own = await makeTheatre(t)
    await agreementWithZone(own)
    const at = new Date().toISOString()
    const cells = async () => {
      const { body } = await own.users.coordAdmin.client.get(`${own.base}/compliance?${PERIOD}&by=zone,status`)
      return body.incidents.map((r: any) => [namesOf(body)(r.zoneId), r.status, r.incidents, r.killed.max])
    }
    const a = await incident(own, { occurredAt: at, location: OUTSIDE, killed: { min: 1, max: 1 } })
    const b = await incident(own, { occurredAt: at, location: OUTSIDE })
    expect(await cells()).toEqual([[null, 'reported', 2, 1]])
    // corrected: it happened inside the zone, and more were killed
    const fixed = await own.users.monEditor.client.patch(`${own.base}/incidents/${a.id}`, { version: a.version, location: INSIDE, killed: { min: 2, max: 3 } })
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200)
    expect(await cells()).toEqual([['Eastern Aleppo', 'reported', 1, 3], [null, 'reported', 1, 0]])
    expect((await own.users.monEditor.client.post(`${own.base}/incidents/${a.id}/merge`, { duplicateIds: [b.id] })).status).toBe(200)
    expect(await cells()).toEqual([['Eastern Aleppo', 'reported', 1, 3]])
    expect((await own.users.monEditor.client.post(`${own.base}/incidents/${a.id}/status`, { status: 'under_review', note: 'asking' })).status).toBe(200)
    expect(await cells()).toEqual([['Eastern Aleppo', 'under_review', 1, 3]])
  })

  it.each([
    ['to before from', 'from=2026-10-02T00:00:00Z&to=2026-10-01T00:00:00Z', '/query/to'],
    ['two periods', `${PERIOD}&by=day,week`, '/query/by'],
    ['an unknown dimension', `${PERIOD}&by=colour`, '/query/by'],
    ['a missing start', 'to=2026-10-01T00:00:00Z', '/query/from'],
  ])('refuses %s, naming the parameter', async (_what, query, path) => {
    expectProblem(await tt.users.coordAdmin.client.get(`${tt.base}/compliance?${query}`), 400, path)
  })
})
