import crypto from 'node:crypto'
import canonicalize from 'canonicalize'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entriesAfter, expectProblem, ledgerHead } from '../../../test/helpers/assert.ts'
import { testEngines } from '../../../test/helpers/db.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { SYRIA_BBOX, makeTheatre, uniqueCode, type TestTheatre, type UserKey } from '../../../test/helpers/theatre.ts'

const NO_SUCH_ID = '0190a000-0000-7000-8000-000000000000'
const MEMBERS: UserKey[] = ['coordAdmin', 'coordViewer', 'govAdmin', 'govEditor', 'govViewer', 'oppEditor', 'wfpEditor', 'msfEditor', 'monEditor']
const NOT_COORDINATOR_EDITORS: UserKey[] = ['coordViewer', 'govAdmin', 'govEditor', 'oppEditor', 'wfpEditor', 'monEditor']

const sha256 = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest('hex')
const serialize = (canonicalize as unknown as { default?: (v: unknown) => string }).default ?? (canonicalize as unknown as (v: unknown) => string)
/** The statement a signatory signs, computed independently of the server, as a party's own software would. */
const statement = (id: string, version: number, text: string, terms: unknown) =>
  `truce:agreement:${id}:v${version}:${sha256(text)}:${sha256(serialize(terms))}`

const TEXT = '# Cessation of hostilities\n\nThe parties cease all attacks from 00:00 on 27 February, Damascus time.'
const TERMS = { monitoring: 'joint', zones: ['Aleppo'], graceHours: 24 }

