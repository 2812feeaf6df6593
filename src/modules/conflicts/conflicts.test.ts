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
