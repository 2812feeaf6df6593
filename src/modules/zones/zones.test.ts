import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { entriesAfter, expectProblem, ledgerHead } from '../../../test/helpers/assert.ts'
import { testEngines } from '../../../test/helpers/db.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { SYRIA_BBOX, makeTheatre, uniqueCode, type TestTheatre, type UserKey } from '../../../test/helpers/theatre.ts'

const NO_SUCH_ID = '0190a000-0000-7000-8000-000000000000'
const MEMBERS: UserKey[] = ['coordAdmin', 'coordViewer', 'govAdmin', 'govEditor', 'govViewer', 'oppEditor', 'wfpEditor', 'msfEditor', 'monEditor']
const NOT_COORDINATOR_EDITORS: UserKey[] = ['coordViewer', 'govAdmin', 'govEditor', 'oppEditor', 'wfpEditor', 'monEditor']

/** Near Aleppo. */
const SQUARE = { type: 'Polygon', coordinates: [[[37.1, 36.1], [37.2, 36.1], [37.2, 36.2], [37.1, 36.2], [37.1, 36.1]]] }
/** A road along the parallel 36.3° N: a metre of latitude is about 1/111 km of a degree. */
const ROAD = { type: 'LineString', coordinates: [[37.0, 36.3], [37.1, 36.3]] }
const metresNorth = (m: number) => 36.3 + m / 111_000
const SINCE_2026 = { validFrom: '2026-01-01T00:00:00Z' }

