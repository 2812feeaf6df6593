import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectProblem } from '../../../test/helpers/assert.ts'
import { testEngines } from '../../../test/helpers/db.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { makeTheatre, type TestTheatre } from '../../../test/helpers/theatre.ts'

describe.each(testEngines())('the sites map layer (sites.geojson) on %s', (engine) => {
  let t: TestServer
  let tt: TestTheatre
  let shared: any
  let kept: any
  beforeAll(async () => {
    t = await startServer(engine)
    tt = await makeTheatre(t)
    const wfp = tt.users.wfpEditor.client
    shared = (await wfp.post(`${tt.base}/sites`, { name: 'Bakery', type: 'bakery', geometry: '36.2, 37.15', shareWith: [tt.actors.gov.id] })).body
    kept = (await wfp.post(`${tt.base}/sites`, { name: 'Warehouse', type: 'warehouse', geometry: '36.3, 37.25', shareWith: [tt.actors.opp.id] })).body
  })
  afterAll(() => t?.close())

  const refs = async (who: 'coordAdmin' | 'govEditor' | 'msfEditor') =>
    (await tt.users[who].client.get(`${tt.base}/sites.geojson`)).body.features.map((f: any) => f.properties.ref).sort()

  it('is every site the reader may see, as GeoJSON points with what the map labels and filters on', async () => {
    const res = await tt.users.coordAdmin.client.get(`${tt.base}/sites.geojson`)
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/)
    expect(res.body.type).toBe('FeatureCollection')
    const bakery = res.body.features.find((f: any) => f.properties.id === shared.id)
    expect(bakery).toMatchObject({
      type: 'Feature',
      id: shared.ref,
      geometry: { type: 'Point', coordinates: [37.15, 36.2] },
      properties: { ref: shared.ref, name: 'Bakery', type: 'bakery', status: 'notified', organisationId: tt.actors.wfp.id, version: 1 },
    })
    expect(await refs('coordAdmin')).toEqual([shared.ref, kept.ref].sort())
  })

  it('carries only the properties asked for, in its own order, under an entity tag of its own', async () => {
    const coordinator = tt.users.coordAdmin.client
    const lean = await coordinator.get(`${tt.base}/sites.geojson?properties=status,id,name,ref`)
    expect(lean.status).toBe(200)
    const bakery = lean.body.features.find((f: any) => f.properties.id === shared.id)
    expect(bakery).toEqual({ type: 'Feature', id: shared.ref, geometry: { type: 'Point', coordinates: [37.15, 36.2] }, properties: { id: shared.id, ref: shared.ref, name: 'Bakery', status: 'notified' } })
    expect(Object.keys(bakery.properties)).toEqual(['id', 'ref', 'name', 'status'])
    // the whole collection is another answer: a reader holding one copy is not told 304 for the other
    const full = await coordinator.get(`${tt.base}/sites.geojson`)
    expect(full.headers.get('etag')).not.toBe(lean.headers.get('etag'))
    expect(Object.keys(full.body.features[0].properties)).toHaveLength(8)
    // the same properties asked for in another order or twice are the same answer
    const again = await coordinator.get(`${tt.base}/sites.geojson?properties=ref,id,name,status,id`)
    expect(again.headers.get('etag')).toBe(lean.headers.get('etag'))
  })

  it('refuses a property it does not know, naming it', async () => {
    const coordinator = tt.users.coordAdmin.client
    for (const asked of ['id,audience', 'toString', '', 'name,,ref']) {
      const res = await coordinator.get(`${tt.base}/sites.geojson?properties=${encodeURIComponent(asked)}`)
      expectProblem(res, 400, '/query/properties')
      expect(res.body.errors[0].message).toMatch(/^not a property of a site on the map: .*; list any of id, ref, name/)
    }
    expect((await coordinator.get(`${tt.base}/sites.geojson?properties=id,audience`)).body.errors[0].message).toMatch(/map: "audience"; list/)
  })

  it('leaves out what the reader may not see: a party sees only sites shared with it, another organisation none', async () => {
    expect(await refs('govEditor')).toEqual([shared.ref])
    expect(await refs('msfEditor')).toEqual([])
  })

  it('comes gzipped to a client that accepts it', async () => {
    const res = await fetch(`${t.url}${tt.base}/sites.geojson`, { headers: { cookie: (tt.users.coordAdmin.client as any).cookie, 'accept-encoding': 'gzip' } })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    // fetch decodes it: what arrives is the same collection
    expect((await res.json()).features).toHaveLength(2)
    const raw = await new Promise<Buffer>((resolve) => {
      void import('node:http').then(({ get }) =>
        get(`${t.url}${tt.base}/sites.geojson`, { headers: { cookie: (tt.users.coordAdmin.client as any).cookie, 'accept-encoding': 'gzip' } }, (r) => {
          const chunks: Buffer[] = []
          r.on('data', (c) => chunks.push(c))
          r.on('end', () => resolve(Buffer.concat(chunks)))
        }),
      )
    })
    expect(JSON.parse(zlib.gunzipSync(raw).toString()).features).toHaveLength(2)
  })

  it('answers 304 to a reader whose copy is current, and the new collection once anything changed', async () => {
    const cookie = (tt.users.coordAdmin.client as any).cookie
    const get = (headers: Record<string, string> = {}) => fetch(`${t.url}${tt.base}/sites.geojson`, { headers: { cookie, ...headers } })
    const first = await get()
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('cache-control')).toBe('private, no-cache')
    const again = await get({ 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(await again.text()).toBe('')
    // another reader's audience is another collection, so another tag: theirs is not answered 304 with the coordinator's
    const party = await fetch(`${t.url}${tt.base}/sites.geojson`, { headers: { cookie: (tt.users.govEditor.client as any).cookie, 'if-none-match': etag } })
    expect(party.status).toBe(200)
    expect(party.headers.get('etag')).not.toBe(etag)
    // a change moves the ledger: the same tag now gets the new collection
    const clinic = await tt.users.wfpEditor.client.post(`${tt.base}/sites`, { name: 'Mobile clinic', type: 'clinic', geometry: '36.21, 37.16', shareWith: [tt.actors.opp.id] })
    expect(clinic.status).toBe(201)
    const changed = await get({ 'if-none-match': etag })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
    expect((await changed.json()).features.map((f: any) => f.properties.name)).toContain('Mobile clinic')
  })

  it('follows every change at once, though each reader is answered from what was built for its audience', async () => {
    const wfp = tt.users.wfpEditor.client
    await refs('govEditor')
    // shared with the party now: the party's next answer has it
    const moved = await wfp.patch(`${tt.base}/sites/${kept.id}`, { version: kept.version, name: 'Warehouse 2', shareWith: [tt.actors.gov.id, tt.actors.opp.id] })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    kept = moved.body
    expect(await refs('govEditor')).toEqual([shared.ref, kept.ref].sort())
    const names = async () => (await tt.users.coordAdmin.client.get(`${tt.base}/sites.geojson`)).body.features.map((f: any) => f.properties.name).sort()
    expect(await names()).toEqual(['Bakery', 'Mobile clinic', 'Warehouse 2'])
    const third = await wfp.post(`${tt.base}/sites`, { name: 'Clinic', type: 'clinic', geometry: '36.25, 37.2' })
    expect(third.status).toBe(201)
    expect(await names()).toEqual(['Bakery', 'Clinic', 'Mobile clinic', 'Warehouse 2'])
    expect(await refs('msfEditor')).toEqual([])
  })
})
