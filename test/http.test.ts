import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testEngines } from './helpers/db.ts'
import { startServer, uniqueName, type TestServer } from './helpers/server.ts'

const PROBLEM = /^application\/problem\+json/

describe.each(testEngines())('HTTP conventions on %s', (engine) => {
  let t: TestServer
  beforeAll(async () => {
    t = await startServer(engine, { TRUCE_BODY_LIMIT: '4096' })
  })
  afterAll(() => t?.close())

  it('GET /api/v1/health answers without sign-in: database, version, migrations', async () => {
    const res = await t.client().get('/api/v1/health')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ status: 'ok', database: engine, version: 'test', migrations: { applied: expect.any(Number), latest: expect.stringMatching(/^\d{4}_/) } })
    expect(res.body.migrations.applied).toBeGreaterThanOrEqual(4)
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('publishes an OpenAPI 3.1 document with every route, browsable at /api/docs', async () => {
    const doc = (await t.client().get('/api/openapi.json')).body
    expect(doc.openapi).toBe('3.1.0')
    for (const path of ['/api/v1/health', '/api/v1/session', '/api/v1/me', '/api/v1/users', '/api/v1/theatres', '/api/v1/theatres/{theatre}/actors', '/api/v1/theatres/{theatre}/members/{id}', '/api/v1/theatres/{theatre}/tokens', '/api/v1/theatres/{theatre}/ledger', '/api/v1/theatres/{theatre}/ledger/{seq}/receipt', '/api/v1/signing-key']) {
      expect(doc.paths[path], path).toBeDefined()
    }
    const ops = Object.values(doc.paths).flatMap((p: any) => Object.values(p)) as any[]
    for (const op of ops) expect(op.summary, JSON.stringify(op).slice(0, 80)).toBeTruthy()
    const ui = await t.client().get('/api/docs/')
    expect(ui.status).toBe(200)
    expect(ui.headers.get('content-type')).toMatch(/text\/html/)
  })

  it('leads the address the server prints, /, to the browsable API', async () => {
    const res = await fetch(`${t.url}/`, { redirect: 'manual' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/api/docs')
  })

  it('answers malformed JSON with 400 problem+json', async () => {
    const res = await t.admin.request('POST', '/api/v1/theatres', '{"code": "XX", ', { 'content-type': 'application/json' })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(PROBLEM)
    expect(res.body).toMatchObject({ status: 400, title: 'Malformed JSON', errors: [{ path: '/body', message: 'is not valid JSON' }] })
  })

  it('answers a body that is not JSON with 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const res = await t.admin.request('POST', '/api/v1/theatres', 'code=XX', { 'content-type': type })
      expect(res.status, type).toBe(415)
      expect(res.headers.get('content-type')).toMatch(PROBLEM)
    }
  })

  it('answers a body over the limit with 413 and writes nothing', async () => {
    const username = uniqueName('big')
    const res = await t.admin.post('/api/v1/users', { username, password: 'x'.repeat(20), displayName: 'y'.repeat(5000) })
    expect(res.status).toBe(413)
    expect(res.headers.get('content-type')).toMatch(PROBLEM)
    expect((await t.admin.get(`/api/v1/users?username=${username}`)).body.items).toEqual([])
  })

  it('names every unknown field and wrong type', async () => {
    const res = await t.admin.post('/api/v1/theatres', { code: 7, name: '', timezone: 'Asia/Damascus', bbox: [1, 2, 3], colour: 'red' })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(PROBLEM)
    const paths = res.body.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['/body/code', '/body/name', '/body/bbox', '/body/colour']))
    expect(res.body.errors).toContainEqual({ path: '/body/colour', message: 'is not a known field' })
    expect(res.body.errors).toContainEqual({ path: '/body/code', message: 'must be string' })
  })

  it('names bad query parameters', async () => {
    const res = await t.admin.get('/api/v1/theatres?limit=100000&colour=red')
    expect(res.status).toBe(400)
    const paths = res.body.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['/query/limit', '/query/colour']))
    expect((await t.admin.get('/api/v1/theatres?cursor=%%%')).body.errors).toEqual([{ path: '/query/cursor', message: 'is not a cursor this API gave' }])
  })

  it('answers an unknown route with 404 problem+json, signed in or not', async () => {
    for (const c of [t.client(), t.admin]) {
      const res = await c.get('/api/v1/no-such-thing')
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toMatch(PROBLEM)
    }
  })

  it('answers a malformed id in the path with 400 naming it', async () => {
    const res = await t.admin.get('/api/v1/users/not-a-uuid')
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([{ path: '/params/id', message: 'must match format "uuid"' }])
  })

  it('answers a bad bearer token with 401 even on public routes', async () => {
    const c = t.client()
    c.bearer = 'tt_not-a-real-token'
    const res = await c.get('/api/v1/me')
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer')
  })

  it('pages collections with an opaque cursor', async () => {
    for (let i = 0; i < 3; i++) await t.newUser('pager')
    const first = await t.admin.get('/api/v1/users?limit=2')
    expect(first.body.items).toHaveLength(2)
    expect(first.body.next).toEqual(expect.any(String))
    const second = await t.admin.get(`/api/v1/users?limit=2&cursor=${first.body.next}`)
    expect(second.body.items[0].id > first.body.items[1].id).toBe(true)
  })
})
