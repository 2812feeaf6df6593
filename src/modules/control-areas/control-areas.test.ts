import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toMgrs } from '../../geo/coordinates.ts'
import { entriesAfter, expectProblem, ledgerHead } from '../../../test/helpers/assert.ts'
import { testEngines } from '../../../test/helpers/db.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { makeTheatre, type TestTheatre, type UserKey } from '../../../test/helpers/theatre.ts'

const NO_SUCH_ID = '0190a000-0000-7000-8000-000000000000'
const MEMBERS: UserKey[] = ['coordAdmin', 'coordViewer', 'govAdmin', 'govEditor', 'govViewer', 'oppEditor', 'wfpEditor', 'msfEditor', 'monEditor']
const NOT_COORDINATOR_EDITORS: UserKey[] = ['coordViewer', 'govAdmin', 'govEditor', 'oppEditor', 'wfpEditor', 'monEditor']

const square = (west: number, south: number, size = 0.1) => ({
  type: 'Polygon',
  coordinates: [[[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]]],
})
/** Eastern Aleppo, held by the opposition until December 2016, then by the government. */
const EAST_ALEPPO = square(37.1, 36.1)
const IDLIB = square(36.6, 35.9)

describe.each(testEngines())('control areas on %s', (engine) => {
  let t: TestServer
  let tt: TestTheatre
  beforeAll(async () => {
    t = await startServer(engine)
    tt = await makeTheatre(t)
  })
  afterAll(() => t?.close())

  const coord = () => tt.users.coordAdmin.client
  const record = async (body: Record<string, unknown>) => {
    const res = await coord().post(`${tt.base}/control-areas`, body)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body
  }

  it('records, shows every member, changes, and deletes a control area, each change ledgered', async () => {
    const before = await ledgerHead(tt)
    const area = await record({ partyId: tt.actors.opp.id, geometry: IDLIB, validFrom: '2015-03-28T00:00:00+03:00', note: 'Taken by Jaish al-Fatah' })
    expect(area).toEqual({
      id: expect.any(String),
      theatreId: tt.theatre.id,
      partyId: tt.actors.opp.id,
      geometry: IDLIB,
      validFrom: '2015-03-27T21:00:00.000Z',
      validTo: null,
      note: 'Taken by Jaish al-Fatah',
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    })
    for (const who of MEMBERS) {
      expect((await tt.users[who].client.get(`${tt.base}/control-areas/${area.id}`)).body, who).toEqual(area)
      expect((await tt.users[who].client.get(`${tt.base}/control-areas?partyId=${tt.actors.opp.id}&limit=500`)).body.items, who).toContainEqual(area)
    }
    expectProblem(await tt.outsider.client.get(`${tt.base}/control-areas/${area.id}`), 404)
    expectProblem(await tt.outsider.client.get(`${tt.base}/control-areas`), 404)

    const ended = await coord().patch(`${tt.base}/control-areas/${area.id}`, { version: 1, validTo: '2025-01-01T00:00:00Z', note: null })
    expect(ended.status).toBe(200)
    expect(ended.body).toMatchObject({ version: 2, validTo: '2025-01-01T00:00:00.000Z', note: null, geometry: IDLIB, partyId: tt.actors.opp.id })
    const stale = await coord().patch(`${tt.base}/control-areas/${area.id}`, { version: 1, partyId: tt.actors.gov.id })
    expectProblem(stale, 409, '/body/version')

    expect((await coord().delete(`${tt.base}/control-areas/${area.id}`)).status).toBe(204)
    expectProblem(await coord().get(`${tt.base}/control-areas/${area.id}`), 404)
    expectProblem(await coord().delete(`${tt.base}/control-areas/${area.id}`), 404)

    const entries = await entriesAfter(tt, before)
    expect(entries.map((e) => [e.action, e.version, e.actor])).toEqual([
      ['control_area.create', 1, tt.actors.opp.id],
      ['control_area.update', 2, tt.actors.opp.id],
      ['control_area.delete', 2, tt.actors.opp.id],
    ])
    expect(entries[0].payload).toEqual(area)
    // Every member reads these entries too.
    expect((await tt.users.msfEditor.client.get(`${tt.base}/ledger?subject=${area.id}`)).body.items).toHaveLength(3)
  })

  it('lets an instance administrator record one', async () => {
    const res = await t.admin.post(`${tt.base}/control-areas`, { partyId: tt.actors.gov.id, geometry: square(38, 35), validFrom: '2016-01-01T00:00:00Z' })
    expect(res.status).toBe(201)
  })

  it.each(NOT_COORDINATOR_EDITORS)('refuses control area writes by %s with 403, and writes nothing', async (who) => {
    const area = await record({ partyId: tt.actors.gov.id, geometry: square(39, 35), validFrom: '2016-01-01T00:00:00Z' })
    const before = await ledgerHead(tt)
    const c = tt.users[who].client
    expectProblem(await c.post(`${tt.base}/control-areas`, { partyId: tt.actors.opp.id, geometry: IDLIB, validFrom: '2016-01-01T00:00:00Z' }), 403)
    expectProblem(await c.patch(`${tt.base}/control-areas/${area.id}`, { version: 1, partyId: tt.actors.opp.id }), 403)
    expectProblem(await c.delete(`${tt.base}/control-areas/${area.id}`), 403)
    expectProblem(await tt.outsider.client.delete(`${tt.base}/control-areas/${area.id}`), 404)
    expect(await ledgerHead(tt)).toBe(before)
    expect((await coord().get(`${tt.base}/control-areas/${area.id}`)).body).toEqual(area)
  })

  it.each([
    ['an organisation as the party', '/body/partyId', () => ({ partyId: tt.actors.wfp.id })],
    ['the coordinator as the party', '/body/partyId', () => ({ partyId: tt.actors.cell.id })],
    ['an unknown party', '/body/partyId', () => ({ partyId: NO_SUCH_ID })],
    ['a party that is not a uuid', '/body/partyId', () => ({ partyId: 'GOV' })],
    ['no party', '/body/partyId', () => ({ partyId: undefined })],
    ['a validTo before validFrom', '/body/validTo', () => ({ validTo: '2015-01-01T00:00:00Z' })],
    ['a validTo equal to validFrom', '/body/validTo', () => ({ validTo: '2016-01-01T00:00:00Z' })],
    ['no validFrom', '/body/validFrom', () => ({ validFrom: undefined })],
    ['a validFrom that is not a time', '/body/validFrom', () => ({ validFrom: '1 January 2016' })],
    ['a line', '/body/geometry/type', () => ({ geometry: { type: 'LineString', coordinates: [[37, 36], [37.1, 36.1]] } })],
    ['an area outside the theatre', '/body/geometry/coordinates/0/0', () => ({ geometry: square(35.45, 36) })],
    ['a self-intersecting area', '/body/geometry', () => ({ geometry: { type: 'Polygon', coordinates: [[[37, 36], [37.1, 36.1], [37.1, 36], [37, 36.1], [37, 36]]] } })],
    ['an unknown field', '/body/kind', () => ({ kind: 'held' })],
  ])('rejects %s naming %s, and writes nothing', async (_what, path, change) => {
    const before = await ledgerHead(tt)
    const body = { partyId: tt.actors.gov.id, geometry: EAST_ALEPPO, validFrom: '2016-01-01T00:00:00Z', ...change() }
    expectProblem(await coord().post(`${tt.base}/control-areas`, body), 400, path)
    expect(await ledgerHead(tt)).toBe(before)
  })

  it('rejects a bad change naming the field, and changes nothing', async () => {
    const area = await record({ partyId: tt.actors.gov.id, geometry: square(40, 35), validFrom: '2016-01-01T00:00:00Z' })
    const before = await ledgerHead(tt)
    expectProblem(await coord().patch(`${tt.base}/control-areas/${area.id}`, { version: 1, partyId: tt.actors.mon.id }), 400, '/body/partyId')
    expectProblem(await coord().patch(`${tt.base}/control-areas/${area.id}`, { version: 1, validTo: '2015-06-01T00:00:00Z' }), 400, '/body/validTo')
    expectProblem(await coord().patch(`${tt.base}/control-areas/${area.id}`, { version: 1, validFrom: '2030-01-01T00:00:00Z', validTo: '2029-01-01T00:00:00Z' }), 400, '/body/validTo')
    expectProblem(await coord().patch(`${tt.base}/control-areas/${area.id}`, { partyId: tt.actors.opp.id }), 400, '/body/version')
    expectProblem(await coord().patch(`${tt.base}/control-areas/${NO_SUCH_ID}`, { version: 1, note: 'x' }), 404)
    expect(await ledgerHead(tt)).toBe(before)
  })

  describe('who controls what', () => {
    // A theatre of its own, so other tests' control areas do not answer here.
    let ct: TestTheatre
    beforeAll(async () => {
      ct = await makeTheatre(t)
      const post = (body: Record<string, unknown>) => ct.users.coordAdmin.client.post(`${ct.base}/control-areas`, body)
      for (const body of [
        { partyId: ct.actors.opp.id, geometry: EAST_ALEPPO, validFrom: '2012-07-19T00:00:00Z', validTo: '2016-12-22T00:00:00Z' },
        { partyId: ct.actors.gov.id, geometry: EAST_ALEPPO, validFrom: '2016-12-22T00:00:00Z' },
        // Contested: both claim the eastern edge of the city for a month.
        { partyId: ct.actors.opp.id, geometry: square(37.15, 36.1, 0.05), validFrom: '2016-12-01T00:00:00Z', validTo: '2017-01-01T00:00:00Z' },
        { partyId: ct.actors.opp.id, geometry: IDLIB, validFrom: '2015-03-28T00:00:00Z' },
      ]) {
        expect((await post(body)).status).toBe(201)
      }
    })

    const at = (point: string, time?: string) =>
      ct.users.wfpEditor.client.get(`${ct.base}/control-areas/at?point=${encodeURIComponent(point)}${time ? `&time=${encodeURIComponent(time)}` : ''}`)
    const parties = (res: { body: any }) => res.body.items.map((i: any) => i.party.shortName)

    it('answers who controls a point then, whether given as "latitude, longitude", MGRS or DMS, with the MGRS beside it', async () => {
      const res = await at('36.15, 37.12', '2016-06-01T00:00:00Z')
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.point).toEqual({ type: 'Point', coordinates: [37.12, 36.15], mgrs: toMgrs([37.12, 36.15]) })
      expect(res.body.time).toBe('2016-06-01T00:00:00.000Z')
      expect(res.body.items).toEqual([
        {
          controlArea: expect.objectContaining({ partyId: ct.actors.opp.id, geometry: EAST_ALEPPO, validTo: '2016-12-22T00:00:00.000Z' }),
          party: expect.objectContaining({ id: ct.actors.opp.id, kind: 'party', shortName: 'OPP' }),
        },
      ])
      expect(parties(await at('36.15, 37.12', '2017-06-01T00:00:00Z'))).toEqual(['GOV'])
      expect(parties(await at('36.15, 37.12'))).toEqual(['GOV'])
      expect(parties(await at(toMgrs([37.12, 36.15])!, '2016-06-01T00:00:00Z'))).toEqual(['OPP'])
      expect(parties(await at(`36°09'00"N 37°07'12"E`, '2016-06-01T00:00:00+03:00'))).toEqual(['OPP'])
      // The day control changed hands: validTo is exclusive.
      expect(parties(await at('36.15, 37.12', '2016-12-22T00:00:00Z'))).toEqual(['GOV'])
      expect(parties(await at('36.15, 37.17', '2016-12-25T00:00:00Z')).sort()).toEqual(['GOV', 'OPP'])
      expect(parties(await at('36.5, 38.5', '2016-06-01T00:00:00Z'))).toEqual([])
      expect(parties(await at('36.15, 37.12', '2010-01-01T00:00:00Z'))).toEqual([])
    })

    it('rejects a point or time it cannot read, naming the parameter; an outsider gets 404', async () => {
      expectProblem(await at('Aleppo citadel'), 400, '/query/point')
      expectProblem(await at('95, 37'), 400, '/query/point')
      expectProblem(await at('36.15, 37.12', 'last Tuesday'), 400, '/query/time')
      expectProblem(await ct.users.wfpEditor.client.get(`${ct.base}/control-areas/at`), 400, '/query/point')
      expectProblem(await tt.outsider.client.get(`${ct.base}/control-areas/at?point=${encodeURIComponent('36.15, 37.12')}`), 404)
    })

    it('tells the movements module which parties control the ground a route crosses during its window', async () => {
      const route = (coordinates: number[][]) => ({ type: 'LineString' as const, coordinates })
      const ask = (r: ReturnType<typeof route>, start: string, end: string) =>
        t.services.controlAreas.partiesControllingRoute(t.services.db, ct.theatre.id, r, { start, end })
      const aleppoToIdlib = route([[37.12, 36.15], [36.65, 35.95]])
      expect(await ask(aleppoToIdlib, '2016-06-01T06:00:00Z', '2016-06-01T18:00:00Z')).toEqual([ct.actors.opp.id])
      expect((await ask(aleppoToIdlib, '2017-06-01T06:00:00Z', '2017-06-01T18:00:00Z')).sort()).toEqual([ct.actors.gov.id, ct.actors.opp.id].sort())
      // A window across the change of hands meets both holders of eastern Aleppo.
      expect((await ask(route([[37.12, 36.15], [37.13, 36.16]]), '2016-12-21T00:00:00Z', '2016-12-23T00:00:00Z')).sort()).toEqual(
        [ct.actors.gov.id, ct.actors.opp.id].sort(),
      )
      expect(await ask(route([[38.5, 36.5], [38.6, 36.6]]), '2016-06-01T06:00:00Z', '2016-06-01T18:00:00Z')).toEqual([])
      expect(await ask(aleppoToIdlib, '2010-06-01T06:00:00Z', '2010-06-01T18:00:00Z')).toEqual([])
    })
  })
})
