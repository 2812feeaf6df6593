import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client } from '../../../test/helpers/client.ts'
import { testEngines } from '../../../test/helpers/db.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { SYRIA_BBOX, makeTheatre, uniqueCode, type ActorKey, type TestTheatre, type UserKey } from '../../../test/helpers/theatre.ts'
import { expectProblem } from '../../../test/helpers/assert.ts'

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const NO_SUCH_ID = '0190a000-0000-7000-8000-000000000000'

/** An RFC 9457 answer with this status; `paths` are the fields it must name. */
/** The actor each of makeTheatre's users belongs to. */
const ACTOR_OF: Record<UserKey, ActorKey> = {
  coordAdmin: 'cell',
  coordViewer: 'cell',
  govAdmin: 'gov',
  govEditor: 'gov',
  govViewer: 'gov',
  oppEditor: 'opp',
  wfpEditor: 'wfp',
  msfEditor: 'msf',
  monEditor: 'mon',
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe.each(testEngines())('API tokens on %s', (engine) => {
  let t: TestServer
  let tt: TestTheatre
  /** A second theatre, in which GOV's editor of the first also serves. */
  let other: { code: string; id: string; cellId: string }
  beforeAll(async () => {
    t = await startServer(engine)
    tt = await makeTheatre(t)
    const code = uniqueCode()
    const theatre = await t.admin.post('/api/v1/theatres', { code, name: `Other ${code}`, timezone: 'UTC', bbox: SYRIA_BBOX })
    const cell = await t.admin.post(`/api/v1/theatres/${code}/actors`, { kind: 'coordinator', name: 'Cell', shortName: 'CELL' })
    const m = await t.admin.post(`/api/v1/theatres/${code}/members`, { userId: tt.users.govEditor.user.id, actorId: cell.body.id, role: 'admin' })
    expect(m.status).toBe(201)
    other = { code, id: theatre.body.id, cellId: cell.body.id }
  })
  afterAll(() => t?.close())

  const as = (who: UserKey): Client => tt.users[who].client
  const coord = () => as('coordAdmin')

  /** Every token of the theatre (the coordinator admin sees them all) and the theatre's ledger head. */
  const snapshot = async () => {
    const [list, ledger] = await Promise.all([coord().get(`${tt.base}/tokens?limit=500`), coord().get(`${tt.base}/ledger?limit=1`)])
    expect(list.status).toBe(200)
    expect(ledger.status).toBe(200)
    return { items: list.body.items as any[], head: ledger.body.head.seq as number }
  }

  /** Makes a token as `who` and returns it with a client that uses it. */
  const token = async (who: UserKey, body: Record<string, unknown> = {}) => {
    const actorId = tt.actors[ACTOR_OF[who]].id
    const res = await as(who).post(`${tt.base}/tokens`, { actorId, name: `${who}'s system`, ...body })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return { token: res.body, client: Client.withToken(t.url, res.body.token) }
  }

  const listIds = async (c: Client) => {
    const res = await c.get(`${tt.base}/tokens?limit=500`)
    expect(res.status).toBe(200)
    return (res.body.items as any[]).map((x) => x.id)
  }

  it('creates a token whose secret is shown once, and never again', async () => {
    const before = await snapshot()
    const res = await as('govEditor').post(`${tt.base}/tokens`, { actorId: tt.actors.gov.id, name: 'HQ liaison system' })
    expect(res.status).toBe(201)
    const secret: string = res.body.token
    expect(secret).toMatch(/^tt_[A-Za-z0-9_-]{43}$/)
    expect(res.body).toEqual({
      id: expect.stringMatching(UUID_V7),
      theatreId: tt.theatre.id,
      userId: tt.users.govEditor.user.id,
      actorId: tt.actors.gov.id,
      name: 'HQ liaison system',
      role: 'editor',
      prefix: secret.slice(0, 10),
      lastUsedAt: null,
      expiresAt: null,
      revokedAt: null,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      token: secret,
    })

    const after = await snapshot()
    expect(after.head).toBe(before.head + 1)
    const listed = await as('govEditor').get(`${tt.base}/tokens`)
    const mine = listed.body.items.find((x: any) => x.id === res.body.id)
    const { token: _secret, ...shown } = res.body
    expect(mine).toEqual(shown)
    expect(mine.token).toBeUndefined()
    expect(JSON.stringify(listed.body)).not.toContain(secret)
    expect(JSON.stringify(after.items)).not.toContain(secret)

    const ledger = await as('govEditor').get(`${tt.base}/ledger?subject=${res.body.id}`)
    expect(ledger.body.items).toEqual([expect.objectContaining({ action: 'token.create', actor: tt.actors.gov.id, user: tt.users.govEditor.user.id })])
    expect(JSON.stringify(ledger.body)).not.toContain(secret)
  })

  it('stores only a hash of the secret: it appears nowhere in the database', async () => {
    const { token: made } = await token('govEditor', { name: 'To look for' })
    const secret: string = made.token
    const rows = await t.services.db.query<Record<string, unknown>>('SELECT * FROM api_tokens WHERE theatre_id = $1 AND id = $2', [tt.theatre.id, made.id])
    expect(rows).toHaveLength(1)
    expect(rows[0].token_hash).toBe(crypto.createHash('sha256').update(secret).digest('hex'))
    expect(rows[0].prefix).toBe(secret.slice(0, 10))
    expect(JSON.stringify(rows)).not.toContain(secret)
    expect(JSON.stringify(rows)).not.toContain(secret.slice(10))

    // Nor in any other table: the ledger, sessions, anything.
    const tables = await t.services.db.query<{ name: string }>(
      `SELECT quote_ident(table_name) AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'spatial_ref_sys'`,
    )
    expect(tables.map((x) => x.name)).toEqual(expect.arrayContaining(['api_tokens', 'ledger_entries']))
    for (const { name } of tables) {
      const [found] = await t.services.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${name} t WHERE strpos(t::text, $1) > 0`, [
        secret.slice(10),
      ])
      expect(found.n, `the secret is in ${name}`).toBe(0)
    }
  })

  it('acts on /me and in the theatre for its one actor', async () => {
    const { token: made, client } = await token('govEditor')
    // Signed in, GOV's editor is in two theatres.
    const session = await as('govEditor').get('/api/v1/me')
    expect(session.body.memberships.map((m: any) => m.actorId).sort()).toEqual([tt.actors.gov.id, other.cellId].sort())

    const me = await client.get('/api/v1/me')
    expect(me.status).toBe(200)
    expect(me.body.via).toBe('token')
    expect(me.body.user).toMatchObject({ id: tt.users.govEditor.user.id, username: tt.users.govEditor.user.username })
    expect(me.body.memberships).toEqual([
      expect.objectContaining({ theatreId: tt.theatre.id, actorId: tt.actors.gov.id, role: 'editor', memberId: tt.users.govEditor.memberId }),
    ])

    const theatre = await client.get(tt.base)
    expect(theatre.status).toBe(200)
    expect(theatre.body.id).toBe(tt.theatre.id)
    expect((await client.get(`${tt.base}/actors`)).status).toBe(200)
    expect((await client.get('/api/v1/theatres')).body.items.map((x: any) => x.id)).toEqual([tt.theatre.id])

    // Its use is noted.
    const listed = (await as('govEditor').get(`${tt.base}/tokens?limit=500`)).body.items.find((x: any) => x.id === made.id)
    expect(listed.lastUsedAt).toEqual(expect.any(String))
  })

  it("sees through its actor's eyes: members of its actor only, even for a coordinator's user", async () => {
    // GOV's editor administers the other theatre's coordinator; a GOV token there is nothing.
    const { client } = await token('govEditor')
    expectProblem(await client.get(`/api/v1/theatres/${other.code}`), 404)
    expectProblem(await client.get(`/api/v1/theatres/${other.id}`), 404)
    expectProblem(await client.get(`/api/v1/theatres/${other.code}/actors`), 404)
    expectProblem(await client.post(`/api/v1/theatres/${other.code}/actors`, { kind: 'party', name: 'Via token', shortName: 'VT' }), 404)
    // …while the same user, signed in, is at home there.
    expect((await as('govEditor').get(`/api/v1/theatres/${other.code}`)).status).toBe(200)
    // In its own theatre, the token sees GOV's members only.
    const members = (await client.get(`${tt.base}/members?limit=500`)).body.items
    expect(members.every((m: any) => m.actorId === tt.actors.gov.id)).toBe(true)
  })

  it('writes with the bearer token alone (no CSRF token), within its role', async () => {
    const { client } = await token('coordAdmin')
    const res = await client.post(`${tt.base}/actors`, { kind: 'organisation', name: 'Red Crescent', shortName: 'SARC' })
    expect(res.status).toBe(201)
    const entry = (await coord().get(`${tt.base}/ledger?subject=${res.body.id}`)).body.items[0]
    expect(entry).toMatchObject({ action: 'actor.create', user: tt.users.coordAdmin.user.id })
  })

  it("refuses a role above the member's own, naming /body/role, and writes nothing", async () => {
    const before = await snapshot()
    const res = await as('govEditor').post(`${tt.base}/tokens`, { actorId: tt.actors.gov.id, name: 'Too strong', role: 'admin' })
    expectProblem(res, 400, '/body/role')
    expect(res.body.errors).toEqual([{ path: '/body/role', message: 'cannot exceed your role in this actor (editor)' }])
    expectProblem(await as('govViewer').post(`${tt.base}/tokens`, { actorId: tt.actors.gov.id, name: 'Too strong', role: 'editor' }), 400, '/body/role')
    expect(await snapshot()).toEqual(before)
    // A lesser role is fine.
    const { token: weak } = await token('govEditor', { role: 'viewer' })
    expect(weak.role).toBe('viewer')
  })

  it('refuses a token for an actor the user is not a member of, naming /body/actorId, and writes nothing', async () => {
    const before = await snapshot()
    const post = (c: Client, actorId: string) => c.post(`${tt.base}/tokens`, { actorId, name: 'Not mine' })
    const res = await post(as('govEditor'), tt.actors.opp.id)
    expectProblem(res, 400, '/body/actorId')
    expect(res.body.errors).toEqual([{ path: '/body/actorId', message: 'you are not a member of this actor' }])
    // Not even the coordinator's admins, nor instance administrators: a token acts for its user's own membership.
    expectProblem(await post(coord(), tt.actors.gov.id), 400, '/body/actorId')
    expectProblem(await post(t.admin, tt.actors.cell.id), 400, '/body/actorId')
    expectProblem(await post(as('govEditor'), NO_SUCH_ID), 400, '/body/actorId')
    expectProblem(await post(as('govEditor'), other.cellId), 400, '/body/actorId')
    expect(await snapshot()).toEqual(before)
  })

  it.each([
    ['no name', '/body/name', { name: undefined }],
    ['an empty name', '/body/name', { name: '' }],
    ['an actorId that is not a uuid', '/body/actorId', { actorId: 'gov' }],
    ['an unknown role', '/body/role', { role: 'owner' }],
    ['an unknown field', '/body/scopes', { scopes: ['read'] }],
    ['expiresAt not a timestamp', '/body/expiresAt', { expiresAt: 'tomorrow' }],
    ['expiresAt in the past', '/body/expiresAt', { expiresAt: new Date(Date.now() - 60_000).toISOString() }],
    ['expiresAt years ago', '/body/expiresAt', { expiresAt: '2020-01-01T00:00:00Z' }],
  ])('rejects %s naming %s, and writes nothing', async (_what, path, change) => {
    const before = await snapshot()
    const res = await as('govEditor').post(`${tt.base}/tokens`, { actorId: tt.actors.gov.id, name: 'Bad', ...change })
    expectProblem(res, 400, path)
    expect(await snapshot()).toEqual(before)
  })

  it('honours expiresAt: the token works until then and answers 401 after', async () => {
    const expiresAt = new Date(Date.now() + 2000).toISOString()
    const { token: made, client } = await token('wfpEditor', { expiresAt })
    expect(made.expiresAt).toBe(expiresAt)
    expect((await client.get(tt.base)).status).toBe(200)
    await sleep(Date.parse(expiresAt) - Date.now() + 300)
    expectProblem(await client.get(tt.base), 401)
    expect((await as('wfpEditor').get(`${tt.base}/tokens?limit=500`)).body.items.find((x: any) => x.id === made.id).expiresAt).toBe(expiresAt)
  })

  it('a token cannot create tokens (403), and writes nothing', async () => {
    const { client } = await token('govAdmin')
    expect((await client.get('/api/v1/me')).status).toBe(200) // notes its use now, so the snapshot holds still
    const before = await snapshot()
    const res = await client.post(`${tt.base}/tokens`, { actorId: tt.actors.gov.id, name: 'Offspring' })
    expectProblem(res, 403)
    expect(await snapshot()).toEqual(before)
  })

  it('acts with at most the role it was made with: a viewer token of an admin gets 403 where admin is needed', async () => {
    const { client: viewer } = await token('govAdmin', { role: 'viewer' })
    const { client: cellViewer } = await token('coordAdmin', { role: 'viewer' })
    const u = (await t.newUser('target')).user
    const before = await snapshot()
    const members = (await coord().get(`${tt.base}/members?limit=500`)).body.items
    expectProblem(await viewer.post(`${tt.base}/members`, { userId: u.id, actorId: tt.actors.gov.id, role: 'viewer' }), 403)
    const gov = (await coord().get(`${tt.base}/actors/${tt.actors.gov.id}`)).body
    expectProblem(await viewer.patch(`${tt.base}/actors/${gov.id}`, { version: gov.version, name: 'Renamed' }), 403)
    expectProblem(await viewer.patch(`${tt.base}/members/${tt.users.govViewer.memberId}`, { version: 1, role: 'admin' }), 403)
    expect((await viewer.get(`${tt.base}/members`)).status).toBe(200)

    expectProblem(await cellViewer.post(`${tt.base}/actors`, { kind: 'party', name: 'Via viewer token', shortName: 'VVT' }), 403)
    const theatre = (await coord().get(tt.base)).body
    expectProblem(await cellViewer.patch(tt.base, { version: theatre.version, name: 'Renamed' }), 403)
    expect((await coord().get(`${tt.base}/members?limit=500`)).body.items).toEqual(members)
    expect((await snapshot()).head).toBe(before.head)
    expect((await coord().get(tt.base)).body).toEqual(theatre)

    // The same admin's admin token may.
    const { client: admin } = await token('govAdmin', { role: 'admin' })
    const ok = await admin.post(`${tt.base}/members`, { userId: u.id, actorId: tt.actors.gov.id, role: 'viewer' })
    expect(ok.status).toBe(201)
  })

  it("follows its user's membership: a demoted member's token loses the role; a removed member's token the theatre", async () => {
    const { user, client } = await t.newUser('tokenholder')
    const m = (await coord().post(`${tt.base}/members`, { userId: user.id, actorId: tt.actors.opp.id, role: 'admin' })).body
    const made = await client.post(`${tt.base}/tokens`, { actorId: tt.actors.opp.id, name: 'OPP ops room', role: 'admin' })
    expect(made.status).toBe(201)
    const bearer = Client.withToken(t.url, made.body.token)
    const target = (await t.newUser('target')).user
    expect((await bearer.post(`${tt.base}/members`, { userId: target.id, actorId: tt.actors.opp.id, role: 'viewer' })).status).toBe(201)

    const demoted = await coord().patch(`${tt.base}/members/${m.id}`, { version: m.version, role: 'editor' })
    expect(demoted.status).toBe(200)
    const other = (await t.newUser('target')).user
    const before = await snapshot()
    expectProblem(await bearer.post(`${tt.base}/members`, { userId: other.id, actorId: tt.actors.opp.id, role: 'viewer' }), 403)
    expect((await snapshot()).head).toBe(before.head)
    expect((await bearer.get('/api/v1/me')).body.memberships).toEqual([expect.objectContaining({ actorId: tt.actors.opp.id, role: 'editor' })])

    expect((await coord().delete(`${tt.base}/members/${m.id}`)).status).toBe(204)
    expectProblem(await bearer.get(tt.base), 404)
    expectProblem(await bearer.get(`${tt.base}/actors`), 404)
    // Nor does the theatre list show it any more.
    expect((await bearer.get('/api/v1/theatres')).body.items).toEqual([])
    expect((await bearer.get('/api/v1/me')).body.memberships).toEqual([])
  })

  it("through a token, a user sees and revokes only the tokens of the token's actor", async () => {
    // A liaison officer who serves both GOV and WFP has a token for each.
    const { user, client } = await t.newUser('liaison')
    for (const actor of [tt.actors.gov, tt.actors.wfp]) {
      expect((await coord().post(`${tt.base}/members`, { userId: user.id, actorId: actor.id, role: 'editor' })).status).toBe(201)
    }
    const gov = (await client.post(`${tt.base}/tokens`, { actorId: tt.actors.gov.id, name: 'GOV link' })).body
    const wfp = (await client.post(`${tt.base}/tokens`, { actorId: tt.actors.wfp.id, name: 'WFP link' })).body
    const govBearer = Client.withToken(t.url, gov.token)
    const wfpBearer = Client.withToken(t.url, wfp.token)

    // Signed in, the user sees both; the GOV token only its own.
    expect(await listIds(client)).toEqual(expect.arrayContaining([gov.id, wfp.id]))
    expect(await listIds(govBearer)).toEqual([gov.id])

    expect((await wfpBearer.get('/api/v1/me')).status).toBe(200) // notes its use now, so the snapshot holds still
    const before = await snapshot()
    expectProblem(await govBearer.delete(`${tt.base}/tokens/${wfp.id}`), 404)
    expect(await snapshot()).toEqual(before)
    expect((await wfpBearer.get(tt.base)).status).toBe(200)

    // A token may revoke itself.
    expect((await govBearer.delete(`${tt.base}/tokens/${gov.id}`)).status).toBe(200)
    expectProblem(await govBearer.get(tt.base), 401)
  })

  it('revokes a token: it then answers 401 problem+json', async () => {
    const { token: made, client } = await token('govEditor')
    expect((await client.get(tt.base)).status).toBe(200)
    const before = await snapshot()
    const res = await as('govEditor').delete(`${tt.base}/tokens/${made.id}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id: made.id, revokedAt: expect.any(String), version: 2 })
    expect(res.body.token).toBeUndefined()
    const after = await snapshot()
    expect(after.head).toBe(before.head + 1)
    expect((await coord().get(`${tt.base}/ledger?after=${before.head}`)).body.items[0]).toMatchObject({
      action: 'token.revoke',
      subject: { kind: 'token', id: made.id },
    })

    for (const path of ['/api/v1/me', tt.base, '/api/v1/theatres']) {
      const refused = await client.get(path)
      expectProblem(refused, 401)
      expect(refused.headers.get('www-authenticate')).toBe('Bearer')
    }
    expectProblem(await client.post(`${tt.base}/actors`, { kind: 'party', name: 'Ghost', shortName: 'GHOST' }), 401)

    // Revoking again changes nothing.
    const again = await as('govEditor').delete(`${tt.base}/tokens/${made.id}`)
    expect(again.status).toBe(200)
    expect(again.body.revokedAt).toBe(res.body.revokedAt)
    expect(await snapshot()).toEqual(after)
  })

  it('answers 401 problem+json to a bearer token that is not one', async () => {
    for (const header of ['Bearer tt_not-a-real-token', 'Bearer ', 'Basic YWRtaW46YWRtaW4=']) {
      const res = await t.client().get('/api/v1/me', { authorization: header })
      expectProblem(res, 401)
    }
  })

  it("lists the caller's own tokens, and an actor admin's view of the actor's tokens; no one else's", async () => {
    const ge = (await token('govEditor')).token
    const gv = (await token('govViewer')).token
    const oe = (await token('oppEditor')).token
    const we = (await token('wfpEditor')).token

    const govEditor = await listIds(as('govEditor'))
    expect(govEditor).toContain(ge.id)
    expect(govEditor).not.toContain(gv.id)
    expect(govEditor).not.toContain(oe.id)

    const govAdmin = await listIds(as('govAdmin'))
    expect(govAdmin).toEqual(expect.arrayContaining([ge.id, gv.id]))
    expect(govAdmin).not.toContain(oe.id)
    expect(govAdmin).not.toContain(we.id)
    const govAdminItems = (await as('govAdmin').get(`${tt.base}/tokens?limit=500`)).body.items
    expect(govAdminItems.every((x: any) => x.actorId === tt.actors.gov.id || x.userId === tt.users.govAdmin.user.id)).toBe(true)

    expect(await listIds(as('oppEditor'))).toEqual(expect.arrayContaining([oe.id]))
    expect(await listIds(as('oppEditor'))).not.toContain(ge.id)
    const coordViewer = await listIds(as('coordViewer'))
    expect(coordViewer).not.toContain(ge.id)
    expect(coordViewer).not.toContain(oe.id)
    expect(await listIds(coord())).toEqual(expect.arrayContaining([ge.id, gv.id, oe.id, we.id]))
    expectProblem(await tt.outsider.client.get(`${tt.base}/tokens`), 404)
  })

  it("answers 404 to revoking a token one cannot see, which goes on working; its actor's admin may revoke it", async () => {
    const { token: made, client } = await token('govEditor')
    const before = await snapshot()
    for (const c of [as('oppEditor'), as('govViewer'), as('coordViewer'), as('wfpEditor'), tt.outsider.client]) {
      expectProblem(await c.delete(`${tt.base}/tokens/${made.id}`), 404)
    }
    expectProblem(await as('govEditor').delete(`${tt.base}/tokens/${NO_SUCH_ID}`), 404)
    expectProblem(await as('govEditor').delete(`${tt.base}/tokens/not-a-uuid`), 400, '/params/id')
    expect(await snapshot()).toEqual(before)
    expect((await client.get(tt.base)).status).toBe(200)

    const revoked = await as('govAdmin').delete(`${tt.base}/tokens/${made.id}`)
    expect(revoked.status).toBe(200)
    expectProblem(await client.get(tt.base), 401)

    const { token: wfp, client: wfpClient } = await token('wfpEditor')
    expect((await coord().delete(`${tt.base}/tokens/${wfp.id}`)).status).toBe(200)
    expectProblem(await wfpClient.get(tt.base), 401)
  })

  it('rejects a bad page size or cursor naming the query parameter', async () => {
    expectProblem(await as('govEditor').get(`${tt.base}/tokens?limit=0`), 400, '/query/limit')
    expectProblem(await as('govEditor').get(`${tt.base}/tokens?cursor=${Buffer.from('abc').toString('base64url')}`), 400, '/query/cursor')
  })
})
