import { VectorTile } from '@mapbox/vector-tile'
import { PbfReader } from 'pbf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectProblem } from '../../../test/helpers/assert.ts'
import { testEngines } from '../../../test/helpers/db.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { makeTheatre, type TestTheatre } from '../../../test/helpers/theatre.ts'

/** The web's tile numbering: the tile at zoom z holding a longitude and latitude. */
function tileOf(lon: number, lat: number, z: number): [number, number, number] {
  const n = 2 ** z
  const r = (lat * Math.PI) / 180
  return [z, Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)]
}

describe.each(testEngines())('the sites map layer as vector tiles on %s', (engine) => {
  let t: TestServer
  let tt: TestTheatre
  let shared: any
  let kept: any
  beforeAll(async () => {
    t = await startServer(engine)
    tt = await makeTheatre(t)
    const wfp = tt.users.wfpEditor.client
    // Two sites 1.5 km apart in Aleppo: one cluster at zoom 8, two points at zoom 12.
    shared = (await wfp.post(`${tt.base}/sites`, { name: 'Bakery', type: 'bakery', geometry: '36.2, 37.15', shareWith: [tt.actors.gov.id] })).body
    kept = (await wfp.post(`${tt.base}/sites`, { name: 'Warehouse', type: 'warehouse', geometry: '36.21, 37.16', shareWith: [tt.actors.opp.id] })).body
  })
  afterAll(() => t?.close())

  type Who = 'coordAdmin' | 'govEditor' | 'msfEditor'
  const tileJson = async (who: Who) => (await tt.users[who].client.get(`${tt.base}/sites/tiles.json`)).body
  /** The features of one tile as the reader gets it, with their properties. */
  async function features(who: Who, [z, x, y]: [number, number, number]) {
    const { version } = await tileJson(who)
    const res = await tt.users[who].client.bytes(`${tt.base}/sites/tiles/${z}/${x}/${y}.mvt?v=${version}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile')
    const layer = new VectorTile(new PbfReader(res.body)).layers.sites
    return Array.from({ length: layer?.length ?? 0 }, (_, i) => layer!.feature(i).properties)
  }

  it('describes the tiles (TileJSON) with how many sites the reader may see', async () => {
    const body = await tileJson('coordAdmin')
    expect(body).toMatchObject({ tilejson: '3.0.0', minzoom: 0, maxzoom: 14, count: 2, vector_layers: [{ id: 'sites' }] })
    expect(body.tiles).toEqual([`tiles/{z}/{x}/{y}.mvt?v=${body.version}`])
    expect((await tileJson('govEditor')).count).toBe(1)
    expect((await tileJson('msfEditor')).count).toBe(0)
  })

  it('draws each site the reader may see as a point with what the map labels, and nearby sites as one cluster when zoomed out', async () => {
    const near = await features('coordAdmin', tileOf(37.15, 36.2, 12))
    expect(near.map((p) => p.ref).sort()).toEqual([shared.ref, kept.ref].sort())
    expect(near.find((p) => p.id === shared.id)).toEqual({ id: shared.id, ref: shared.ref, name: 'Bakery', status: 'notified' })
    const far = await features('coordAdmin', tileOf(37.15, 36.2, 8))
    expect(far).toEqual([expect.objectContaining({ cluster: true, point_count: 2, point_count_abbreviated: 2 })])
  })

  it('shows a party only the sites shared with it, and an organisation only its own', async () => {
    expect((await features('govEditor', tileOf(37.15, 36.2, 12))).map((p) => p.ref)).toEqual([shared.ref])
    expect(await features('msfEditor', tileOf(37.15, 36.2, 12))).toEqual([])
  })

  it('moves to a new version when a site changes, and lets a browser keep a tile of the current version for good', async () => {
    const before = await tileJson('coordAdmin')
    const current = await tt.users.coordAdmin.client.bytes(`${tt.base}/sites/tiles/${tileOf(37.15, 36.2, 12).join('/')}.mvt?v=${before.version}`)
    expect(current.headers.get('cache-control')).toBe('private, max-age=31536000, immutable')
    const renamed = await tt.users.wfpEditor.client.patch(`${tt.base}/sites/${kept.id}`, { version: kept.version, name: 'Grain store' })
    expect(renamed.status).toBe(200)
    kept = renamed.body
    const after = await tileJson('coordAdmin')
    expect(after.version).not.toBe(before.version)
    // Asked for under the old version: today's tile, not to be kept.
    const stale = await tt.users.coordAdmin.client.bytes(`${tt.base}/sites/tiles/${tileOf(37.15, 36.2, 12).join('/')}.mvt?v=${before.version}`)
    expect(stale.headers.get('cache-control')).toBe('private, no-cache')
    expect((await features('coordAdmin', tileOf(37.15, 36.2, 12))).map((p) => p.name).sort()).toEqual(['Bakery', 'Grain store'])
  })

  it('keeps its version through changes that are not to a site, so the clustered sites are not built again', async () => {
    const before = await tileJson('coordAdmin')
    const gov = tt.users.govEditor.client
    const inbox = (await gov.get(`${tt.base}/acknowledgements?state=pending`)).body.items
    const ack = inbox.find((a: any) => a.subject.id === shared.id)
    expect((await gov.post(`${tt.base}/acknowledgements/${ack.id}/acknowledge`, {})).status).toBe(200)
    expect((await tileJson('coordAdmin')).version).toBe(before.version)
  })

  it('draws a site given as an area at a point inside it', async () => {
    const square = { type: 'Polygon', coordinates: [[[38.0, 36.5], [38.01, 36.5], [38.01, 36.51], [38.0, 36.51], [38.0, 36.5]]] }
    const camp = (await tt.users.wfpEditor.client.post(`${tt.base}/sites`, { name: 'Camp', type: 'camp', geometry: square })).body
    expect(camp.geometry.type).toBe('Polygon')
    expect((await features('coordAdmin', tileOf(38.005, 36.505, 12))).map((p) => p.ref)).toEqual([camp.ref])
  })

  it('answers an empty tile where there are no sites', async () => {
    expect(await features('coordAdmin', tileOf(-70, 40, 10))).toEqual([])
  })

  it('refuses a tile that does not exist, naming the coordinate', async () => {
    const get = (path: string) => tt.users.coordAdmin.client.get(`${tt.base}/sites/tiles/${path}`)
    expectProblem(await get('3/8/0.mvt'), 400, '/params/x')
    expectProblem(await get('3/0/8.mvt'), 400, '/params/y')
    expectProblem(await get('15/0/0.mvt'), 400, '/params/z')
    expectProblem(await get('-1/0/0.mvt'), 400, '/params/z')
    expectProblem(await get('a/0/0.mvt'), 400, '/params/z')
    expectProblem(await get('1/0/0.mvt?zoom=3'), 400)
  })

  it('answers 404 for a theatre the reader is not a member of, and 401 without signing in', async () => {
    const other = await makeTheatre(t)
    expectProblem(await tt.users.coordAdmin.client.get(`${other.base}/sites/tiles.json`), 404)
    expectProblem(await tt.users.coordAdmin.client.get(`${other.base}/sites/tiles/0/0/0.mvt`), 404)
    expectProblem(await t.client().get(`${tt.base}/sites/tiles.json`), 401)
  })
})
