import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
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
    expect((await t.client().get('/api/v1/basemap')).body).toEqual({ kind: 'builtin' })
  })

  it('is a style URL when TRUCE_BASEMAP is one', async () => {
    const t = await start({ TRUCE_BASEMAP: 'https://tiles.example.org/style.json' })
    expect((await t.client().get('/api/v1/basemap')).body).toEqual({ kind: 'style', url: 'https://tiles.example.org/style.json' })
  })

  it('serves a PMTiles file with range requests, as PMTiles readers ask', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'truce-basemap-')), 'syria.pmtiles')
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 2048 }, (_, i) => i % 256)))
    const t = await start({ TRUCE_BASEMAP: file })
    expect((await t.client().get('/api/v1/basemap')).body).toEqual({ kind: 'pmtiles', url: '/api/v1/basemap/tiles.pmtiles' })
    const res = await fetch(`${t.url}/api/v1/basemap/tiles.pmtiles`, { headers: { range: 'bytes=16-31' } })
    expect(res.status).toBe(206)
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual(Array.from({ length: 16 }, (_, i) => 16 + i))
  })

  it('refuses a TRUCE_BASEMAP that is neither, naming it', async () => {
    await expect(start({ TRUCE_BASEMAP: '/nowhere/tiles.mbtiles' })).rejects.toThrow(/TRUCE_BASEMAP must be a \.pmtiles file or an http\(s\) style URL/)
  })
})
