import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectProblem } from '../../../test/helpers/assert.ts'
import { testEngines } from '../../../test/helpers/db.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { makeTheatre, type TestTheatre } from '../../../test/helpers/theatre.ts'

// The map's search box finds sites here: the map itself holds only the tiles it draws.
describe.each(testEngines())('finding sites by reference or name (GET /sites?q=) on %s', (engine) => {
  let t: TestServer
  let tt: TestTheatre
  let bakery: any
  let store: any
  beforeAll(async () => {
    t = await startServer(engine)
    tt = await makeTheatre(t)
    const wfp = tt.users.wfpEditor.client
    bakery = (await wfp.post(`${tt.base}/sites`, { name: 'Al-Amal Bakery', type: 'bakery', geometry: '36.2, 37.15', shareWith: [tt.actors.gov.id] })).body
    store = (await wfp.post(`${tt.base}/sites`, { name: 'Grain store 100%_sure', type: 'warehouse', geometry: '36.3, 37.25', shareWith: [tt.actors.opp.id] })).body
  })
  afterAll(() => t?.close())

  const found = async (who: 'coordAdmin' | 'govEditor', q: string) => {
    const res = await tt.users[who].client.get(`${tt.base}/sites?q=${encodeURIComponent(q)}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body.items.map((s: any) => s.ref).sort()
  }

  it('finds a site by any part of its reference or name, in any case', async () => {
    expect(await found('coordAdmin', bakery.ref.toLowerCase())).toEqual([bakery.ref])
    expect(await found('coordAdmin', bakery.ref.slice(-4))).toEqual([bakery.ref])
    expect(await found('coordAdmin', 'amal bak')).toEqual([bakery.ref])
    expect(await found('coordAdmin', 'nowhere')).toEqual([])
  })

  it('takes %, _ and \\ as themselves, not as patterns', async () => {
    expect(await found('coordAdmin', '100%_')).toEqual([store.ref])
    expect(await found('coordAdmin', '%%')).toEqual([])
    expect(await found('coordAdmin', 'a_a')).toEqual([])
  })

  it('finds only the sites the reader may see', async () => {
    const theatreSites = bakery.ref.slice(0, -6) // "SY-S-": both
    expect(await found('coordAdmin', theatreSites)).toEqual([bakery.ref, store.ref].sort())
    expect(await found('govEditor', theatreSites)).toEqual([bakery.ref])
    expect(await found('govEditor', 'grain')).toEqual([])
  })

  it('refuses a text too short or too long to search by, naming it', async () => {
    for (const q of ['a', 'x'.repeat(101)]) expectProblem(await tt.users.coordAdmin.client.get(`${tt.base}/sites?q=${q}`), 400, '/query/q')
  })
})