describe.each(testEngines())('zones on %s', (engine) => {
  let t: TestServer
  let tt: TestTheatre
  beforeAll(async () => {
    t = await startServer(engine)
    tt = await makeTheatre(t)
  })
  afterAll(() => t?.close())
  afterEach(() => vi.restoreAllMocks())

  const coord = () => tt.users.coordAdmin.client
  const agreement = async (name = 'Cessation of hostilities') => {
    const res = await coord().post(`${tt.base}/agreements`, { name, kind: 'ceasefire', signatories: [tt.actors.gov.id], text: 'No attacks.' })
    expect(res.status).toBe(201)
    return res.body
  }
  const setStatus = async (a: { id: string }, status: string) => {
    const current = (await coord().get(`${tt.base}/agreements/${a.id}`)).body
    const res = await coord().post(`${tt.base}/agreements/${a.id}/status`, { version: current.version, status, reason: `now ${status}` })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body
  }
  const addZone = async (agreementId: string, body: Record<string, unknown> = {}) => {
    const res = await coord().post(`${tt.base}/agreements/${agreementId}/zones`, { name: 'Aleppo city', kind: 'ceasefire', geometry: SQUARE, schedule: SINCE_2026, ...body })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body
  }
  const zone = async (id: string) => (await coord().get(`${tt.base}/zones/${id}`)).body
  /** The footprint the conflict engine sees (read from its table: the footprints module has no reader for one). */
  const footprint = async (id: string) => {
    const [row] = await t.services.db.query<any>(
      `SELECT version, ref, owner_actor_id, attrs,
         (SELECT coalesce(json_agg(json_build_array(lower(r), upper(r)) ORDER BY lower(r)), '[]') FROM unnest(during) r) AS during
       FROM footprints WHERE theatre_id = $1 AND subject_kind = 'zone' AND subject_id = $2`,
      [tt.theatre.id, id],
    )
    return row && { ...row, during: row.during.map((w: string[]) => w.map((x) => x && new Date(x).toISOString())) }
  }
  const covers = async (id: string, lon: number, lat: number) => {
    const [row] = await t.services.db.query<{ covers: boolean }>(
      "SELECT ST_Covers(shape, ST_SetSRID(ST_MakePoint($2, $3), 4326)) AS covers FROM footprints WHERE subject_kind = 'zone' AND subject_id = $1",
      [id, lon, lat],
    )
    return row.covers
  }

  describe('lifecycle', () => {
    it('gives a zone a footprint exactly while its agreement is in force, and ledgers each change', async () => {
      const check = vi.spyOn(t.services.conflicts, 'check')
      const withdraw = vi.spyOn(t.services.conflicts, 'withdraw')
      const a = await agreement()
      const before = await ledgerHead(tt)
      const z = await addZone(a.id)
      expect(z).toEqual({
        id: expect.any(String),
        theatreId: tt.theatre.id,
        agreementId: a.id,
        name: 'Aleppo city',
        kind: 'ceasefire',
        geometry: SQUARE,
        widthM: null,
        prohibits: ['air', 'artillery', 'ground', 'naval'],
        closedToMovements: false,
        schedule: { validFrom: '2026-01-01T00:00:00.000Z', validTo: null },
        withdrawal: [],
        withdrawnAt: null,
        inForce: false,
        nextWindows: [{ start: '2026-01-01T00:00:00.000Z', end: null }],
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      })
      expect(await entriesAfter(tt, before)).toEqual([expect.objectContaining({ action: 'zone.create', subject: { kind: 'zone', id: z.id }, version: 1, payload: z })])
      // A draft agreement's zones do not apply yet.
      expect(await footprint(z.id)).toBeUndefined()
      expect(check).not.toHaveBeenCalled()

      await setStatus(a, 'in_force')
      expect(await footprint(z.id)).toEqual({
        version: 1,
        ref: null,
        owner_actor_id: null,
        during: [['2026-01-01T00:00:00.000Z', null]],
        attrs: { zoneKind: 'ceasefire', name: 'Aleppo city', agreementId: a.id, agreementName: a.name, prohibits: ['air', 'artillery', 'ground', 'naval'], closedToMovements: false },
      })
      expect(check).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ id: tt.theatre.id }), expect.objectContaining({ kind: 'zone', subjectId: z.id }))
      expect((await zone(z.id)).inForce).toBe(true)

      await setStatus(a, 'suspended')
      expect(await footprint(z.id)).toBeUndefined()
      expect(withdraw).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ id: tt.theatre.id }), 'zone', z.id)
      expect((await zone(z.id)).inForce).toBe(false)

      await setStatus(a, 'in_force')
      const renamed = await coord().patch(`${tt.base}/zones/${z.id}`, { version: 1, name: 'Aleppo old city', prohibits: ['air'], closedToMovements: true })
      expect(renamed.status).toBe(200)
      expect(renamed.body).toMatchObject({ version: 2, name: 'Aleppo old city', prohibits: ['air'], closedToMovements: true, inForce: true })
      expect(await footprint(z.id)).toMatchObject({ version: 2, attrs: { name: 'Aleppo old city', prohibits: ['air'], closedToMovements: true } })

      // Renaming the agreement reaches its zones' footprints, which name it.
      const current = (await coord().get(`${tt.base}/agreements/${a.id}`)).body
      expect((await coord().patch(`${tt.base}/agreements/${a.id}`, { version: current.version, name: 'Munich cessation' })).status).toBe(200)
      expect((await footprint(z.id)).attrs.agreementName).toBe('Munich cessation')

      const beforeWithdraw = await ledgerHead(tt)
      withdraw.mockClear()
      expect((await coord().delete(`${tt.base}/zones/${z.id}`)).status).toBe(204)
      expect(await footprint(z.id)).toBeUndefined()
      expect(withdraw).toHaveBeenCalledWith(expect.anything(), expect.anything(), 'zone', z.id)
      const withdrawn = await zone(z.id)
      expect(withdrawn).toMatchObject({ version: 3, withdrawnAt: expect.any(String), inForce: false })
      expect(await entriesAfter(tt, beforeWithdraw)).toEqual([expect.objectContaining({ action: 'zone.withdraw', version: 3, payload: withdrawn })])
      // Withdrawn is final; withdrawing again changes nothing.
      expectProblem(await coord().patch(`${tt.base}/zones/${z.id}`, { version: 3, name: 'Back' }), 409)
      expect((await coord().delete(`${tt.base}/zones/${z.id}`)).status).toBe(204)
      expect(await ledgerHead(tt)).toBe(beforeWithdraw + 1)
    })

    it("removes every zone's footprint when the agreement ends, and then takes no new zones", async () => {
      const a = await agreement()
      const [z1, z2] = [await addZone(a.id), await addZone(a.id, { name: 'Idlib', kind: 'no_fly' })]
      await setStatus(a, 'in_force')
      expect(await footprint(z1.id)).toBeDefined()
      expect(await footprint(z2.id)).toBeDefined()
      await setStatus(a, 'ended')
      expect(await footprint(z1.id)).toBeUndefined()
      expect(await footprint(z2.id)).toBeUndefined()
      const before = await ledgerHead(tt)
      expectProblem(await coord().post(`${tt.base}/agreements/${a.id}/zones`, { name: 'Late', kind: 'ceasefire', geometry: SQUARE, schedule: SINCE_2026 }), 409)
      expectProblem(await coord().patch(`${tt.base}/zones/${z1.id}`, { version: 1, name: 'Late' }), 409)
      expect(await ledgerHead(tt)).toBe(before)
    })

    it('buffers a corridor given as a LineString by half its width on the ground', async () => {
      const a = await agreement()
      await setStatus(a, 'in_force')
      const z = await addZone(a.id, { name: 'Castello Road', kind: 'humanitarian_corridor', geometry: ROAD, widthM: 1000 })
      expect(z).toMatchObject({ geometry: ROAD, widthM: 1000, prohibits: ['air', 'artillery', 'ground'], closedToMovements: false })
      expect(await covers(z.id, 37.05, metresNorth(400))).toBe(true)
      expect(await covers(z.id, 37.05, metresNorth(600))).toBe(false)
      // A polygon replaces the line, and the width goes with it.
      const res = await coord().patch(`${tt.base}/zones/${z.id}`, { version: 1, geometry: SQUARE })
      expect(res.body).toMatchObject({ geometry: SQUARE, widthM: null })
      expect(await covers(z.id, 37.15, 36.15)).toBe(true)
      expect(await covers(z.id, 37.05, 36.3)).toBe(false)
    })

    it('defaults prohibitions and closure by kind, and takes the withdrawal of a pull-back zone', async () => {
      const a = await agreement()
      const pullBack = await addZone(a.id, { kind: 'pull_back', withdrawal: [{ partyId: tt.actors.gov.id, distanceM: 5000 }, { partyId: tt.actors.opp.id, distanceM: 2500 }] })
      expect(pullBack).toMatchObject({
        prohibits: ['air', 'artillery', 'ground'],
        closedToMovements: false,
        withdrawal: [{ partyId: tt.actors.gov.id, distanceM: 5000 }, { partyId: tt.actors.opp.id, distanceM: 2500 }],
      })
      expect(await addZone(a.id, { kind: 'exclusion' })).toMatchObject({ prohibits: ['air', 'artillery', 'ground', 'demining', 'naval', 'other'], closedToMovements: true })
      expect(await addZone(a.id, { kind: 'no_fly' })).toMatchObject({ prohibits: ['air'], closedToMovements: false })
      expect(await addZone(a.id, { kind: 'exclusion', prohibits: [], closedToMovements: false })).toMatchObject({ prohibits: [], closedToMovements: false })
      expect(await addZone(a.id, { geometry: { type: 'MultiPolygon', coordinates: [SQUARE.coordinates] } })).toMatchObject({ geometry: { type: 'MultiPolygon' } })
    })
  })

  describe('schedules', () => {
    it("expands daily windows in the theatre's timezone and shows the next ones, filtered by day", async () => {
      const a = await agreement()
      const daily = await addZone(a.id, {
        schedule: { validFrom: '2027-01-10T00:00:00+03:00', validTo: '2027-01-13T00:00:00+03:00', windows: [{ start: '10:00', end: '13:00' }] },
      })
      expect(daily.schedule).toEqual({ validFrom: '2027-01-09T21:00:00.000Z', validTo: '2027-01-12T21:00:00.000Z', windows: [{ start: '10:00', end: '13:00' }] })
      expect(daily.nextWindows).toEqual([
        { start: '2027-01-10T07:00:00.000Z', end: '2027-01-10T10:00:00.000Z' },
        { start: '2027-01-11T07:00:00.000Z', end: '2027-01-11T10:00:00.000Z' },
        { start: '2027-01-12T07:00:00.000Z', end: '2027-01-12T10:00:00.000Z' },
      ])
      // 2027-01-15 is a Friday; only the next five are shown.
      const fridays = await addZone(a.id, {
        schedule: { validFrom: '2027-01-10T00:00:00+03:00', windows: [{ days: ['fri'], start: '08:00', end: '09:30' }, { days: ['fri'], start: '16:00', end: '24:00' }] },
      })
      expect(fridays.nextWindows).toEqual([
        { start: '2027-01-15T05:00:00.000Z', end: '2027-01-15T06:30:00.000Z' },
        { start: '2027-01-15T13:00:00.000Z', end: '2027-01-15T21:00:00.000Z' },
        { start: '2027-01-22T05:00:00.000Z', end: '2027-01-22T06:30:00.000Z' },
        { start: '2027-01-22T13:00:00.000Z', end: '2027-01-22T21:00:00.000Z' },
        { start: '2027-01-29T05:00:00.000Z', end: '2027-01-29T06:30:00.000Z' },
      ])
      // The footprint carries every window, not just the next few.
      await setStatus(a, 'in_force')
      expect((await footprint(daily.id)).during).toEqual(daily.nextWindows.map((w: any) => [w.start, w.end]))
      expect((await footprint(fridays.id)).during.length).toBeGreaterThan(100)
    })

    it('follows the clocks when they change (a theatre on Asia/Beirut time, spring 2027)', async () => {
      const code = uniqueCode()
      const theatre = await t.admin.post('/api/v1/theatres', { code, name: 'Lebanon', timezone: 'Asia/Beirut', bbox: SYRIA_BBOX })
      expect(theatre.status).toBe(201)
      const base = `/api/v1/theatres/${code}`
      const a = await t.admin.post(`${base}/agreements`, { name: 'Pause', kind: 'humanitarian_pause', text: 'A daily pause.' })
      const z = await t.admin.post(`${base}/agreements/${a.body.id}/zones`, {
        name: 'South',
        kind: 'ceasefire',
        geometry: SQUARE,
        schedule: { validFrom: '2027-03-27T00:00:00+02:00', validTo: '2027-03-30T00:00:00+03:00', windows: [{ start: '10:00', end: '13:00' }] },
      })
      expect(z.status, JSON.stringify(z.body)).toBe(201)
      expect(z.body.nextWindows).toEqual([
        { start: '2027-03-27T08:00:00.000Z', end: '2027-03-27T11:00:00.000Z' }, // UTC+2
        { start: '2027-03-28T07:00:00.000Z', end: '2027-03-28T10:00:00.000Z' }, // UTC+3 from Sunday 28 March
        { start: '2027-03-29T07:00:00.000Z', end: '2027-03-29T10:00:00.000Z' },
      ])
    })

    it('answers `at` with the zones in force then: agreement in force, zone not withdrawn, instant inside its schedule', async () => {
      const a = await agreement()
      const always = await addZone(a.id, { name: 'Always' })
      await addZone(a.id, {
        name: 'Daily pause',
        schedule: { validFrom: '2030-01-01T00:00:00+03:00', windows: [{ start: '10:00', end: '13:00' }] },
      })
      const at = async (instant: string) =>
        (await tt.users.wfpEditor.client.get(`${tt.base}/zones?agreementId=${a.id}&at=${encodeURIComponent(instant)}`)).body.items.map((z: any) => z.name)
      const soon = () => new Date(Date.now() + 3_600_000).toISOString()

      expect(await at(soon())).toEqual([])
      const inForce = await setStatus(a, 'in_force')
      const entered = Date.parse(inForce.statusChangedAt)
      expect(await at(soon())).toEqual(['Always'])
      expect(await at(new Date(entered - 86_400_000).toISOString())).toEqual([])
      expect(await at('2030-01-02T08:00:00Z')).toEqual(['Always', 'Daily pause'])
      expect(await at('2030-01-02T12:00:00Z')).toEqual(['Always'])

      await new Promise((r) => setTimeout(r, 20))
      expect((await coord().delete(`${tt.base}/zones/${always.id}`)).status).toBe(204)
      const withdrawnAt = Date.parse((await zone(always.id)).withdrawnAt)
      expect(await at(soon())).toEqual([])
      expect(await at(new Date((entered + withdrawnAt) / 2).toISOString())).toEqual(['Always'])

      await setStatus(a, 'suspended')
      expect(await at('2030-01-02T08:00:00Z')).toEqual([])
      expectProblem(await coord().get(`${tt.base}/zones?at=yesterday`), 400, '/query/at')
    })
  })

  describe('reading', () => {
    it('shows zones to every member of the theatre, filtered by agreement and kind; an outsider gets 404', async () => {
      const a = await agreement()
      const z = await addZone(a.id, { kind: 'no_fly' })
      for (const who of MEMBERS) {
        expect((await tt.users[who].client.get(`${tt.base}/zones/${z.id}`)).body, who).toEqual(z)
        expect((await tt.users[who].client.get(`${tt.base}/zones?agreementId=${a.id}`)).body.items, who).toEqual([z])
      }
      expect((await coord().get(`${tt.base}/zones?agreementId=${a.id}&kind=ceasefire`)).body.items).toEqual([])
      expect((await coord().get(`${tt.base}/zones?kind=no_fly&limit=500`)).body.items.map((x: any) => x.id)).toContain(z.id)
      expectProblem(await tt.outsider.client.get(`${tt.base}/zones/${z.id}`), 404)
      expectProblem(await tt.outsider.client.get(`${tt.base}/zones`), 404)
      expectProblem(await coord().get(`${tt.base}/zones/${NO_SUCH_ID}`), 404)
      expectProblem(await coord().get(`${tt.base}/zones?kind=buffer`), 400, '/query/kind')
    })
  })

  describe('refusals', () => {
    it.each(NOT_COORDINATOR_EDITORS)('refuses zone writes by %s with 403, and writes nothing', async (who) => {
      const a = await agreement()
      const z = await addZone(a.id)
      const before = await ledgerHead(tt)
      const c = tt.users[who].client
      expectProblem(await c.post(`${tt.base}/agreements/${a.id}/zones`, { name: 'Ours', kind: 'ceasefire', geometry: SQUARE, schedule: SINCE_2026 }), 403)
      expectProblem(await c.patch(`${tt.base}/zones/${z.id}`, { version: 1, name: 'Ours' }), 403)
      expectProblem(await c.delete(`${tt.base}/zones/${z.id}`), 403)
      expectProblem(await tt.outsider.client.delete(`${tt.base}/zones/${z.id}`), 404)
      expect(await ledgerHead(tt)).toBe(before)
      expect(await zone(z.id)).toEqual(z)
    })

    it('answers 404 for an agreement that does not exist and 409 naming /body/version to a stale change', async () => {
      const a = await agreement()
      const z = await addZone(a.id)
      expect((await coord().patch(`${tt.base}/zones/${z.id}`, { version: 1, name: 'Second' })).status).toBe(200)
      const before = await ledgerHead(tt)
      expectProblem(await coord().post(`${tt.base}/agreements/${NO_SUCH_ID}/zones`, { name: 'Z', kind: 'ceasefire', geometry: SQUARE, schedule: SINCE_2026 }), 404)
      const stale = await coord().patch(`${tt.base}/zones/${z.id}`, { version: 1, name: 'From an old copy' })
      expectProblem(stale, 409, '/body/version')
      expect(stale.body.currentVersion).toBe(2)
      expectProblem(await coord().patch(`${tt.base}/zones/${NO_SUCH_ID}`, { version: 1, name: 'Nothing' }), 404)
      expect(await ledgerHead(tt)).toBe(before)
    })

    const bowtie = { type: 'Polygon', coordinates: [[[37.1, 36.1], [37.2, 36.2], [37.2, 36.1], [37.1, 36.2], [37.1, 36.1]]] }
    const window = (w: Record<string, unknown>) => ({ schedule: { ...SINCE_2026, windows: [w] } })
    it.each([
      ['a LineString without widthM', '/body/widthM', () => ({ geometry: ROAD })],
      ['a widthM with a polygon', '/body/widthM', () => ({ widthM: 500 })],
      ['a widthM of zero', '/body/widthM', () => ({ geometry: ROAD, widthM: 0 })],
      ['a point', '/body/geometry/type', () => ({ geometry: { type: 'Point', coordinates: [37.1, 36.1] } })],
      ['a polygon outside the theatre', '/body/geometry/coordinates/0/0', () => ({ geometry: { type: 'Polygon', coordinates: [[[10, 50], [11, 50], [11, 51], [10, 50]]] } })],
      ['a self-intersecting polygon', '/body/geometry', () => ({ geometry: bowtie })],
      ['an unclosed ring', '/body/geometry/coordinates/0', () => ({ geometry: { type: 'Polygon', coordinates: [SQUARE.coordinates[0].slice(0, 4)] } })],
      ['an unknown kind', '/body/kind', () => ({ kind: 'buffer' })],
      ['an unknown activity kind', '/body/prohibits/1', () => ({ prohibits: ['air', 'cyber'] })],
      ['an activity kind listed twice', '/body/prohibits', () => ({ prohibits: ['air', 'air'] })],
      ['no schedule', '/body/schedule', () => ({ schedule: undefined })],
      ['a validFrom that is not a time', '/body/schedule/validFrom', () => ({ schedule: { validFrom: 'tomorrow' } })],
      ['a validTo before validFrom', '/body/schedule/validTo', () => ({ schedule: { validFrom: '2026-02-01T00:00:00Z', validTo: '2026-01-01T00:00:00Z' } })],
      ['a validTo equal to validFrom', '/body/schedule/validTo', () => ({ schedule: { validFrom: '2026-02-01T00:00:00Z', validTo: '2026-02-01T03:00:00+03:00' } })],
      ['a start of 25:00', '/body/schedule/windows/0/start', () => window({ start: '25:00', end: '26:00' })],
      ['a start of 9:00', '/body/schedule/windows/0/start', () => window({ start: '9:00', end: '13:00' })],
      ['an end of 13:60', '/body/schedule/windows/0/end', () => window({ start: '10:00', end: '13:60' })],
      ['an end before the start', '/body/schedule/windows/0/end', () => window({ start: '14:00', end: '09:30' })],
      ['an end equal to the start', '/body/schedule/windows/0/end', () => window({ start: '10:00', end: '10:00' })],
      ['an unknown day', '/body/schedule/windows/0/days/1', () => window({ days: ['mon', 'funday'], start: '10:00', end: '13:00' })],
      ['a day listed twice', '/body/schedule/windows/0/days', () => window({ days: ['mon', 'mon'], start: '10:00', end: '13:00' })],
      ['no days in a days list', '/body/schedule/windows/0/days', () => window({ days: [], start: '10:00', end: '13:00' })],
      ['a window without an end', '/body/schedule/windows/0/end', () => window({ start: '10:00' })],
      ['a withdrawal from a ceasefire zone', '/body/withdrawal', () => ({ withdrawal: [{ partyId: tt.actors.gov.id, distanceM: 1000 }] })],
      ['an organisation withdrawing', '/body/withdrawal/0/partyId', () => ({ kind: 'pull_back', withdrawal: [{ partyId: tt.actors.wfp.id, distanceM: 1000 }] })],
      ['an unknown party withdrawing', '/body/withdrawal/0/partyId', () => ({ kind: 'pull_back', withdrawal: [{ partyId: NO_SUCH_ID, distanceM: 1000 }] })],
      ['a party withdrawing twice', '/body/withdrawal/1/partyId', () => ({ kind: 'pull_back', withdrawal: [{ partyId: tt.actors.gov.id, distanceM: 1000 }, { partyId: tt.actors.gov.id, distanceM: 2000 }] })],
      ['a negative distance', '/body/withdrawal/0/distanceM', () => ({ kind: 'pull_back', withdrawal: [{ partyId: tt.actors.gov.id, distanceM: -5 }] })],
      ['an unknown field', '/body/colour', () => ({ colour: 'red' })],
    ])('rejects %s naming %s, and writes nothing', async (_what, path, change) => {
      const a = await agreement()
      const before = await ledgerHead(tt)
      const body = { name: 'Bad', kind: 'ceasefire', geometry: SQUARE, schedule: SINCE_2026, ...change() }
      expectProblem(await coord().post(`${tt.base}/agreements/${a.id}/zones`, body), 400, path)
      expect(await ledgerHead(tt)).toBe(before)
      expect((await coord().get(`${tt.base}/zones?agreementId=${a.id}`)).body.items).toEqual([])
    })

    it.each([
      ['a LineString without widthM', '/body/widthM', { geometry: ROAD }],
      ['a widthM for its polygon', '/body/widthM', { widthM: 100 }],
      ['a window ending before it starts', '/body/schedule/windows/0/end', { schedule: { ...SINCE_2026, windows: [{ start: '13:00', end: '10:00' }] } }],
      ['a withdrawal from a ceasefire zone', '/body/withdrawal', { withdrawal: [{ partyId: NO_SUCH_ID, distanceM: 10 }] }],
      ['a change of kind', '/body/kind', { kind: 'exclusion' }],
      ['no version', '/body/version', { version: undefined, name: 'X' }],
    ])('rejects a change with %s naming %s, and changes nothing', async (_what, path, change) => {
      const a = await agreement()
      const z = await addZone(a.id)
      const before = await ledgerHead(tt)
      expectProblem(await coord().patch(`${tt.base}/zones/${z.id}`, { version: 1, ...change }), 400, path)
      expect(await ledgerHead(tt)).toBe(before)
      expect(await zone(z.id)).toEqual(z)
    })
  })
})
