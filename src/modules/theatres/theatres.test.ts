import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Client, Res } from '../../../test/helpers/client.ts'
import { testEngines } from '../../../test/helpers/db.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { SYRIA_BBOX, makeTheatre, uniqueCode, type TestTheatre } from '../../../test/helpers/theatre.ts'
import { DEFAULT_POLICY } from './schema.ts'
import { expectProblem } from '../../../test/helpers/assert.ts'

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/** An RFC 9457 answer with this status; for 4xx validation answers, `paths` are the fields it must name. */
/** Every theatre the client may list, following the cursor to the end. */
async function listAll(c: Client): Promise<any[]> {
  const out: any[] = []
  let cursor: string | null = null
  do {
    const res: Res = await c.get(`/api/v1/theatres?limit=500${cursor ? `&cursor=${cursor}` : ''}`)
    expect(res.status).toBe(200)
    out.push(...res.body.items)
    cursor = res.body.next
  } while (cursor)
  return out
}

const theatreInput = (code = uniqueCode(), extra: Record<string, unknown> = {}) => ({
  code,
  name: `Theatre ${code}`,
  timezone: 'Asia/Damascus',
  bbox: SYRIA_BBOX,
  ...extra,
})

describe.each(testEngines())('theatres on %s', (engine) => {
  let t: TestServer
  let tt: TestTheatre
  beforeAll(async () => {
    t = await startServer(engine)
    tt = await makeTheatre(t)
  })
  afterAll(() => t?.close())

  /** The theatre as the instance administrator reads it, and its ledger head as its coordinator admin reads it. */
  const state = async (theatre: TestTheatre = tt) => {
    const [got, ledger] = await Promise.all([t.admin.get(theatre.base), theatre.users.coordAdmin.client.get(`${theatre.base}/ledger?limit=1`)])
    expect(got.status).toBe(200)
    expect(ledger.status).toBe(200)
    return { theatre: got.body, head: ledger.body.head.seq as number }
  }

  describe('creating', () => {
    it('creates a theatre with the default policy merged with its overrides, and records it in its ledger', async () => {
      const input = theatreInput(uniqueCode(), {
        policy: { acknowledgementHours: { site: 24 }, protectionRadiusM: { hospital: 800, camp: 0 } },
      })
      const res = await t.admin.post('/api/v1/theatres', input)
      expect(res.status).toBe(201)
      expect(res.headers.get('content-type')).toMatch(/^application\/json/)
      expect(res.body).toEqual({
        id: expect.stringMatching(UUID_V7),
        code: input.code,
        name: input.name,
        timezone: 'Asia/Damascus',
        bbox: SYRIA_BBOX,
        policy: {
          acknowledgementHours: { site: 24, movement: 48 },
          theatreWideParties: [],
          protectionRadiusM: { ...DEFAULT_POLICY.protectionRadiusM, hospital: 800, camp: 0 },
        },
        published: false,
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      })
      expect(Date.parse(res.body.createdAt)).not.toBeNaN()

      // What was stored is what was answered.
      expect((await t.admin.get(`/api/v1/theatres/${input.code}`)).body).toEqual(res.body)

      // The theatre's ledger starts with its creation.
      const ledger = await t.admin.get(`/api/v1/theatres/${input.code}/ledger`)
      expect(ledger.status).toBe(200)
      expect(ledger.body.head.seq).toBe(1)
      expect(ledger.body.items).toEqual([
        expect.objectContaining({ seq: 1, action: 'theatre.create', subject: { kind: 'theatre', id: res.body.id }, version: 1, payload: res.body }),
      ])
    })

    it('gives a theatre without a policy the whole default policy', async () => {
      const res = await t.admin.post('/api/v1/theatres', theatreInput())
      expect(res.status).toBe(201)
      expect(res.body.policy).toEqual(DEFAULT_POLICY)
    })

    it('refuses a duplicate code with 409 naming /body/code, and leaves the first theatre as it was', async () => {
      const first = await t.admin.post('/api/v1/theatres', theatreInput())
      expect(first.status).toBe(201)
      const before = await listAll(t.admin)
      const dup = await t.admin.post('/api/v1/theatres', theatreInput(first.body.code, { name: 'Impostor', timezone: 'UTC' }))
      expectProblem(dup, 409, '/body/code')
      expect(dup.body.errors).toEqual([{ path: '/body/code', message: 'is taken' }])
      expect(await listAll(t.admin)).toEqual(before)
      expect((await t.admin.get(`/api/v1/theatres/${first.body.code}`)).body).toEqual(first.body)
      expect((await t.admin.get(`/api/v1/theatres/${first.body.code}/ledger`)).body.head.seq).toBe(1)
    })

    it('rejects a timezone that is not an IANA zone, naming /body/timezone, and writes nothing', async () => {
      const before = await listAll(t.admin)
      const input = theatreInput(uniqueCode(), { timezone: 'Mars/Olympus_Mons' })
      const res = await t.admin.post('/api/v1/theatres', input)
      expectProblem(res, 400, '/body/timezone')
      expect(res.body.errors).toEqual([{ path: '/body/timezone', message: '"Mars/Olympus_Mons" is not an IANA timezone' }])
      expectProblem(await t.admin.get(`/api/v1/theatres/${input.code}`), 404)
      expect(await listAll(t.admin)).toEqual(before)
    })

    it.each([
      ['west below -180', [-181, 32, 42, 37], 0],
      ['south below -90', [35, -91, 42, 37], 1],
      ['east above 180', [35, 32, 181, 37], 2],
      ['north above 90', [35, 32, 42, 91], 3],
      ['west east of east', [42, 32, 35, 37], 2],
      ['west equal to east', [35, 32, 35, 37], 2],
      ['south north of north', [35, 37, 42, 32], 3],
    ])('rejects a bbox with %s (%j), naming /body/bbox/%i', async (_what, bbox, index) => {
      const before = await listAll(t.admin)
      const input = theatreInput(uniqueCode(), { bbox })
      const res = await t.admin.post('/api/v1/theatres', input)
      expectProblem(res, 400, `/body/bbox/${index}`)
      expect(res.body.errors).toHaveLength(1)
      expectProblem(await t.admin.get(`/api/v1/theatres/${input.code}`), 404)
      expect(await listAll(t.admin)).toEqual(before)
    })

    it.each([
      ['three numbers', '/body/bbox', [35, 32, 42]],
      ['five numbers', '/body/bbox', [35, 32, 42, 37, 1]],
      ['a string for a number', '/body/bbox/1', [35, '32', 42, 37]],
      ['not an array', '/body/bbox', 'SYRIA'],
    ])('rejects a bbox of %s, naming %s', async (_what, path, bbox) => {
      const input = theatreInput(uniqueCode(), { bbox })
      expectProblem(await t.admin.post('/api/v1/theatres', input), 400, path)
      expectProblem(await t.admin.get(`/api/v1/theatres/${input.code}`), 404)
    })

    it.each([
      ['lower case', 'sy'],
      ['one letter', 'S'],
      ['a leading digit', '1SY'],
      ['nine characters', 'ABCDEFGHI'],
      ['a dash', 'S-Y'],
      ['a space', 'S Y'],
    ])('rejects a code with %s, naming /body/code', async (_what, code) => {
      const before = await listAll(t.admin)
      const res = await t.admin.post('/api/v1/theatres', theatreInput(code))
      expectProblem(res, 400, '/body/code')
      expect(await listAll(t.admin)).toEqual(before)
    })

    it('names every missing field, unknown fields and out-of-range policy values', async () => {
      const before = await listAll(t.admin)
      const empty = await t.admin.post('/api/v1/theatres', {})
      expectProblem(empty, 400, '/body/code', '/body/name', '/body/timezone', '/body/bbox')

      const unknown = await t.admin.post('/api/v1/theatres', theatreInput(uniqueCode(), { colour: '#ff0000' }))
      expectProblem(unknown, 400, '/body/colour')
      expect(unknown.body.errors).toEqual([{ path: '/body/colour', message: 'is not a known field' }])

      const emptyName = await t.admin.post('/api/v1/theatres', theatreInput(uniqueCode(), { name: '' }))
      expectProblem(emptyName, 400, '/body/name')

      const hours = await t.admin.post('/api/v1/theatres', theatreInput(uniqueCode(), { policy: { acknowledgementHours: { site: 0 } } }))
      expectProblem(hours, 400, '/body/policy/acknowledgementHours/site')

      const radius = await t.admin.post('/api/v1/theatres', theatreInput(uniqueCode(), { policy: { protectionRadiusM: { hospital: -1 } } }))
      expectProblem(radius, 400, '/body/policy/protectionRadiusM/hospital')

      const siteType = await t.admin.post('/api/v1/theatres', theatreInput(uniqueCode(), { policy: { protectionRadiusM: { castle: 100 } } }))
      expectProblem(siteType, 400, '/body/policy/protectionRadiusM/castle')

      const malformed = await t.admin.post('/api/v1/theatres', '{"code": "TX",')
      expectProblem(malformed, 400, '/body')

      expect(await listAll(t.admin)).toEqual(before)
    })

    it('lets only instance administrators create theatres', async () => {
      const before = await listAll(t.admin)
      for (const c of [tt.users.coordAdmin.client, tt.users.govAdmin.client, tt.users.wfpEditor.client, tt.outsider.client]) {
        const input = theatreInput()
        expectProblem(await c.post('/api/v1/theatres', input), 403)
        expectProblem(await t.admin.get(`/api/v1/theatres/${input.code}`), 404)
      }
      expectProblem(await t.client().post('/api/v1/theatres', theatreInput()), 401)
      expect(await listAll(t.admin)).toEqual(before)
    })
  })

  describe('reading', () => {
    it('lists only the theatres the caller is a member of; an instance administrator sees all', async () => {
      // A second theatre, in which GOV's editor also serves (for its coordinator, say).
      const other = await t.admin.post('/api/v1/theatres', theatreInput())
      expect(other.status).toBe(201)
      const cell = await t.admin.post(`/api/v1/theatres/${other.body.code}/actors`, { kind: 'coordinator', name: 'Cell', shortName: 'CELL' })
      expect(cell.status).toBe(201)
      const m = await t.admin.post(`/api/v1/theatres/${other.body.code}/members`, {
        userId: tt.users.govEditor.user.id,
        actorId: cell.body.id,
        role: 'viewer',
      })
      expect(m.status).toBe(201)

      const ids = (items: any[]) => items.map((x) => x.id).sort()
      expect(ids(await listAll(tt.users.govEditor.client))).toEqual([tt.theatre.id, other.body.id].sort())
      expect(ids(await listAll(tt.users.wfpEditor.client))).toEqual([tt.theatre.id])
      expect(await listAll(tt.outsider.client)).toEqual([])
      const all = ids(await listAll(t.admin))
      expect(all).toContain(tt.theatre.id)
      expect(all).toContain(other.body.id)

      // The list pages with an opaque cursor.
      const first = await tt.users.govEditor.client.get('/api/v1/theatres?limit=1')
      expect(first.status).toBe(200)
      expect(first.body.items).toHaveLength(1)
      expect(first.body.next).toEqual(expect.any(String))
      const second = await tt.users.govEditor.client.get(`/api/v1/theatres?limit=1&cursor=${first.body.next}`)
      expect(second.body.items).toHaveLength(1)
      expect(second.body.next).toBeNull()
      expect(ids([...first.body.items, ...second.body.items])).toEqual([tt.theatre.id, other.body.id].sort())

      expectProblem(await t.client().get('/api/v1/theatres'), 401)
    })

    it('rejects a bad page size or cursor naming the query parameter', async () => {
      const c = tt.users.wfpEditor.client
      expectProblem(await c.get('/api/v1/theatres?limit=0'), 400, '/query/limit')
      expectProblem(await c.get('/api/v1/theatres?limit=501'), 400, '/query/limit')
      expectProblem(await c.get('/api/v1/theatres?cursor=not*a*cursor'), 400, '/query/cursor')
      // A well-formed cursor this API never gave (it does not decode to a theatre id).
      expectProblem(await c.get(`/api/v1/theatres?cursor=${Buffer.from('abc').toString('base64url')}`), 400, '/query/cursor')
      expectProblem(await c.get('/api/v1/theatres?sort=name'), 400, '/query/sort')
    })

    it('finds a theatre by code, in any case, and by id', async () => {
      const c = tt.users.msfEditor.client
      const byCode = await c.get(`/api/v1/theatres/${tt.theatre.code}`)
      expect(byCode.status).toBe(200)
      expect(byCode.body).toMatchObject({ id: tt.theatre.id, code: tt.theatre.code, timezone: 'Asia/Damascus', bbox: SYRIA_BBOX })
      expect((await c.get(`/api/v1/theatres/${tt.theatre.code.toLowerCase()}`)).body).toEqual(byCode.body)
      expect((await c.get(`/api/v1/theatres/${tt.theatre.id}`)).body).toEqual(byCode.body)
    })

    it('answers 404, not 403, to a non-member, exactly as for a theatre that does not exist', async () => {
      const unknownCode = await tt.users.govAdmin.client.get('/api/v1/theatres/ZZNONE9')
      expectProblem(unknownCode, 404)
      expectProblem(await tt.users.govAdmin.client.get('/api/v1/theatres/0190a000-0000-7000-8000-000000000000'), 404)

      const outsider = tt.outsider.client
      const byCode = await outsider.get(`/api/v1/theatres/${tt.theatre.code}`)
      expectProblem(byCode, 404)
      expect(byCode.body.detail).toBe(`theatre ${tt.theatre.code} does not exist`)
      expect(Object.keys(byCode.body).sort()).toEqual(Object.keys(unknownCode.body).sort())
      expectProblem(await outsider.get(`/api/v1/theatres/${tt.theatre.id}`), 404)
      expectProblem(await outsider.get(`${tt.base}/actors`), 404)
      expectProblem(await outsider.get(`${tt.base}/members`), 404)
      expectProblem(await outsider.get(`${tt.base}/ledger`), 404)
      expectProblem(await outsider.patch(tt.base, { version: 1, name: 'Taken over' }), 404)
      expect((await state()).theatre.name).toBe(tt.theatre.name)
    })
  })

  describe('changing', () => {
    it("lets the theatre's coordinator admins change its settings with the current version", async () => {
      const before = await state()
      const v = before.theatre.version
      const res = await tt.users.coordAdmin.client.patch(tt.base, {
        version: v,
        name: 'Northern Syria',
        timezone: 'Europe/Istanbul',
        bbox: [36, 35, 41, 37.5],
        policy: { acknowledgementHours: { site: 12 } },
      })
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({
        id: tt.theatre.id,
        code: tt.theatre.code,
        name: 'Northern Syria',
        timezone: 'Europe/Istanbul',
        bbox: [36, 35, 41, 37.5],
        version: v + 1,
        published: false,
      })
      // The change merges into the policy: what it does not name stays.
      expect(res.body.policy).toEqual({ ...before.theatre.policy, acknowledgementHours: { ...before.theatre.policy.acknowledgementHours, site: 12 } })
      expect(Date.parse(res.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(before.theatre.updatedAt))
      expect(res.body.createdAt).toBe(before.theatre.createdAt)

      const after = await state()
      expect(after.theatre).toEqual(res.body)
      expect(after.head).toBe(before.head + 1)
      const entry = (await tt.users.coordAdmin.client.get(`${tt.base}/ledger?after=${before.head}`)).body.items[0]
      expect(entry).toMatchObject({ action: 'theatre.update', user: tt.users.coordAdmin.user.id, version: v + 1, payload: res.body })

      // Members see the change.
      expect((await tt.users.wfpEditor.client.get(tt.base)).body.name).toBe('Northern Syria')
    })

    it('lets an instance administrator change a theatre, and publish it', async () => {
      const before = await state()
      const res = await t.admin.patch(tt.base, { version: before.theatre.version, published: true })
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ published: true, version: before.theatre.version + 1, name: before.theatre.name })
      const unpublish = await t.admin.patch(tt.base, { version: res.body.version, published: false })
      expect(unpublish.status).toBe(200)
      expect((await state()).head).toBe(before.head + 2)
    })

    it('answers 409 naming /body/version to a stale version, and changes nothing', async () => {
      const c = tt.users.coordAdmin.client
      const { theatre } = await state()
      const ok = await c.patch(tt.base, { version: theatre.version, name: 'First edit' })
      expect(ok.status).toBe(200)
      const before = await state()
      const stale = await c.patch(tt.base, { version: theatre.version, name: 'Second edit, from an old copy' })
      expectProblem(stale, 409, '/body/version')
      expect(stale.body.errors).toEqual([{ path: '/body/version', message: `is not the current version (${ok.body.version})` }])
      expect(stale.body.currentVersion).toBe(ok.body.version)
      const future = await c.patch(tt.base, { version: ok.body.version + 10, name: 'From the future' })
      expectProblem(future, 409, '/body/version')
      expect(await state()).toEqual(before)
      expect(before.theatre.name).toBe('First edit')
    })

    it.each([
      ['govAdmin', 403],
      ['govEditor', 403],
      ['coordViewer', 403],
      ['wfpEditor', 403],
      ['monEditor', 403],
    ] as const)('refuses a change by %s with %i, and changes nothing', async (who, status) => {
      const before = await state()
      const res = await tt.users[who].client.patch(tt.base, { version: before.theatre.version, name: `Renamed by ${who}`, published: true })
      expectProblem(res, status)
      expect(await state()).toEqual(before)
    })

    it('rejects bad changes naming the field, and changes nothing', async () => {
      const c = tt.users.coordAdmin.client
      const before = await state()
      const v = before.theatre.version
      expectProblem(await c.patch(tt.base, { name: 'No version' }), 400, '/body/version')
      expectProblem(await c.patch(tt.base, { version: 0, name: 'Zero' }), 400, '/body/version')
      expectProblem(await c.patch(tt.base, { version: String(v), name: 'Text version' }), 400, '/body/version')
      expectProblem(await c.patch(tt.base, { version: v, timezone: 'Nowhere/Special' }), 400, '/body/timezone')
      expectProblem(await c.patch(tt.base, { version: v, bbox: [42, 32, 35, 37] }), 400, '/body/bbox/2')
      expectProblem(await c.patch(tt.base, { version: v, bbox: [35, 32, 42, 100] }), 400, '/body/bbox/3')
      expectProblem(await c.patch(tt.base, { version: v, code: 'NEW' }), 400, '/body/code')
      expectProblem(await c.patch(tt.base, { version: v, name: '' }), 400, '/body/name')
      expectProblem(await c.patch(tt.base, { version: v, published: 'yes' }), 400, '/body/published')
      expectProblem(await c.patch(tt.base, { version: v, policy: { acknowledgementHours: { movement: 721 } } }), 400, '/body/policy/acknowledgementHours/movement')
      expect(await state()).toEqual(before)
    })
  })
})
