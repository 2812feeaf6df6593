import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testEngines } from '../../../test/helpers/db.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { makeTheatre, type TestTheatre } from '../../../test/helpers/theatre.ts'

const square = (lon: number, lat: number, d = 0.02) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]],
})
const WINDOW = { start: '2016-09-14T00:00:00Z', end: '2016-09-14T12:00:00Z' }

describe.each(testEngines())('conflict engine on %s', (engine) => {
  let t: TestServer
  let th: TestTheatre
  beforeAll(async () => {
    t = await startServer(engine)
    th = await makeTheatre(t)
  })
  afterAll(() => t?.close())

  const conflictsOf = async (key: keyof TestTheatre['users']) => (await th.users[key].client.get(`${th.base}/conflicts?status=open`)).body.items

  it("shows each party of an activity × activity conflict the overlap, never the other's activity", async () => {
    const gov = await th.users.govEditor.client.post(`${th.base}/activities`, { kind: 'ground', geometry: square(38.0, 35.0), window: WINDOW, awareOf: [] })
    const opp = await th.users.oppEditor.client.post(`${th.base}/activities`, { kind: 'artillery', geometry: square(38.01, 35.01), window: WINDOW, awareOf: [] })
    expect([gov.status, opp.status]).toEqual([201, 201])
    const [c] = (await conflictsOf('coordViewer')).filter((x: any) => x.rule === 'activity_activity')
    expect(c).toMatchObject({ severity: 'medium', during: [['2016-09-14T00:00:00.000Z', '2016-09-14T12:00:00.000Z']] })
    const overlap = c.area.coordinates[0].flat()
    expect(Math.min(...overlap.filter((_: number, i: number) => i % 2 === 0))).toBeCloseTo(38.01, 5)

    for (const [who, own, theirs] of [['govViewer', gov.body, opp.body], ['oppEditor', opp.body, gov.body]] as const) {
      const [view] = await conflictsOf(who)
      expect(view).toMatchObject({ id: c.id, yours: { id: own.id }, other: null, area: c.area })
      expect(JSON.stringify(view)).not.toContain(theirs.id)
      expect(JSON.stringify(view)).not.toContain(theirs.partyId)
    }
    for (const who of ['wfpEditor', 'msfEditor', 'monEditor'] as const) expect(await conflictsOf(who)).toEqual([])
  })

  it('dates a conflict to the time both footprints are active, as the API writes instants', async () => {
    const gov = await th.users.govEditor.client.post(`${th.base}/activities`, {
      kind: 'ground',
      geometry: square(41.0, 37.0),
      window: { start: '2016-09-20T00:00:00Z', end: '2016-09-20T12:00:00.250Z' },
      awareOf: [],
    })
    const opp = await th.users.oppEditor.client.post(`${th.base}/activities`, {
      kind: 'ground',
      geometry: square(41.01, 37.01),
      window: { start: '2016-09-20T06:30:00+03:00', end: '2016-09-20T18:00:00Z' },
      awareOf: [],
    })
    expect([gov.status, opp.status]).toEqual([201, 201])
    const [c] = (await th.users.coordViewer.client.get(`${th.base}/conflicts?subject=${opp.body.id}`)).body.items
    expect(c.during).toEqual([['2016-09-20T03:30:00.000Z', '2016-09-20T12:00:00.250Z']])
    // the later one's window lies inside the other's: the shared time is its own
    const inside = await th.users.govEditor.client.post(`${th.base}/activities`, {
      kind: 'air',
      geometry: square(41.015, 37.015),
      window: { start: '2016-09-20T13:00:00Z', end: '2016-09-20T14:00:00Z' },
      awareOf: [],
    })
    const [d] = (await th.users.coordViewer.client.get(`${th.base}/conflicts?subject=${inside.body.id}`)).body.items
    expect(d.during).toEqual([['2016-09-20T13:00:00.000Z', '2016-09-20T14:00:00.000Z']])
  })

  it("lets a party's own activities overlap, and windows that do not meet in time", async () => {
    const before = (await conflictsOf('coordViewer')).length
    await th.users.govEditor.client.post(`${th.base}/activities`, { kind: 'air', geometry: square(38.005, 35.005), window: WINDOW, awareOf: [] })
    await th.users.oppEditor.client.post(`${th.base}/activities`, { kind: 'air', geometry: square(38.5, 35.5), window: WINDOW, awareOf: [] })
    await th.users.oppEditor.client.post(`${th.base}/activities`, {
      kind: 'air',
      geometry: square(38.0, 35.0),
      window: { start: '2016-09-15T00:00:00Z', end: '2016-09-15T12:00:00Z' },
      awareOf: [],
    })
    const after = await conflictsOf('coordViewer')
    // only the new government activity meets the earlier opposition one
    expect(after.length - before).toBe(1)
  })

  it("records the conflicts one check opens, and those a cancel withdraws, in one ledger entry per audience, found by each conflict's history", async () => {
    const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] })
    const site = (u: 'msfEditor' | 'wfpEditor', name: string, at: ReturnType<typeof point>) =>
      th.users[u].client.post(`${th.base}/sites`, { name, type: 'clinic', geometry: at, shareWith: [th.actors.opp.id] })
    const msf = [await site('msfEditor', 'Clinic one (illustrative)', point(40.005, 36.005)), await site('msfEditor', 'Clinic two (illustrative)', point(40.015, 36.015))]
    const wfp = await site('wfpEditor', 'Warehouse (illustrative)', point(40.01, 36.005))
    const from = (await th.users.coordViewer.client.get(`${th.base}/ledger?limit=500`)).body.items.at(-1).seq
    const act = await th.users.govEditor.client.post(`${th.base}/activities`, { kind: 'artillery', geometry: square(40.0, 36.0), window: WINDOW, awareOf: [] })
    expect(act.status).toBe(201)
    const entries = async (action: string) =>
      (await th.users.coordViewer.client.get(`${th.base}/ledger?after=${from}&limit=500`)).body.items.filter((e: any) => e.action === action)
    const opened = await entries('conflict.open')
    expect(opened).toHaveLength(2)
    const listed = (e: any) => e.payload.conflicts.map((c: any) => c.id).sort()
    const ids = async (s: { body: { id: string } }) =>
      (await th.users.coordViewer.client.get(`${th.base}/conflicts?subject=${s.body.id}`)).body.items.map((c: any) => c.id)
    const [msfIds, wfpIds] = [[...(await ids(msf[0])), ...(await ids(msf[1]))].sort(), await ids(wfp)]
    expect(opened.map(listed).sort((a: string[], b: string[]) => a.length - b.length)).toEqual([wfpIds, msfIds])
    // each organisation reads its own entry and nothing of the other's; each conflict's history names the entry
    const seen = async (u: 'msfEditor' | 'wfpEditor') => (await th.users[u].client.get(`${th.base}/ledger?after=${from}`)).body.items.filter((e: any) => e.action === 'conflict.open').map(listed)
    expect(await seen('msfEditor')).toEqual([msfIds])
    expect(await seen('wfpEditor')).toEqual([wfpIds])
    const history = (await th.users.msfEditor.client.get(`${th.base}/ledger?subject=${msfIds[1]}`)).body.items
    expect(history.map((e: any) => e.action)).toEqual(['conflict.open'])

    expect((await th.users.govEditor.client.post(`${th.base}/activities/${act.body.id}/cancel`, { version: 1 })).status).toBe(200)
    const withdrawn = await entries('conflict.withdraw')
    expect(withdrawn.map(listed).sort((a: string[], b: string[]) => a.length - b.length)).toEqual([wfpIds, msfIds])
    expect(withdrawn.every((e: any) => e.payload.status === 'withdrawn' && e.payload.conflicts.every((c: any) => c.version === 2))).toBe(true)
    expect((await th.users.wfpEditor.client.get(`${th.base}/ledger?subject=${wfpIds[0]}`)).body.items.map((e: any) => e.action)).toEqual(['conflict.open', 'conflict.withdraw'])
  })

  it('supersedes a conflict when a new version no longer overlaps, and withdraws it when cancelled', async () => {
    const site = await th.users.msfEditor.client.post(`${th.base}/sites`, { name: 'Field hospital (illustrative)', type: 'hospital', geometry: { type: 'Point', coordinates: [39.01, 35.01] }, shareWith: [th.actors.opp.id] })
    const act = await th.users.govEditor.client.post(`${th.base}/activities`, { kind: 'artillery', geometry: square(39.0, 35.0), window: WINDOW, awareOf: [] })
    expect(act.status).toBe(201) // not shared with the government: it need not list it, and is not told of it
    const all = (await th.users.coordViewer.client.get(`${th.base}/conflicts?subject=${site.body.id}`)).body.items
    expect(all).toHaveLength(1)
    expect(await conflictsOf('govEditor')).not.toContainEqual(expect.objectContaining({ id: all[0].id }))
    expect((await th.users.msfEditor.client.get(`${th.base}/conflicts/${all[0].id}`)).body.yours.id).toBe(site.body.id)

    const moved = await th.users.govEditor.client.patch(`${th.base}/activities/${act.body.id}`, { version: 1, geometry: square(39.1, 35.1), awareOf: [] })
    expect(moved.status).toBe(200)
    const superseded = (await th.users.coordViewer.client.get(`${th.base}/conflicts/${all[0].id}`)).body
    expect(superseded.status).toBe('superseded')

    const back = await th.users.govEditor.client.patch(`${th.base}/activities/${act.body.id}`, { version: 2, geometry: square(39.0, 35.0), awareOf: [] })
    expect(back.status).toBe(200)
    const live = (await th.users.coordViewer.client.get(`${th.base}/conflicts?subject=${act.body.id}&status=open`)).body.items
    expect(live).toHaveLength(1)
    expect(live[0].a.version).toBe(3)
    const cancelled = await th.users.govEditor.client.post(`${th.base}/activities/${act.body.id}/cancel`, { version: 3 })
    expect(cancelled.body.status).toBe('cancelled')
    expect((await th.users.coordViewer.client.get(`${th.base}/conflicts/${live[0].id}`)).body.status).toBe('withdrawn')
  })
})
