import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { VectorTile } from '@mapbox/vector-tile'
import { PbfReader } from 'pbf'
import { afterAll, describe, expect, it } from 'vitest'
import { expectProblem } from '../../test/helpers/assert.ts'
import { startServer, type TestServer } from '../../test/helpers/server.ts'

describe('the basemap the web app draws', () => {
  const servers: TestServer[] = []
  afterAll(async () => {
    for (const s of servers) await s.close()
  })
  const start = async (env: Record<string, string> = {}) => {
    const s = await startServer('pglite', env)
    servers.push(s)
    return s
  }

  it('is the built-in one unless TRUCE_BASEMAP names another, and needs no sign-in', async () => {
    const t = await start()
    const { body } = await t.client().get('/api/v1/basemap')
    expect(body).toEqual({ kind: 'builtin', boundaries: { tiles: [expect.stringMatching(/^\/api\/v1\/basemap\/tiles\/\{z\}\/\{x\}\/\{y\}\.mvt\?v=[\w-]{16}$/)], maxzoom: 10, layers: ['countries', 'governorates', 'districts'] } })
  })

  it("serves the built-in basemap's boundaries as vector tiles, kept for good under their version", async () => {
    const t = await start()
    const [template] = (await t.client().get('/api/v1/basemap')).body.boundaries.tiles
    // Aleppo at zoom 6: Syria's outline, its governorates and its districts
    const res = await t.client().bytes(template.replace('{z}/{x}/{y}', '6/38/25'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile')
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const tile = new VectorTile(new PbfReader(res.body))
    expect(Object.keys(tile.layers).sort()).toEqual(['countries', 'districts', 'governorates'])
    expect(tile.layers.governorates.length).toBeGreaterThan(5)
    expect(tile.layers.countries.feature(0).type).toBe(3)
    // Mid-Pacific: nothing to draw, and no layer
    const sea = await t.client().bytes('/api/v1/basemap/tiles/6/1/30.mvt')
    expect(sea.status).toBe(200)
    expect(sea.headers.get('cache-control')).toBe('public, no-cache')
    expect(Object.keys(new VectorTile(new PbfReader(sea.body)).layers)).toEqual([])
  })

  it('answers 400 naming the coordinate of a tile that does not exist or is not cut', async () => {
    const t = await start()
    await expectProblem(await t.client().get('/api/v1/basemap/tiles/11/0/0.mvt'), 400, '/params/z')
    await expectProblem(await t.client().get('/api/v1/basemap/tiles/3/8/0.mvt'), 400, '/params/x')
    await expectProblem(await t.client().get('/api/v1/basemap/tiles/3/0/9.mvt'), 400, '/params/y')
    await expectProblem(await t.client().get('/api/v1/basemap/tiles/a/0/0.mvt'), 400, '/params/z')
  })

  it('is a style URL when TRUCE_BASEMAP is one', async () => {
    const t = await start({ TRUCE_BASEMAP: 'https://tiles.example.org/style.json' })
    expect((await t.client().get('/api/v1/basemap')).body).toEqual({ kind: 'style', url: 'https://tiles.example.org/style.json' })
  })

  it('serves a PMTiles file with range requests, as PMTiles readers ask', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'truce-basemap-')), 'syria.pmtiles')
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 2048 }, (_, i) => i % 256)))
    const t = await start({ TRUCE_BASEMAP: file })
    expect((await t.client().get('/api/v1/basemap')).body).toMatchObject({ kind: 'pmtiles', url: '/api/v1/basemap/tiles.pmtiles', boundaries: { maxzoom: 10 } })
    const res = await fetch(`${t.url}/api/v1/basemap/tiles.pmtiles`, { headers: { range: 'bytes=16-31' } })
    expect(res.status).toBe(206)
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual(Array.from({ length: 16 }, (_, i) => 16 + i))
  })

  it('refuses a TRUCE_BASEMAP that is neither, naming it', async () => {
    await expect(start({ TRUCE_BASEMAP: '/nowhere/tiles.mbtiles' })).rejects.toThrow(/TRUCE_BASEMAP must be a \.pmtiles file or an http\(s\) style URL/)
  })
})
