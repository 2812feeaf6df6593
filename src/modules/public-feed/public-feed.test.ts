import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectProblem } from '../../../test/helpers/assert.ts'
import { testEngines } from '../../../test/helpers/db.ts'
import { agreementWithZone, incident, INSIDE, OUTSIDE } from '../../../test/helpers/incidents.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { makeTheatre, type TestTheatre } from '../../../test/helpers/theatre.ts'

describe.each(testEngines())('the public feed on %s', (engine) => {
  let t: TestServer
  let tt: TestTheatre
  let published: any
  let verifiedOnly: any
  let unverified: any
  let site: any
  const feed = (path = '') => t.client().get(`/api/v1/public/theatres/${tt.theatre.code}${path}`)

  beforeAll(async () => {
    t = await startServer(engine)
    tt = await makeTheatre(t)
    await agreementWithZone(tt)
    const at = new Date().toISOString()
    published = await incident(tt, { occurredAt: at, location: INSIDE, allegedPartyId: tt.actors.gov.id, killed: { min: 1, max: 3 }, placeName: 'Eastern Aleppo', sources: [{ kind: 'media', title: 'Shelling reported', url: 'https://news.example.org/a', publisher: 'Example News' }] }, ['under_review', 'corroborated', 'verified'])
    verifiedOnly = await incident(tt, { occurredAt: at, location: OUTSIDE }, ['under_review', 'corroborated', 'verified'])
    unverified = await incident(tt, { occurredAt: at, location: INSIDE, description: 'unconfirmed rumour of shelling' }, [])
    expect((await tt.users.coordAdmin.client.post(`${tt.base}/incidents/${published.id}/publish`, {})).status).toBe(200)
    site = (await tt.users.wfpEditor.client.post(`${tt.base}/sites`, { name: 'Secret clinic', type: 'clinic', geometry: OUTSIDE })).body
  })
  afterAll(() => t?.close())

  it('is not there until the theatre publishes (404, as for a theatre that does not exist)', async () => {
    expectProblem(await feed(), 404)
    expectProblem(await feed('/incidents.geojson'), 404)
    expectProblem(await t.client().get('/api/v1/public/theatres/NOSUCH'), 404)
    const theatre = (await tt.users.coordAdmin.client.get(tt.base)).body
    const res = await tt.users.coordAdmin.client.patch(tt.base, { version: theatre.version, published: true })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  })

  it('shows, without sign-in, the agreements, zones and figures over published incidents only', async () => {
    const res = await feed()
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.theatre.code).toBe(tt.theatre.code)
    expect(res.body.agreements.map((a: any) => a.name)).toEqual(['Aleppo cessation of hostilities'])
    expect(res.body.zones.features.map((f: any) => f.properties.name)).toEqual(['Eastern Aleppo'])
    expect(res.body.figures.incidents.reduce((n: number, r: any) => n + r.incidents, 0)).toBe(1)
    // the parties the figures name, each once
    expect(res.body.figures.parties.map((p: any) => p.id)).toEqual([...new Set(res.body.figures.incidents.map((r: any) => r.partyId).filter(Boolean))])
    expect(JSON.stringify(res.body)).not.toContain(site.id)
  })

  it('gives published incidents as GeoJSON and CSV, and nothing that was not published', async () => {
    const geo = await feed('/incidents.geojson')
    expect(geo.status).toBe(200)
    expect(geo.headers.get('content-type')).toMatch(/^application\/geo\+json/)
    expect(geo.body.features.map((f: any) => f.id)).toEqual([published.ref])
    const props = geo.body.features[0].properties
    expect(geo.body.features[0].geometry).toEqual(INSIDE)
    expect(props).toMatchObject({ ref: published.ref, alleged: 'Government forces', killed: { min: 1, max: 3 }, sources: [{ kind: 'media', title: 'Shelling reported', url: 'https://news.example.org/a', publisher: 'Example News' }] })
    expect(props.attribution).toContain('possible breach of Aleppo cessation of hostilities')
    // No workflow, reporter or audience detail leaves the theatre.
    for (const hidden of ['reporterId', 'history', 'audience', 'replies', 'evidence']) expect(props).not.toHaveProperty(hidden)
    const text = JSON.stringify(geo.body)
    for (const other of [verifiedOnly.ref, unverified.ref, 'unconfirmed rumour']) expect(text).not.toContain(other)

    const csv = await feed('/incidents.csv')
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
    const lines = String(csv.body).trim().split('\r\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toMatch(new RegExp(`^${published.ref},`))
    expect(lines[1]).toContain(',37.15,36.15,')
  })

  it('is a read-only page for a browser, linking the data', async () => {
    const res = await t.client().get(`/api/v1/public/theatres/${tt.theatre.code}`, { accept: 'text/html' })
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(String(res.body)).toContain(published.ref)
    expect(String(res.body)).toContain('incidents.geojson')
    expect(String(res.body)).not.toContain(unverified.ref)
    expect(String(res.body)).not.toContain('<script')
  })

  it('refuses writes and anything else under /public', async () => {
    expectProblem(await t.client().post(`/api/v1/public/theatres/${tt.theatre.code}`, {}), 404)
    expectProblem(await t.client().get(`/api/v1/public/theatres/${tt.theatre.code}/sites`), 404)
  })
})
