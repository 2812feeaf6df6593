import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client } from '../../../test/helpers/client.ts'
import { testEngines } from '../../../test/helpers/db.ts'
import { ADMIN, PASSWORD, startServer, uniqueName, type TestServer } from '../../../test/helpers/server.ts'

describe.each(testEngines())('accounts on %s', (engine) => {
  let t: TestServer
  beforeAll(async () => {
    t = await startServer(engine)
  })
  afterAll(() => t?.close())

  it('signs in with an HttpOnly, SameSite=Lax cookie and a CSRF token, and signs out', async () => {
    const c = t.client()
    const res = await c.signIn(ADMIN.username, ADMIN.password)
    expect(res.status).toBe(200)
    const cookie = res.headers.get('set-cookie')!
    expect(cookie).toMatch(/^truce_session=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(res.body.csrfToken).toMatch(/^[\w-]{20,}$/)
    expect(res.body.user).toMatchObject({ username: 'admin', isAdmin: true })
    expect(res.body.user.passwordHash).toBeUndefined()

    const me = await c.get('/api/v1/me')
    expect(me.status).toBe(200)
    expect(me.body).toMatchObject({ user: { username: 'admin' }, via: 'session', memberships: expect.any(Array) })

    expect((await c.delete('/api/v1/session')).status).toBe(204)
    expect((await c.get('/api/v1/me')).status).toBe(401)
  })

  it('answers 401 problem+json without credentials or with a wrong password', async () => {
    const anon = await t.client().get('/api/v1/me')
    expect(anon.status).toBe(401)
    expect(anon.headers.get('content-type')).toMatch(/application\/problem\+json/)
    expect(anon.body).toMatchObject({ type: expect.any(String), title: expect.any(String), status: 401 })
    const wrong = await t.client().signIn(ADMIN.username, 'not-the-password')
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('set-cookie')).toBeNull()
    const unknown = await t.client().signIn('nobody-by-this-name', 'whatever-password')
    expect(unknown.status).toBe(401)
    expect(unknown.body.detail).toBe(wrong.body.detail)
  })

  it('refuses cookie writes without the CSRF token and writes nothing', async () => {
    const username = uniqueName('csrf')
    const c = await Client.signedIn(t.url, ADMIN.username, ADMIN.password)
    const csrf = c.csrf
    c.csrf = undefined
    const res = await c.post('/api/v1/users', { username, password: PASSWORD, displayName: 'X' })
    expect(res.status).toBe(403)
    expect(res.body.errors).toEqual([{ path: '/headers/x-csrf-token', message: 'is missing or wrong' }])
    c.csrf = 'wrong-token-of-the-same-kind-xxxxx'
    expect((await c.post('/api/v1/users', { username, password: PASSWORD, displayName: 'X' })).status).toBe(403)
    c.csrf = csrf
    expect((await c.get(`/api/v1/users?username=${username}`)).body.items).toEqual([])
  })

  it('lets instance administrators create users, and no one else', async () => {
    const username = uniqueName('Rana')
    const res = await t.admin.post('/api/v1/users', { username, password: PASSWORD, displayName: 'Rana', language: 'ar' })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ username, displayName: 'Rana', language: 'ar', isAdmin: false, version: 1 })
    expect(res.body.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/)

    const dup = await t.admin.post('/api/v1/users', { username: username.toUpperCase(), password: PASSWORD, displayName: 'Other' })
    expect(dup.status).toBe(409)
    expect(dup.body.errors).toEqual([{ path: '/body/username', message: 'is taken' }])

    const rana = await Client.signedIn(t.url, username, PASSWORD)
    const forbidden = await rana.post('/api/v1/users', { username: uniqueName('x'), password: PASSWORD, displayName: 'X' })
    expect(forbidden.status).toBe(403)
    expect((await rana.get('/api/v1/users')).status).toBe(403)
    expect((await rana.get(`/api/v1/users?username=${username}`)).body.items).toHaveLength(1)
  })

  it('rejects a short password and a bad language naming the fields', async () => {
    const res = await t.admin.post('/api/v1/users', { username: uniqueName('p'), password: 'short', displayName: 'P' })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([{ path: '/body/password', message: 'must be at least 10 characters' }])
    const lang = await t.admin.post('/api/v1/users', { username: uniqueName('p'), password: PASSWORD, displayName: 'P', language: 'fr' })
    expect(lang.status).toBe(400)
    expect(lang.body.errors.map((e: { path: string }) => e.path)).toContain('/body/language')
  })

  it('changes a password: the current one is required, other sessions end, the new one works', async () => {
    const { user, client } = await t.newUser('pw')
    const other = await Client.signedIn(t.url, user.username, PASSWORD)
    const bad = await client.post('/api/v1/me/password', { currentPassword: 'not-my-password', newPassword: 'a-new-password-2' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors).toEqual([{ path: '/body/currentPassword', message: 'is not your current password' }])
    const ok = await client.post('/api/v1/me/password', { currentPassword: PASSWORD, newPassword: 'a-new-password-2' })
    expect(ok.status).toBe(200)
    expect(ok.body.version).toBe(2)
    expect((await client.get('/api/v1/me')).status).toBe(200)
    expect((await other.get('/api/v1/me')).status).toBe(401)
    expect((await t.client().signIn(user.username, PASSWORD)).status).toBe(401)
    expect((await t.client().signIn(user.username, 'a-new-password-2')).status).toBe(200)
  })

  it('rate-limits failed sign-ins per user with a clear 429', async () => {
    const { user } = await t.newUser('rl')
    for (let i = 0; i < 10; i++) expect((await t.client().signIn(user.username, `wrong-${i}-password`)).status).toBe(401)
    const limited = await t.client().signIn(user.username, PASSWORD)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(limited.body).toMatchObject({ status: 429, detail: expect.stringContaining('for this user') })
  })

  it('rate-limits failed sign-ins per address across usernames', async () => {
    const server = await startServer(engine)
    try {
      for (let i = 0; i < 30; i++) await server.client().signIn(uniqueName('ghost'), 'wrong-password-x')
      const limited = await server.client().signIn(ADMIN.username, ADMIN.password)
      expect(limited.status).toBe(429)
      expect(limited.body.detail).toContain('from this address')
    } finally {
      await server.close()
    }
  })
})
