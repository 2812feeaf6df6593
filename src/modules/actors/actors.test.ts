import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Client } from '../../../test/helpers/client.ts'
import { testEngines } from '../../../test/helpers/db.ts'
import { PASSWORD, startServer, uniqueName, type TestServer } from '../../../test/helpers/server.ts'
import { SYRIA_BBOX, makeTheatre, uniqueCode, type TestTheatre, type UserKey } from '../../../test/helpers/theatre.ts'
import { expectProblem, ledgerHead } from '../../../test/helpers/assert.ts'

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const NO_SUCH_ID = '0190a000-0000-7000-8000-000000000000'

/** An RFC 9457 answer with this status; `paths` are the fields it must name. */
const ed25519 = () => crypto.generateKeyPairSync('ed25519')
const spkiPem = (key: crypto.KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString()
const keyId = (pem: string) =>
  crypto.createHash('sha256').update(crypto.createPublicKey(pem).export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16)

const ids = (items: { id: string }[]) => items.map((x) => x.id).sort()

describe.each(testEngines())('actors and members on %s', (engine) => {
  let t: TestServer
  let tt: TestTheatre
  beforeAll(async () => {
    t = await startServer(engine)
    tt = await makeTheatre(t)
  })
  afterAll(() => t?.close())

  const coord = () => tt.users.coordAdmin.client

  /** A collection as the coordinator admin sees it (everything), and the theatre's ledger head. */
  const snapshot = async (collection: 'actors' | 'members') => {
    const [list, ledger] = await Promise.all([coord().get(`${tt.base}/${collection}?limit=500`), coord().get(`${tt.base}/ledger?limit=1`)])
    expect(list.status).toBe(200)
    expect(ledger.status).toBe(200)
    return { items: list.body.items as any[], head: ledger.body.head.seq as number }
  }
  const head = () => ledgerHead(tt)
  const lastEntry = async () => {
    const h = await head()
    return (await coord().get(`${tt.base}/ledger?after=${h - 1}`)).body.items[0]
  }

  /** A user of the instance who is in no theatre yet (not signed in: cheaper). */
  const plainUser = async () => {
    const username = uniqueName('m')
    const res = await t.admin.post('/api/v1/users', { username, password: PASSWORD, displayName: `Member ${username}` })
    expect(res.status).toBe(201)
    return res.body
  }

  const as = (who: UserKey): Client => tt.users[who].client

  describe('creating actors', () => {
    it("lets the theatre's coordinator admins create an actor, with every field", async () => {
      const before = await head()
      const res = await coord().post(`${tt.base}/actors`, {
        kind: 'organisation',
        name: 'UN Refugee Agency',
        shortName: 'UNHCR',
        aliases: ['UNHCR Syria', 'المفوضية'],
        colour: '#0072BC',
      })
      expect(res.status).toBe(201)
      expect(res.body).toEqual({
        id: expect.stringMatching(UUID_V7),
        theatreId: tt.theatre.id,
        kind: 'organisation',
        name: 'UN Refugee Agency',
        shortName: 'UNHCR',
        aliases: ['UNHCR Syria', 'المفوضية'],
        colour: '#0072BC',
        publicKey: null,
        publicKeyId: null,
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      })
      expect((await as('wfpEditor').get(`${tt.base}/actors/${res.body.id}`)).body).toEqual(res.body)
      expect(await head()).toBe(before + 1)
      // Every member learns of a new actor through the ledger too.
      const entries = (await as('oppEditor').get(`${tt.base}/ledger?subject=${res.body.id}`)).body.items
      expect(entries).toEqual([expect.objectContaining({ action: 'actor.create', user: tt.users.coordAdmin.user.id, payload: res.body })])
    })

    it('lets an instance administrator create an actor', async () => {
      const res = await t.admin.post(`${tt.base}/actors`, { kind: 'monitor', name: 'UN investigators', shortName: 'COI' })
      expect(res.status).toBe(201)
      expect(res.body).toMatchObject({ kind: 'monitor', shortName: 'COI', aliases: [], colour: null })
    })

    it.each([
      ['govAdmin', 403],
      ['govEditor', 403],
      ['coordViewer', 403],
      ['wfpEditor', 403],
      ['monEditor', 403],
    ] as const)('refuses an actor from %s with %i, and writes nothing', async (who, status) => {
      const before = await snapshot('actors')
      expectProblem(await as(who).post(`${tt.base}/actors`, { kind: 'party', name: 'A new party', shortName: uniqueName('NP') }), status)
      expect(await snapshot('actors')).toEqual(before)
    })

    it('answers 404 to an outsider and 401 to the anonymous, and writes nothing', async () => {
      const before = await snapshot('actors')
      expectProblem(await tt.outsider.client.post(`${tt.base}/actors`, { kind: 'party', name: 'Intruders', shortName: 'INTR' }), 404)
      expectProblem(await t.client().post(`${tt.base}/actors`, { kind: 'party', name: 'Intruders', shortName: 'INTR' }), 401)
      expect(await snapshot('actors')).toEqual(before)
    })

    it('keeps short names unique in a theatre whatever their case (409 naming /body/shortName)', async () => {
      const before = await snapshot('actors')
      for (const shortName of ['GOV', 'gov', 'Gov']) {
        const res = await coord().post(`${tt.base}/actors`, { kind: 'party', name: 'Another government', shortName })
        expectProblem(res, 409, '/body/shortName')
        expect(res.body.errors).toEqual([{ path: '/body/shortName', message: 'is taken' }])
      }
      expect(await snapshot('actors')).toEqual(before)
      // Another theatre may use the same short name.
      const code = uniqueCode()
      expect((await t.admin.post('/api/v1/theatres', { code, name: code, timezone: 'UTC', bbox: SYRIA_BBOX })).status).toBe(201)
      expect((await t.admin.post(`/api/v1/theatres/${code}/actors`, { kind: 'party', name: 'Government', shortName: 'gov' })).status).toBe(201)
    })

    it.each([
      ['a colour name', '/body/colour', { colour: 'red' }],
      ['a short colour', '/body/colour', { colour: '#12345' }],
      ['a colour without #', '/body/colour', { colour: '0072BC' }],
      ['a colour with non-hex digits', '/body/colour', { colour: '#GG00AA' }],
      ['an unknown kind', '/body/kind', { kind: 'ngo' }],
      ['an empty name', '/body/name', { name: '' }],
      ['an empty short name', '/body/shortName', { shortName: '' }],
      ['a 41-character short name', '/body/shortName', { shortName: 'X'.repeat(41) }],
      ['aliases not a list', '/body/aliases', { aliases: 'SAA' }],
      ['an empty alias', '/body/aliases/1', { aliases: ['SAA', ''] }],
      ['an unknown field', '/body/role', { role: 'admin' }],
      ['no kind', '/body/kind', { kind: undefined }],
    ])('rejects %s, naming %s, and writes nothing', async (_what, path, change) => {
      const before = await snapshot('actors')
      const body = { kind: 'party', name: 'Bad input', shortName: uniqueName('B'), ...change }
      expectProblem(await coord().post(`${tt.base}/actors`, body), 400, path)
      expect(await snapshot('actors')).toEqual(before)
    })

    it('accepts an Ed25519 public key in SPKI PEM and gives its key id', async () => {
      const pem = spkiPem(ed25519().publicKey)
      const res = await coord().post(`${tt.base}/actors`, { kind: 'party', name: 'Signing party', shortName: uniqueName('SP'), publicKey: pem })
      expect(res.status).toBe(201)
      expect(res.body.publicKey).toBe(pem)
      expect(res.body.publicKeyId).toBe(keyId(pem))
      expect(res.body.publicKeyId).toMatch(/^[0-9a-f]{16}$/)
      // As pasted on Windows, too.
      const crlf = spkiPem(ed25519().publicKey).replace(/\n/g, '\r\n')
      const windows = await coord().post(`${tt.base}/actors`, { kind: 'party', name: 'Signing party', shortName: uniqueName('SP'), publicKey: crlf })
      expect(windows.status).toBe(201)
      expect(windows.body.publicKeyId).toBe(keyId(crlf))
    })

    it.each([
      ['an RSA public key', () => spkiPem(crypto.generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey)],
      ['an X25519 public key', () => spkiPem(crypto.generateKeyPairSync('x25519').publicKey)],
      // Accepting a private key would publish the party's signing key to every member of the theatre.
      ['an Ed25519 private key', () => ed25519().privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()],
      ['the base64 of a key without its PEM armour', () => ed25519().publicKey.export({ type: 'spki', format: 'der' }).toString('base64')],
      ['garbage', () => 'not a key at all'],
      ['an empty string', () => ''],
    ])('rejects %s as publicKey (400 /body/publicKey), and writes nothing', async (_what, key) => {
      const before = await snapshot('actors')
      const res = await coord().post(`${tt.base}/actors`, { kind: 'party', name: 'Key party', shortName: uniqueName('KP'), publicKey: key() })
      expectProblem(res, 400, '/body/publicKey')
      expect(res.body.errors).toEqual([{ path: '/body/publicKey', message: 'must be an Ed25519 public key in PEM (SPKI) form' }])
      expect(await snapshot('actors')).toEqual(before)
    })

    it('rejects an overlong publicKey naming /body/publicKey', async () => {
      const res = await coord().post(`${tt.base}/actors`, { kind: 'party', name: 'Key party', shortName: uniqueName('KP'), publicKey: 'A'.repeat(2001) })
      expectProblem(res, 400, '/body/publicKey')
    })
  })

  describe('reading actors', () => {
    it('lets every member list and read every actor, and filter by kind', async () => {
      const all = (await coord().get(`${tt.base}/actors?limit=500`)).body.items
      expect(ids(all)).toEqual(expect.arrayContaining(ids(Object.values(tt.actors))))
      for (const who of Object.keys(tt.users) as UserKey[]) {
        const list = await as(who).get(`${tt.base}/actors?limit=500`)
        expect(list.status).toBe(200)
        expect(ids(list.body.items)).toEqual(ids(all))
        const one = await as(who).get(`${tt.base}/actors/${tt.actors.opp.id}`)
        expect(one.status).toBe(200)
        expect(one.body).toMatchObject({ id: tt.actors.opp.id, kind: 'party', shortName: 'OPP' })
      }
      const parties = (await as('msfEditor').get(`${tt.base}/actors?kind=party&limit=500`)).body.items
      expect(parties.every((a: any) => a.kind === 'party')).toBe(true)
      expect(ids(parties)).toEqual(expect.arrayContaining([tt.actors.gov.id, tt.actors.opp.id]))
      expect(ids(parties)).not.toContain(tt.actors.wfp.id)
    })

    it('pages the actors with a cursor', async () => {
      const first = await as('govViewer').get(`${tt.base}/actors?limit=2`)
      expect(first.body.items).toHaveLength(2)
      const second = await as('govViewer').get(`${tt.base}/actors?limit=2&cursor=${first.body.next}`)
      expect(second.status).toBe(200)
      expect(ids(second.body.items).some((id) => ids(first.body.items).includes(id))).toBe(false)
    })

    it('answers 404 for an unknown actor, an actor of another theatre and to outsiders; 400 for a bad id or query', async () => {
      expectProblem(await as('govEditor').get(`${tt.base}/actors/${NO_SUCH_ID}`), 404)
      const code = uniqueCode()
      expect((await t.admin.post('/api/v1/theatres', { code, name: code, timezone: 'UTC', bbox: SYRIA_BBOX })).status).toBe(201)
      const foreign = await t.admin.post(`/api/v1/theatres/${code}/actors`, { kind: 'party', name: 'Elsewhere', shortName: 'ELSE' })
      expectProblem(await coord().get(`${tt.base}/actors/${foreign.body.id}`), 404)
      expectProblem(await tt.outsider.client.get(`${tt.base}/actors`), 404)
      expectProblem(await tt.outsider.client.get(`${tt.base}/actors/${tt.actors.gov.id}`), 404)
      expectProblem(await as('govEditor').get(`${tt.base}/actors/not-a-uuid`), 400, '/params/id')
      expectProblem(await as('govEditor').get(`${tt.base}/actors?kind=ngo`), 400, '/query/kind')
      expectProblem(await as('govEditor').get(`${tt.base}/actors?cursor=${Buffer.from('abc').toString('base64url')}`), 400, '/query/cursor')
    })
  })

  describe('changing actors', () => {
    const actorOf = async (id: string) => (await coord().get(`${tt.base}/actors/${id}`)).body

    it("lets an actor's admin change its own actor with the current version; a stale version is a 409", async () => {
      const current = await actorOf(tt.actors.gov.id)
      const before = await head()
      const pem = spkiPem(ed25519().publicKey)
      const res = await as('govAdmin').patch(`${tt.base}/actors/${tt.actors.gov.id}`, {
        version: current.version,
        name: 'Syrian Arab Army',
        colour: '#aa0000',
        publicKey: pem,
      })
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({
        id: tt.actors.gov.id,
        name: 'Syrian Arab Army',
        shortName: 'GOV',
        colour: '#aa0000',
        publicKey: pem,
        publicKeyId: keyId(pem),
        version: current.version + 1,
      })
      expect(await head()).toBe(before + 1)
      expect(await lastEntry()).toMatchObject({ action: 'actor.update', user: tt.users.govAdmin.user.id, version: current.version + 1 })
      expect((await as('oppEditor').get(`${tt.base}/actors/${tt.actors.gov.id}`)).body.name).toBe('Syrian Arab Army')

      const snap = await snapshot('actors')
      const stale = await as('govAdmin').patch(`${tt.base}/actors/${tt.actors.gov.id}`, { version: current.version, name: 'From an old copy' })
      expectProblem(stale, 409, '/body/version')
      expect(stale.body.errors).toEqual([{ path: '/body/version', message: `is not the current version (${current.version + 1})` }])
      expect(await snapshot('actors')).toEqual(snap)

      // null clears the colour and the key.
      const cleared = await as('govAdmin').patch(`${tt.base}/actors/${tt.actors.gov.id}`, { version: res.body.version, colour: null, publicKey: null })
      expect(cleared.status).toBe(200)
      expect(cleared.body).toMatchObject({ colour: null, publicKey: null, publicKeyId: null, name: 'Syrian Arab Army' })
    })

    it.each([
      ['govAdmin', 'opp', 403],
      ['govEditor', 'gov', 403],
      ['govViewer', 'gov', 403],
      ['wfpEditor', 'wfp', 403],
      ['coordViewer', 'wfp', 403],
      ['oppEditor', 'gov', 403],
    ] as const)('refuses a change by %s to %s with %i, and changes nothing', async (who, actor, status) => {
      const before = await snapshot('actors')
      const current = before.items.find((a) => a.id === tt.actors[actor].id)
      expectProblem(await as(who).patch(`${tt.base}/actors/${current.id}`, { version: current.version, name: `Renamed by ${who}` }), status)
      expect(await snapshot('actors')).toEqual(before)
    })

    it("refuses a party admin's change of its short name or aliases (the coordinator's to decide), and changes nothing", async () => {
      const before = await snapshot('actors')
      const gov = before.items.find((a) => a.id === tt.actors.gov.id)
      expectProblem(await as('govAdmin').patch(`${tt.base}/actors/${gov.id}`, { version: gov.version, shortName: 'CELL2' }), 403, '/body/shortName')
      expectProblem(await as('govAdmin').patch(`${tt.base}/actors/${gov.id}`, { version: gov.version, aliases: ['Tiger Forces'] }), 403, '/body/aliases')
      expect(await snapshot('actors')).toEqual(before)
      // Sending them back unchanged, as a form would, is fine.
      const same = await as('govAdmin').patch(`${tt.base}/actors/${gov.id}`, { version: gov.version, shortName: gov.shortName, aliases: gov.aliases, name: 'Government' })
      expect(same.status).toBe(200)
      expect(same.body).toMatchObject({ shortName: gov.shortName, name: 'Government', version: gov.version + 1 })
    })

    it('answers 404 to an outsider and for an unknown actor', async () => {
      const before = await snapshot('actors')
      expectProblem(await tt.outsider.client.patch(`${tt.base}/actors/${tt.actors.gov.id}`, { version: 1, name: 'X' }), 404)
      expectProblem(await coord().patch(`${tt.base}/actors/${NO_SUCH_ID}`, { version: 1, name: 'X' }), 404)
      expect(await snapshot('actors')).toEqual(before)
    })

    it("lets coordinator admins change any actor's short name, still unique", async () => {
      const opp = await actorOf(tt.actors.opp.id)
      const res = await coord().patch(`${tt.base}/actors/${opp.id}`, { version: opp.version, shortName: 'OPP-N', aliases: ['Northern opposition'] })
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ shortName: 'OPP-N', aliases: ['Northern opposition'], version: opp.version + 1 })
      const before = await snapshot('actors')
      const taken = await coord().patch(`${tt.base}/actors/${opp.id}`, { version: res.body.version, shortName: 'wfp' })
      expectProblem(taken, 409, '/body/shortName')
      expect(await snapshot('actors')).toEqual(before)
    })

    it('rejects bad changes naming the field, and changes nothing', async () => {
      const before = await snapshot('actors')
      const wfp = before.items.find((a) => a.id === tt.actors.wfp.id)
      const url = `${tt.base}/actors/${wfp.id}`
      const v = wfp.version
      expectProblem(await coord().patch(url, { name: 'No version' }), 400, '/body/version')
      expectProblem(await coord().patch(url, { version: v, colour: 'blue' }), 400, '/body/colour')
      expectProblem(await coord().patch(url, { version: v, kind: 'party' }), 400, '/body/kind')
      expectProblem(await coord().patch(url, { version: v, shortName: '' }), 400, '/body/shortName')
      const rsa = spkiPem(crypto.generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey)
      expectProblem(await coord().patch(url, { version: v, publicKey: rsa }), 400, '/body/publicKey')
      expectProblem(await coord().patch(url, { version: v, publicKey: 'garbage' }), 400, '/body/publicKey')
      expectProblem(await coord().patch(`${tt.base}/actors/not-a-uuid`, { version: v }), 400, '/params/id')
      expect(await snapshot('actors')).toEqual(before)
    })
  })

  describe('members', () => {
    it('lets coordinator admins make anyone a member of any actor', async () => {
      const { user, client } = await t.newUser('joiner')
      expectProblem(await client.get(tt.base), 404)
      const before = await head()
      const res = await coord().post(`${tt.base}/members`, { userId: user.id, actorId: tt.actors.wfp.id, role: 'editor' })
      expect(res.status).toBe(201)
      expect(res.body).toEqual({
        id: expect.stringMatching(UUID_V7),
        theatreId: tt.theatre.id,
        userId: user.id,
        username: user.username,
        displayName: user.displayName,
        actorId: tt.actors.wfp.id,
        role: 'editor',
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      })
      expect(await head()).toBe(before + 1)
      expect(await lastEntry()).toMatchObject({ action: 'member.create', actor: tt.actors.wfp.id, subject: { kind: 'member', id: res.body.id } })
      // The new member is in: the theatre, and their membership in /me.
      expect((await client.get(tt.base)).status).toBe(200)
      const me = await client.get('/api/v1/me')
      expect(me.body.memberships).toEqual([
        expect.objectContaining({ theatreId: tt.theatre.id, actorId: tt.actors.wfp.id, role: 'editor', memberId: res.body.id }),
      ])
      // Instance administrators may too.
      const other = await plainUser()
      expect((await t.admin.post(`${tt.base}/members`, { userId: other.id, actorId: tt.actors.opp.id, role: 'viewer' })).status).toBe(201)
    })

    it("lets an actor's admin add members to its own actor only", async () => {
      const u = await plainUser()
      const ok = await as('govAdmin').post(`${tt.base}/members`, { userId: u.id, actorId: tt.actors.gov.id, role: 'viewer' })
      expect(ok.status).toBe(201)
      expect(ok.body).toMatchObject({ userId: u.id, actorId: tt.actors.gov.id, role: 'viewer' })

      const before = await snapshot('members')
      const v = await plainUser()
      expectProblem(await as('govAdmin').post(`${tt.base}/members`, { userId: v.id, actorId: tt.actors.opp.id, role: 'viewer' }), 403)
      expectProblem(await as('govAdmin').post(`${tt.base}/members`, { userId: v.id, actorId: tt.actors.cell.id, role: 'admin' }), 403)
      expect(await snapshot('members')).toEqual(before)
    })

    it.each([
      ['govEditor', 'gov', 403],
      ['govViewer', 'gov', 403],
      ['coordViewer', 'wfp', 403],
      ['wfpEditor', 'wfp', 403],
      ['oppEditor', 'gov', 403],
      ['monEditor', 'mon', 403],
    ] as const)('refuses a member added by %s to %s with %i, and writes nothing', async (who, actor, status) => {
      const u = await plainUser()
      const before = await snapshot('members')
      expectProblem(await as(who).post(`${tt.base}/members`, { userId: u.id, actorId: tt.actors[actor].id, role: 'viewer' }), status)
      expect(await snapshot('members')).toEqual(before)
    })

    it('answers 404 to an outsider adding a member, and writes nothing', async () => {
      const before = await snapshot('members')
      const res = await tt.outsider.client.post(`${tt.base}/members`, { userId: tt.outsider.user.id, actorId: tt.actors.cell.id, role: 'admin' })
      expectProblem(res, 404)
      expect(await snapshot('members')).toEqual(before)
      expectProblem(await tt.outsider.client.get(tt.base), 404)
    })

    it('rejects an unknown user or actor, and bad fields, naming them; writes nothing', async () => {
      const code = uniqueCode()
      expect((await t.admin.post('/api/v1/theatres', { code, name: code, timezone: 'UTC', bbox: SYRIA_BBOX })).status).toBe(201)
      const foreign = (await t.admin.post(`/api/v1/theatres/${code}/actors`, { kind: 'party', name: 'Elsewhere', shortName: 'ELSE' })).body
      const u = await plainUser()
      const before = await snapshot('members')
      const post = (c: Client, body: Record<string, unknown>) => c.post(`${tt.base}/members`, { userId: u.id, actorId: tt.actors.wfp.id, role: 'viewer', ...body })

      const noUser = await post(coord(), { userId: NO_SUCH_ID })
      expectProblem(noUser, 400, '/body/userId')
      expect(noUser.body.errors).toEqual([{ path: '/body/userId', message: 'is not a user' }])
      expectProblem(await post(as('govAdmin'), { userId: NO_SUCH_ID, actorId: tt.actors.gov.id }), 400, '/body/userId')

      const noActor = await post(coord(), { actorId: NO_SUCH_ID })
      expectProblem(noActor, 400, '/body/actorId')
      expect(noActor.body.errors).toEqual([{ path: '/body/actorId', message: 'is not an actor of this theatre' }])
      expectProblem(await post(coord(), { actorId: foreign.id }), 400, '/body/actorId')

      expectProblem(await post(coord(), { userId: 'not-a-uuid' }), 400, '/body/userId')
      expectProblem(await post(coord(), { actorId: 42 }), 400, '/body/actorId')
      expectProblem(await post(coord(), { role: 'owner' }), 400, '/body/role')
      expectProblem(await post(coord(), { role: undefined }), 400, '/body/role')
      expectProblem(await post(coord(), { theatreId: tt.theatre.id }), 400, '/body/theatreId')
      expect(await snapshot('members')).toEqual(before)
    })

    it('refuses a second membership of the same actor with 409, but allows one in another actor', async () => {
      const before = await snapshot('members')
      for (const role of ['editor', 'admin']) {
        const dup = await coord().post(`${tt.base}/members`, { userId: tt.users.govEditor.user.id, actorId: tt.actors.gov.id, role })
        expectProblem(dup, 409, '/body/userId')
        expect(dup.body.errors).toEqual([{ path: '/body/userId', message: 'is already a member' }])
      }
      expect(await snapshot('members')).toEqual(before)

      const u = await plainUser()
      expect((await coord().post(`${tt.base}/members`, { userId: u.id, actorId: tt.actors.msf.id, role: 'viewer' })).status).toBe(201)
      expect((await coord().post(`${tt.base}/members`, { userId: u.id, actorId: tt.actors.mon.id, role: 'viewer' })).status).toBe(201)
    })

    it("shows coordinators every member and others only their own actors' members", async () => {
      const everyone = (await coord().get(`${tt.base}/members?limit=500`)).body.items as any[]
      expect(ids(everyone)).toEqual(expect.arrayContaining(Object.values(tt.users).map((u) => u.memberId).sort()))
      expect(ids((await as('coordViewer').get(`${tt.base}/members?limit=500`)).body.items)).toEqual(ids(everyone))
      expect(ids((await t.admin.get(`${tt.base}/members?limit=500`)).body.items)).toEqual(ids(everyone))

      const ofActor = (key: keyof TestTheatre['actors']) => ids(everyone.filter((m) => m.actorId === tt.actors[key].id))
      const gov = await as('govEditor').get(`${tt.base}/members?limit=500`)
      expect(gov.status).toBe(200)
      expect(ids(gov.body.items)).toEqual(ofActor('gov'))
      expect(ids(gov.body.items)).toEqual(
        expect.arrayContaining([tt.users.govAdmin.memberId, tt.users.govEditor.memberId, tt.users.govViewer.memberId]),
      )
      expect(ids((await as('govViewer').get(`${tt.base}/members?limit=500`)).body.items)).toEqual(ofActor('gov'))
      expect(ids((await as('oppEditor').get(`${tt.base}/members?limit=500`)).body.items)).toEqual(ofActor('opp'))
      expect(ids((await as('monEditor').get(`${tt.base}/members?limit=500`)).body.items)).toEqual(ofActor('mon'))

      // Filtering by another actor shows nothing rather than its members.
      expect((await as('govEditor').get(`${tt.base}/members?actorId=${tt.actors.opp.id}`)).body.items).toEqual([])
      expect(ids((await coord().get(`${tt.base}/members?actorId=${tt.actors.opp.id}&limit=500`)).body.items)).toEqual(ofActor('opp'))

      // One member: visible to its own actor and to coordinators; 404 to the rest.
      const govViewer = tt.users.govViewer.memberId
      expect((await as('govEditor').get(`${tt.base}/members/${govViewer}`)).body).toMatchObject({ id: govViewer, role: 'viewer' })
      expect((await as('coordViewer').get(`${tt.base}/members/${govViewer}`)).status).toBe(200)
      expectProblem(await as('oppEditor').get(`${tt.base}/members/${govViewer}`), 404)
      expectProblem(await as('govEditor').get(`${tt.base}/members/${tt.users.oppEditor.memberId}`), 404)
      expectProblem(await as('govEditor').get(`${tt.base}/members/${NO_SUCH_ID}`), 404)
      expectProblem(await tt.outsider.client.get(`${tt.base}/members/${govViewer}`), 404)
      expectProblem(await as('govEditor').get(`${tt.base}/members?actorId=not-a-uuid`), 400, '/query/actorId')
      expectProblem(await as('govEditor').get(`${tt.base}/members?cursor=${Buffer.from('abc').toString('base64url')}`), 400, '/query/cursor')
    })

    it("changes a member's role with the current version", async () => {
      const { user, client } = await t.newUser('promoted')
      const m = (await as('govAdmin').post(`${tt.base}/members`, { userId: user.id, actorId: tt.actors.gov.id, role: 'viewer' })).body
      const url = `${tt.base}/members/${m.id}`

      const before = await head()
      const res = await as('govAdmin').patch(url, { version: 1, role: 'editor' })
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ id: m.id, role: 'editor', version: 2, userId: user.id })
      expect(await head()).toBe(before + 1)
      expect(await lastEntry()).toMatchObject({ action: 'member.update', subject: { kind: 'member', id: m.id }, version: 2 })
      expect((await client.get('/api/v1/me')).body.memberships).toEqual([expect.objectContaining({ memberId: m.id, role: 'editor' })])

      const snap = await snapshot('members')
      const stale = await as('govAdmin').patch(url, { version: 1, role: 'admin' })
      expectProblem(stale, 409, '/body/version')
      expect(stale.body.currentVersion).toBe(2)
      expectProblem(await as('govEditor').patch(url, { version: 2, role: 'admin' }), 403)
      expectProblem(await client.patch(url, { version: 2, role: 'admin' }), 403)
      expectProblem(await as('oppEditor').patch(url, { version: 2, role: 'admin' }), 404)
      expectProblem(await as('govAdmin').patch(`${tt.base}/members/${tt.users.oppEditor.memberId}`, { version: 1, role: 'viewer' }), 404)
      expectProblem(await as('govAdmin').patch(url, { version: 2, role: 'owner' }), 400, '/body/role')
      expectProblem(await as('govAdmin').patch(url, { role: 'admin' }), 400, '/body/version')
      expectProblem(await as('govAdmin').patch(url, { version: 2, role: 'admin', actorId: tt.actors.cell.id }), 400, '/body/actorId')
      expect(await snapshot('members')).toEqual(snap)

      // Coordinator admins change any member's role.
      expect((await coord().patch(url, { version: 2, role: 'viewer' })).body).toMatchObject({ role: 'viewer', version: 3 })
    })

    it('ends a membership: the user then gets 404 on the theatre', async () => {
      const { user, client } = await t.newUser('leaver')
      const m = (await as('govAdmin').post(`${tt.base}/members`, { userId: user.id, actorId: tt.actors.gov.id, role: 'editor' })).body
      expect((await client.get(tt.base)).status).toBe(200)
      const url = `${tt.base}/members/${m.id}`

      const snap = await snapshot('members')
      expectProblem(await as('govEditor').delete(url), 403)
      expectProblem(await as('coordViewer').delete(url), 403)
      expectProblem(await as('oppEditor').delete(url), 404)
      expectProblem(await tt.outsider.client.delete(url), 404)
      expect(await snapshot('members')).toEqual(snap)

      const res = await as('govAdmin').delete(url)
      expect(res.status).toBe(204)
      const after = await snapshot('members')
      expect(ids(after.items)).toEqual(ids(snap.items.filter((x) => x.id !== m.id)))
      expect(after.head).toBe(snap.head + 1)
      expect(await lastEntry()).toMatchObject({ action: 'member.delete', subject: { kind: 'member', id: m.id } })

      expectProblem(await client.get(tt.base), 404)
      expectProblem(await client.get(`${tt.base}/actors`), 404)
      expect((await client.get('/api/v1/theatres')).body.items).toEqual([])
      expect((await client.get('/api/v1/me')).body.memberships).toEqual([])
      expectProblem(await as('govAdmin').delete(url), 404)
      expectProblem(await as('govAdmin').get(url), 404)
    })
  })
})