describe.each(testEngines())('agreements on %s', (engine) => {
  let t: TestServer
  let tt: TestTheatre
  beforeAll(async () => {
    t = await startServer(engine)
    tt = await makeTheatre(t)
  })
  afterAll(() => t?.close())

  const coord = () => tt.users.coordAdmin.client
  const draft = async (body: Record<string, unknown> = {}) => {
    const res = await coord().post(`${tt.base}/agreements`, {
      name: 'Cessation of hostilities',
      kind: 'cessation_of_hostilities',
      signatories: [tt.actors.gov.id, tt.actors.opp.id],
      text: TEXT,
      terms: TERMS,
      ...body,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body
  }
  const setStatus = (a: { id: string; version: number }, status: string, reason = `now ${status}`) =>
    coord().post(`${tt.base}/agreements/${a.id}/status`, { version: a.version, status, reason })

  describe('drafting and reading', () => {
    it("lets the coordinator's editors draft an agreement, ledgered, that every member reads and an outsider cannot", async () => {
      const before = await ledgerHead(tt)
      const a = await draft()
      expect(a).toEqual({
        id: expect.any(String),
        theatreId: tt.theatre.id,
        name: 'Cessation of hostilities',
        kind: 'cessation_of_hostilities',
        signatories: [tt.actors.gov.id, tt.actors.opp.id],
        status: 'draft',
        statusReason: null,
        statusChangedAt: null,
        versions: 1,
        text: TEXT,
        terms: TERMS,
        statement: statement(a.id, 1, TEXT, TERMS),
        signatures: [],
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      })
      const entries = await entriesAfter(tt, before)
      expect(entries).toEqual([expect.objectContaining({ action: 'agreement.create', subject: { kind: 'agreement', id: a.id }, version: 1, payload: a })])

      for (const who of MEMBERS) {
        const c = tt.users[who].client
        expect((await c.get(`${tt.base}/agreements/${a.id}`)).body, who).toEqual(a)
        expect((await c.get(`${tt.base}/agreements?limit=500`)).body.items.map((x: any) => x.id), who).toContain(a.id)
        // The ledger entry is every member's to read too.
        expect((await c.get(`${tt.base}/ledger?subject=${a.id}`)).body.items, who).toHaveLength(1)
      }
      expectProblem(await tt.outsider.client.get(`${tt.base}/agreements/${a.id}`), 404)
      expectProblem(await tt.outsider.client.get(`${tt.base}/agreements`), 404)
      expectProblem(await coord().get(`${tt.base}/agreements/${NO_SUCH_ID}`), 404)
      expectProblem(await t.client().get(`${tt.base}/agreements`), 401)
    })

    it('lists by status and kind, a page at a time', async () => {
      const pause = await draft({ kind: 'humanitarian_pause', name: 'Eid pause' })
      const inForce = await draft({ kind: 'humanitarian_pause', name: 'Aleppo pause' })
      expect((await setStatus(inForce, 'in_force')).status).toBe(200)
      const pauses = (await coord().get(`${tt.base}/agreements?kind=humanitarian_pause&limit=500`)).body.items.map((x: any) => x.id)
      expect(pauses).toEqual([pause.id, inForce.id])
      const live = (await coord().get(`${tt.base}/agreements?kind=humanitarian_pause&status=in_force`)).body.items.map((x: any) => x.id)
      expect(live).toEqual([inForce.id])
      const first = await coord().get(`${tt.base}/agreements?kind=humanitarian_pause&limit=1`)
      expect(first.body.items.map((x: any) => x.id)).toEqual([pause.id])
      const second = await coord().get(`${tt.base}/agreements?kind=humanitarian_pause&limit=1&cursor=${first.body.next}`)
      expect(second.body).toMatchObject({ items: [{ id: inForce.id }], next: null })
      expectProblem(await coord().get(`${tt.base}/agreements?status=over`), 400, '/query/status')
      expectProblem(await coord().get(`${tt.base}/agreements?cursor=${Buffer.from('x').toString('base64url')}`), 400, '/query/cursor')
    })

    it('lets an instance administrator draft one', async () => {
      const res = await t.admin.post(`${tt.base}/agreements`, { name: 'Deconfliction arrangement', kind: 'deconfliction', text: 'Notify 72 hours ahead.' })
      expect(res.status).toBe(201)
      expect(res.body).toMatchObject({ signatories: [], terms: {}, status: 'draft' })
    })

    it('opens the ledger entries of agreements, zones and control areas to the public once the theatre is published', async () => {
      const code = uniqueCode()
      const base = `/api/v1/theatres/${code}`
      const theatre = await t.admin.post('/api/v1/theatres', { code, name: 'Published', timezone: 'Asia/Damascus', bbox: SYRIA_BBOX })
      const party = await t.admin.post(`${base}/actors`, { kind: 'party', name: 'Government', shortName: 'GOV' })
      const audiences = async () =>
        (await t.services.db.query<{ action: string; audience: string[] }>(
          `SELECT action, audience FROM ledger_entries WHERE theatre_id = $1 AND action ~ '^(agreement|zone|control_area)\\.' ORDER BY seq`,
          [theatre.body.id],
        )).map((r) => [r.action, r.audience])
      const a = await t.admin.post(`${base}/agreements`, { name: 'Before publishing', kind: 'ceasefire', text: 'Draft.' })
      expect((await t.admin.patch(base, { version: theatre.body.version, published: true })).status).toBe(200)
      const b = await t.admin.post(`${base}/agreements`, { name: 'Published', kind: 'ceasefire', text: 'Agreed.' })
      const geometry = { type: 'Polygon', coordinates: [[[37.1, 36.1], [37.2, 36.1], [37.2, 36.2], [37.1, 36.1]]] }
      expect((await t.admin.post(`${base}/agreements/${b.body.id}/zones`, { name: 'Z', kind: 'ceasefire', geometry, schedule: { validFrom: '2026-01-01T00:00:00Z' } })).status).toBe(201)
      expect((await t.admin.post(`${base}/control-areas`, { partyId: party.body.id, geometry, validFrom: '2026-01-01T00:00:00Z' })).status).toBe(201)
      expect(a.status).toBe(201)
      expect(await audiences()).toEqual([
        ['agreement.create', ['all']],
        ['agreement.create', ['all', 'public']],
        ['zone.create', ['all', 'public']],
        ['control_area.create', ['all', 'public']],
      ])
    })

    it.each(NOT_COORDINATOR_EDITORS)('refuses a draft from %s with 403, and writes nothing', async (who) => {
      const before = await ledgerHead(tt)
      expectProblem(await tt.users[who].client.post(`${tt.base}/agreements`, { name: 'Ours', kind: 'ceasefire', text: 'We win.' }), 403)
      expectProblem(await tt.outsider.client.post(`${tt.base}/agreements`, { name: 'Ours', kind: 'ceasefire', text: 'We win.' }), 404)
      expect(await ledgerHead(tt)).toBe(before)
    })

    it.each([
      ['an organisation as signatory', '/body/signatories/0', () => ({ signatories: [tt.actors.wfp.id] })],
      ['an unknown signatory', '/body/signatories/1', () => ({ signatories: [tt.actors.gov.id, NO_SUCH_ID] })],
      ['a signatory that is not a uuid', '/body/signatories/0', () => ({ signatories: ['GOV'] })],
      ['a signatory listed twice', '/body/signatories', () => ({ signatories: [tt.actors.gov.id, tt.actors.gov.id] })],
      ['an unknown kind', '/body/kind', () => ({ kind: 'truce' })],
      ['an empty name', '/body/name', () => ({ name: '' })],
      ['no text', '/body/text', () => ({ text: undefined })],
      ['an empty text', '/body/text', () => ({ text: '' })],
      ['terms that are not an object', '/body/terms', () => ({ terms: ['a', 'list'] })],
      ['a status', '/body/status', () => ({ status: 'in_force' })],
    ])('rejects %s naming %s, and writes nothing', async (_what, path, change) => {
      const before = await ledgerHead(tt)
      const body = { name: 'Bad', kind: 'ceasefire', text: 'Text', ...change() }
      expectProblem(await coord().post(`${tt.base}/agreements`, body), 400, path)
      expect(await ledgerHead(tt)).toBe(before)
    })
  })

  describe('amending', () => {
    it('makes a new version of the text on each amendment, keeps the history, and ledgers each change', async () => {
      const a = await draft()
      const before = await ledgerHead(tt)
      const text2 = `${TEXT}\n\nArticle 2: humanitarian access along the Castello Road.`
      const amended = await coord().patch(`${tt.base}/agreements/${a.id}`, { version: 1, text: text2 })
      expect(amended.status).toBe(200)
      expect(amended.body).toMatchObject({ version: 2, versions: 2, text: text2, terms: TERMS, statement: statement(a.id, 2, text2, TERMS) })

      const terms3 = { ...TERMS, graceHours: 48 }
      const third = await coord().patch(`${tt.base}/agreements/${a.id}`, { version: 2, terms: terms3 })
      expect(third.body).toMatchObject({ version: 3, versions: 3, text: text2, terms: terms3 })

      // A rename or a new signatory list is a change of the record, not of the text.
      const renamed = await coord().patch(`${tt.base}/agreements/${a.id}`, { version: 3, name: 'Cessation of hostilities (Aleppo)', text: text2, signatories: [tt.actors.gov.id] })
      expect(renamed.body).toMatchObject({ version: 4, versions: 3, name: 'Cessation of hostilities (Aleppo)', signatories: [tt.actors.gov.id] })

      const entries = await entriesAfter(tt, before)
      expect(entries.map((e) => [e.action, e.version])).toEqual([
        ['agreement.amend', 2],
        ['agreement.amend', 3],
        ['agreement.update', 4],
      ])
      expect(entries[2].payload).toEqual(renamed.body)

      const history = await tt.users.monEditor.client.get(`${tt.base}/agreements/${a.id}/versions`)
      expect(history.status).toBe(200)
      expect(history.body.items).toEqual([
        { version: 1, text: TEXT, terms: TERMS, statement: statement(a.id, 1, TEXT, TERMS), createdAt: a.createdAt, by: tt.users.coordAdmin.user.id, signatures: [] },
        { version: 2, text: text2, terms: TERMS, statement: statement(a.id, 2, text2, TERMS), createdAt: expect.any(String), by: tt.users.coordAdmin.user.id, signatures: [] },
        { version: 3, text: text2, terms: terms3, statement: statement(a.id, 3, text2, terms3), createdAt: expect.any(String), by: tt.users.coordAdmin.user.id, signatures: [] },
      ])
      const page1 = await coord().get(`${tt.base}/agreements/${a.id}/versions?limit=2`)
      expect(page1.body.items.map((v: any) => v.version)).toEqual([1, 2])
      const page2 = await coord().get(`${tt.base}/agreements/${a.id}/versions?limit=2&cursor=${page1.body.next}`)
      expect(page2.body).toMatchObject({ items: [{ version: 3 }], next: null })
      expectProblem(await coord().get(`${tt.base}/agreements/${a.id}/versions?cursor=${Buffer.from('v2').toString('base64url')}`), 400, '/query/cursor')
      expectProblem(await tt.outsider.client.get(`${tt.base}/agreements/${a.id}/versions`), 404)
      expectProblem(await coord().get(`${tt.base}/agreements/${NO_SUCH_ID}/versions`), 404)
    })

    it('answers 409 naming /body/version to a stale version, and 403 to anyone but the coordinator’s editors; writes nothing', async () => {
      const a = await draft()
      expect((await coord().patch(`${tt.base}/agreements/${a.id}`, { version: 1, name: 'First' })).status).toBe(200)
      const before = await ledgerHead(tt)
      const stale = await coord().patch(`${tt.base}/agreements/${a.id}`, { version: 1, text: 'From an old copy' })
      expectProblem(stale, 409, '/body/version')
      expect(stale.body.currentVersion).toBe(2)
      for (const who of NOT_COORDINATOR_EDITORS) {
        expectProblem(await tt.users[who].client.patch(`${tt.base}/agreements/${a.id}`, { version: 2, text: 'Ours now' }), 403)
      }
      expectProblem(await coord().patch(`${tt.base}/agreements/${a.id}`, { version: 2, signatories: [tt.actors.mon.id] }), 400, '/body/signatories/0')
      expectProblem(await coord().patch(`${tt.base}/agreements/${a.id}`, { name: 'No version' }), 400, '/body/version')
      expectProblem(await coord().patch(`${tt.base}/agreements/${NO_SUCH_ID}`, { version: 1, name: 'Nothing' }), 404)
      expect(await ledgerHead(tt)).toBe(before)
      expect((await coord().get(`${tt.base}/agreements/${a.id}/versions`)).body.items).toHaveLength(1)
    })
  })

  describe('status', () => {
    it('goes draft → in_force → suspended → in_force → ended, each with its reason, ledgered; ended is final', async () => {
      let a = await draft()
      const before = await ledgerHead(tt)
      for (const [status, reason] of [
        ['in_force', 'signed in Munich'],
        ['suspended', 'shelling of the Ramouseh road'],
        ['in_force', 'restored at the Geneva talks'],
        ['ended', 'superseded by the September agreement'],
      ]) {
        const res = await setStatus(a, status, reason)
        expect(res.status, JSON.stringify(res.body)).toBe(200)
        expect(res.body).toMatchObject({ status, statusReason: reason, version: a.version + 1, statusChangedAt: expect.any(String) })
        a = res.body
      }
      const entries = await entriesAfter(tt, before)
      expect(entries.map((e) => [e.action, e.payload.status, e.payload.statusReason])).toEqual([
        ['agreement.status', 'in_force', 'signed in Munich'],
        ['agreement.status', 'suspended', 'shelling of the Ramouseh road'],
        ['agreement.status', 'in_force', 'restored at the Geneva talks'],
        ['agreement.status', 'ended', 'superseded by the September agreement'],
      ])

      const end = await ledgerHead(tt)
      expectProblem(await setStatus(a, 'in_force'), 409)
      expectProblem(await coord().patch(`${tt.base}/agreements/${a.id}`, { version: a.version, name: 'Revived' }), 409)
      expect(await ledgerHead(tt)).toBe(end)
    })

    it('records a change late, effective when it happened, but never in the future nor before the previous change', async () => {
      let a = await draft()
      const late = await coord().post(`${tt.base}/agreements/${a.id}/status`, { version: a.version, status: 'in_force', reason: 'in force since sunset', effectiveAt: '2026-03-01T16:00:00Z' })
      expect(late.status, JSON.stringify(late.body)).toBe(200)
      expect(late.body.statusChangedAt).toBe('2026-03-01T16:00:00.000Z')
      a = late.body
      const head = await ledgerHead(tt)
      for (const [effectiveAt, why] of [['2099-01-01T00:00:00Z', /future/], ['2026-02-01T00:00:00Z', /before the previous status change/]] as const) {
        const res = await coord().post(`${tt.base}/agreements/${a.id}/status`, { version: a.version, status: 'suspended', reason: 'x', effectiveAt })
        expectProblem(res, 400, '/body/effectiveAt')
        expect(res.body.errors[0].message).toMatch(why)
      }
      expect(await ledgerHead(tt)).toBe(head)
    })

    it('lets a draft end without entering force', async () => {
      const a = await draft()
      const res = await setStatus(a, 'ended', 'the talks collapsed')
      expect(res.body).toMatchObject({ status: 'ended', statusReason: 'the talks collapsed' })
    })

    it.each([
      ['draft', 'suspended'],
      ['draft', 'draft'],
      ['in_force', 'draft'],
      ['in_force', 'in_force'],
      ['suspended', 'draft'],
    ])('refuses %s → %s with 409 naming /body/status, and writes nothing', async (from, to) => {
      let a = await draft()
      if (from !== 'draft') a = (await setStatus(a, 'in_force')).body
      if (from === 'suspended') a = (await setStatus(a, 'suspended')).body
      const before = await ledgerHead(tt)
      const res = await setStatus(a, to)
      expectProblem(res, 409, '/body/status')
      expect(res.body.errors[0].message).toBe(`cannot go from ${from} to ${to} (only to ${{ draft: 'in_force or ended', in_force: 'suspended or ended', suspended: 'in_force or ended' }[from]})`)
      expect(await ledgerHead(tt)).toBe(before)
    })

    it('rejects a change of status without a reason, to an unknown status or from a stale version, and anyone but the coordinator’s editors', async () => {
      const a = await draft()
      const before = await ledgerHead(tt)
      const url = `${tt.base}/agreements/${a.id}/status`
      expectProblem(await coord().post(url, { version: 1, status: 'in_force' }), 400, '/body/reason')
      expectProblem(await coord().post(url, { version: 1, status: 'in_force', reason: '' }), 400, '/body/reason')
      expectProblem(await coord().post(url, { version: 1, status: 'over', reason: 'because' }), 400, '/body/status')
      expectProblem(await coord().post(url, { version: 2, status: 'in_force', reason: 'because' }), 409, '/body/version')
      for (const who of NOT_COORDINATOR_EDITORS) {
        expectProblem(await tt.users[who].client.post(url, { version: 1, status: 'in_force', reason: 'we say so' }), 403)
      }
      expect(await ledgerHead(tt)).toBe(before)
      expect((await coord().get(`${tt.base}/agreements/${a.id}`)).body.status).toBe('draft')
    })
  })

  describe('signatures', () => {
    const sign = (who: UserKey, id: string, body: Record<string, unknown>) => tt.users[who].client.post(`${tt.base}/agreements/${id}/signatures`, body)

    it('lets an editor of a signatory party without a key sign by membership, once per version, ledgered for its party', async () => {
      const a = await draft()
      const before = await ledgerHead(tt)
      const res = await sign('govEditor', a.id, { version: 1 })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      expect(res.body).toEqual({
        agreementId: a.id,
        version: 1,
        partyId: tt.actors.gov.id,
        statement: statement(a.id, 1, TEXT, TERMS),
        signature: null,
        keyId: null,
        signedBy: tt.users.govEditor.user.id,
        signedAt: expect.any(String),
      })
      const [entry] = await entriesAfter(tt, before)
      expect(entry).toMatchObject({ action: 'agreement.sign', actor: tt.actors.gov.id, user: tt.users.govEditor.user.id, payload: res.body })
      expect((await tt.users.wfpEditor.client.get(`${tt.base}/agreements/${a.id}`)).body.signatures).toEqual([res.body])

      const again = await sign('govEditor', a.id, { version: 1 })
      expectProblem(again, 409, '/body/version')
      // With no key registered there is nothing to check a signature against.
      expectProblem(await sign('oppEditor', a.id, { version: 1, signature: Buffer.alloc(64).toString('base64') }), 400, '/body/signature')
      expect(await ledgerHead(tt)).toBe(before + 1)
    })

    it('refuses a signature from anyone but an editor of a signatory party (403), and writes nothing', async () => {
      const a = await draft({ signatories: [tt.actors.gov.id] })
      const before = await ledgerHead(tt)
      for (const who of ['oppEditor', 'govViewer', 'coordAdmin', 'coordViewer', 'wfpEditor', 'monEditor'] as const) {
        expectProblem(await sign(who, a.id, { version: 1 }), 403)
      }
      expectProblem(await sign('govEditor', a.id, { version: 1, partyId: tt.actors.opp.id }), 403)
      expectProblem(await t.admin.post(`${tt.base}/agreements/${a.id}/signatures`, { version: 1 }), 403)
      expectProblem(await tt.outsider.client.post(`${tt.base}/agreements/${a.id}/signatures`, { version: 1 }), 404)
      expect(await ledgerHead(tt)).toBe(before)
    })

    it('refuses a superseded version (409) or one that does not exist (400), naming /body/version', async () => {
      const a = await draft()
      const amended = (await coord().patch(`${tt.base}/agreements/${a.id}`, { version: 1, text: 'Amended text' })).body
      const before = await ledgerHead(tt)
      const old = await sign('govEditor', a.id, { version: 1 })
      expectProblem(old, 409, '/body/version')
      expect(old.body.errors[0].message).toBe('is superseded by version 2')
      expectProblem(await sign('govEditor', a.id, { version: 3 }), 400, '/body/version')
      expectProblem(await sign('govEditor', a.id, { version: 0 }), 400, '/body/version')
      expectProblem(await sign('govEditor', a.id, {}), 400, '/body/version')
      expect(await ledgerHead(tt)).toBe(before)
      expect((await sign('govEditor', a.id, { version: 2 })).status).toBe(201)
      // Each version lists its own signatures.
      const history = (await coord().get(`${tt.base}/agreements/${a.id}/versions`)).body.items
      expect(history.map((v: any) => v.signatures.map((s: any) => s.partyId))).toEqual([[], [tt.actors.gov.id]])
      expect(amended.versions).toBe(2)
    })

    it('refuses to sign an ended agreement', async () => {
      const a = await draft()
      const ended = (await setStatus(a, 'ended', 'abandoned')).body
      expectProblem(await sign('govEditor', a.id, { version: ended.versions }), 409)
    })
  })

  describe('signatures with a registered key', () => {
    // A theatre of its own: registering keys on its parties must not change what other tests expect of theirs.
    let kt: TestTheatre
    const gov = crypto.generateKeyPairSync('ed25519')
    const opp = crypto.generateKeyPairSync('ed25519')
    const pem = (k: crypto.KeyObject) => k.export({ type: 'spki', format: 'pem' }).toString()
    const sig = (key: crypto.KeyObject, text: string) => crypto.sign(null, Buffer.from(text, 'utf8'), key).toString('base64')

    beforeAll(async () => {
      kt = await makeTheatre(t)
      // The party's own admin registers its key; the coordinator's admin may do it for a party without one.
      const g = await kt.users.govAdmin.client.patch(`${kt.base}/actors/${kt.actors.gov.id}`, { version: kt.actors.gov.version, publicKey: pem(gov.publicKey) })
      expect(g.status, JSON.stringify(g.body)).toBe(200)
      const o = await kt.users.coordAdmin.client.patch(`${kt.base}/actors/${kt.actors.opp.id}`, { version: kt.actors.opp.version, publicKey: pem(opp.publicKey) })
      expect(o.status).toBe(200)
      kt.actors.gov = g.body
      kt.actors.opp = o.body
    })

    it('accepts a good Ed25519 signature of the statement, and refuses a missing, wrong-key, wrong-statement or garbage one with 400', async () => {
      const create = await kt.users.coordAdmin.client.post(`${kt.base}/agreements`, {
        name: 'Ceasefire',
        kind: 'ceasefire',
        signatories: [kt.actors.gov.id, kt.actors.opp.id],
        text: TEXT,
        terms: TERMS,
      })
      expect(create.status).toBe(201)
      const a = create.body
      const stmt = statement(a.id, 1, TEXT, TERMS)
      expect(a.statement).toBe(stmt)
      const url = `${kt.base}/agreements/${a.id}/signatures`
      const govSigns = (body: Record<string, unknown>) => kt.users.govEditor.client.post(url, body)

      const before = await ledgerHead(kt)
      for (const [what, signature] of [
        ['no signature', undefined],
        ['the other party’s key', sig(opp.privateKey, stmt)],
        ['another statement', sig(gov.privateKey, statement(a.id, 2, TEXT, TERMS))],
        ['the text alone', sig(gov.privateKey, TEXT)],
        ['garbage', 'not a signature at all!'],
        ['a truncated signature', sig(gov.privateKey, stmt).slice(0, 40)],
      ] as const) {
        const res = await govSigns(signature === undefined ? { version: 1 } : { version: 1, signature })
        expectProblem(res, 400, '/body/signature')
        expect(res.body.errors, what).toHaveLength(1)
      }
      expect(await ledgerHead(kt)).toBe(before)

      const good = await govSigns({ version: 1, signature: sig(gov.privateKey, stmt) })
      expect(good.status, JSON.stringify(good.body)).toBe(201)
      expect(good.body).toMatchObject({ partyId: kt.actors.gov.id, statement: stmt, signature: sig(gov.privateKey, stmt), keyId: kt.actors.gov.publicKeyId })
      // Anyone can check it offline with the party's published key.
      expect(crypto.verify(null, Buffer.from(good.body.statement), crypto.createPublicKey(kt.actors.gov.publicKey), Buffer.from(good.body.signature, 'base64'))).toBe(true)
      const [entry] = await entriesAfter(kt, before)
      expect(entry).toMatchObject({ action: 'agreement.sign', actor: kt.actors.gov.id, payload: good.body })

      const oppSigns = await kt.users.oppEditor.client.post(url, { version: 1, signature: sig(opp.privateKey, stmt) })
      expect(oppSigns.status).toBe(201)
      const shown = (await kt.users.msfEditor.client.get(`${kt.base}/agreements/${a.id}`)).body
      expect(shown.signatures.map((s: any) => [s.version, s.partyId, s.keyId])).toEqual([
        [1, kt.actors.gov.id, kt.actors.gov.publicKeyId],
        [1, kt.actors.opp.id, kt.actors.opp.publicKeyId],
      ])
    })
  })
})
