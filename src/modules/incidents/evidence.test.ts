import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entriesAfter, expectProblem, ledgerHead } from '../../../test/helpers/assert.ts'
import type { Client, Res } from '../../../test/helpers/client.ts'
import { testEngines } from '../../../test/helpers/db.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { makeTheatre, type TestTheatre, type UserKey } from '../../../test/helpers/theatre.ts'

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(200)])
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n')
const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex')
const MARKET = { type: 'Point', coordinates: [37.15, 36.15] }
/** Points about 500 m and 5 km north of the market. */
const NEARBY = { type: 'Point', coordinates: [37.15, 36.1545] }
const FURTHER = { type: 'Point', coordinates: [37.15, 36.195] }

describe.each(testEngines())('incident evidence, duplicates and merging on %s', (engine) => {
  let t: TestServer
  let tt: TestTheatre
  beforeAll(async () => {
    t = await startServer(engine)
    tt = await makeTheatre(t)
  })
  afterAll(() => t?.close())

  const report = async (who: UserKey, body: Record<string, unknown> = {}) => {
    const res = await tt.users[who].client.post(`${tt.base}/incidents`, {
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      location: MARKET,
      category: 'air_drone_strike',
      description: 'An air strike on the market',
      ...body,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body
  }

  /** A multipart upload as a browser sends it, with the session cookie and CSRF token. */
  async function upload(client: Client, id: string, bytes: Buffer, type: string, filename = 'evidence.bin', field = 'file'): Promise<Res> {
    const form = new FormData()
    form.append(field, new Blob([new Uint8Array(bytes)], { type }), filename)
    const res = await fetch(`${t.url}${tt.base}/incidents/${id}/evidence`, {
      method: 'POST',
      headers: { cookie: client.cookie!, 'x-csrf-token': client.csrf! },
      body: form,
    })
    const text = await res.text()
    return { status: res.status, headers: res.headers, body: (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text }
  }
  const download = (who: UserKey, id: string, hash: string) =>
    fetch(`${t.url}${tt.base}/incidents/${id}/evidence/${hash}`, { headers: { cookie: tt.users[who].client.cookie! } })

  describe('evidence', () => {
    it('stores a file by its SHA-256, lists it on the incident and in the ledger, and serves it to whoever sees the incident', async () => {
      const i = await report('wfpEditor')
      const before = await ledgerHead(tt)
      const res = await upload(tt.users.wfpEditor.client, i.id, PNG, 'image/png', 'crater.png')
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      expect(res.body).toEqual({ sha256: sha(PNG), size: PNG.length, mediaType: 'image/png', filename: 'crater.png', uploadedBy: tt.users.wfpEditor.user.id, uploadedAt: expect.any(String) })
      const [entry] = await entriesAfter(tt, before)
      expect(entry).toMatchObject({ action: 'incident.evidence', subject: { id: i.id }, payload: { evidence: { sha256: sha(PNG), size: PNG.length, mediaType: 'image/png' } } })
      expect((await tt.users.monEditor.client.get(`${tt.base}/incidents/${i.id}`)).body.evidence.map((e: any) => e.sha256)).toEqual([sha(PNG)])

      const got = await download('monEditor', i.id, sha(PNG))
      expect(got.status).toBe(200)
      expect(got.headers.get('content-type')).toBe('image/png')
      expect(got.headers.get('content-disposition')).toBe('attachment; filename="crater.png"')
      expect(Buffer.from(await got.arrayBuffer()).equals(PNG)).toBe(true)
      expect((await download('govEditor', i.id, sha(PNG))).status).toBe(404)
      expect((await download('msfEditor', i.id, sha(PNG))).status).toBe(404)
      expect((await download('monEditor', i.id, sha(PDF))).status).toBe(404)

      // the same file again changes nothing
      const head = await ledgerHead(tt)
      const again = await upload(tt.users.monEditor.client, i.id, PNG, 'image/png', 'copy.png')
      expect(again.status).toBe(200)
      expect(again.body.filename).toBe('crater.png')
      expect(await ledgerHead(tt)).toBe(head)
    })

    it('lets the reporter, monitors and the coordinator add evidence, nobody else', async () => {
      const i = await report('wfpEditor')
      const before = await ledgerHead(tt)
      expectProblem(await upload(tt.users.govEditor.client, i.id, PDF, 'application/pdf'), 404)
      expectProblem(await upload(tt.users.msfEditor.client, i.id, PDF, 'application/pdf'), 404)
      expectProblem(await upload(tt.users.coordViewer.client, i.id, PDF, 'application/pdf'), 403)
      expect(await ledgerHead(tt)).toBe(before)
      expect((await upload(tt.users.coordAdmin.client, i.id, PDF, 'application/pdf', 'report.pdf')).status).toBe(201)
    })

    it('refuses a type not allowed, a file that is not what it says, a body that is not multipart, and a file too large (415, 413)', async () => {
      const i = await report('monEditor')
      const before = await ledgerHead(tt)
      const mon = tt.users.monEditor.client
      expectProblem(await upload(mon, i.id, Buffer.from('GIF89a....'), 'image/gif'), 415, '/body/file')
      expectProblem(await upload(mon, i.id, Buffer.from('<script>alert(1)</script>'), 'image/png'), 415, '/body/file')
      expectProblem(await upload(mon, i.id, Buffer.from([0, 1, 2, 3]), 'text/plain'), 415, '/body/file')
      expectProblem(await mon.post(`${tt.base}/incidents/${i.id}/evidence`, { file: 'aGVsbG8=' }), 415, '/body/file')
      const limit = t.services.incidents.evidence.maxBytes
      t.services.incidents.evidence.maxBytes = 1024
      try {
        expectProblem(await upload(mon, i.id, Buffer.concat([PNG, crypto.randomBytes(2048)]), 'image/png'), 413, '/body/file')
        expectProblem(await upload(mon, i.id, Buffer.alloc(1025, 'a'), 'text/plain'), 413, '/body/file')
        expect(await ledgerHead(tt)).toBe(before)
        const exactly = await upload(mon, i.id, Buffer.alloc(1024, 'b'), 'text/plain', 'limit.txt')
        expect(exactly.status).toBe(201)
        expect(exactly.body.size).toBe(1024)
      } finally {
        t.services.incidents.evidence.maxBytes = limit
      }
      expect((await mon.get(`${tt.base}/incidents/${i.id}`)).body.evidence.map((e: any) => e.filename)).toEqual(['limit.txt'])
      const text = await upload(mon, i.id, Buffer.from('Witness statement: the aircraft came from the north.\n'), 'text/plain; charset=utf-8', 'statement.txt')
      expect(text.status).toBe(201)
      expect(text.body.mediaType).toBe('text/plain')
    })
  })

  describe('duplicates and merging', () => {
    it('offers reports of the same category near in space and time, that the caller may see, nearest first', async () => {
      const a = await report('wfpEditor', { sources: [{ kind: 'organisation', title: 'WFP situation report' }] })
      const b = await report('msfEditor', { location: NEARBY, sources: [{ kind: 'media', title: 'Local radio', url: 'https://radio.example.org/1' }] })
      const c = await report('monEditor', { location: FURTHER })
      await report('monEditor', { category: 'armed_clash' })
      await report('monEditor', { occurredAt: new Date(Date.now() - 30 * 3_600_000).toISOString() })
      const dup = await tt.users.monEditor.client.get(`${tt.base}/incidents/${a.id}/duplicates`)
      expect(dup.status).toBe(200)
      const ids = dup.body.items.map((x: any) => x.id)
      expect(ids).toContain(b.id)
      expect(ids).not.toContain(c.id)
      const mine = dup.body.items.find((x: any) => x.id === b.id)
      expect(mine).toMatchObject({ ref: b.ref, category: 'air_drone_strike', status: 'reported' })
      expect(mine.distanceM).toBeGreaterThan(450)
      expect(mine.distanceM).toBeLessThan(550)
      // WFP does not see MSF's report, so is not offered it
      expect((await tt.users.wfpEditor.client.get(`${tt.base}/incidents/${a.id}/duplicates`)).body.items.map((x: any) => x.id)).not.toContain(b.id)
      expectProblem(await tt.users.govEditor.client.get(`${tt.base}/incidents/${a.id}/duplicates`), 404)

      // a theatre that counts 10 km as the same place is offered the further one too
      const theatre = (await tt.users.coordAdmin.client.get(tt.base)).body
      const p = await tt.users.coordAdmin.client.patch(tt.base, { version: theatre.version, policy: { incidents: { duplicateDistanceM: 10_000 } } })
      expect(p.status).toBe(200)
      try {
        expect((await tt.users.monEditor.client.get(`${tt.base}/incidents/${a.id}/duplicates`)).body.items.map((x: any) => x.id)).toContain(c.id)
      } finally {
        await tt.users.coordAdmin.client.patch(tt.base, { version: p.body.version, policy: { incidents: { duplicateDistanceM: 2000 } } })
      }
    })

    it('merges duplicates into one, keeping every source and evidence item, and their reporters keep following it', async () => {
      const a = await report('wfpEditor', { sources: [{ kind: 'organisation', title: 'WFP situation report' }] })
      const b = await report('msfEditor', { location: NEARBY, sources: [{ kind: 'media', title: 'Local radio', url: 'https://radio.example.org/1' }] })
      expect((await upload(tt.users.msfEditor.client, b.id, PDF, 'application/pdf', 'msf.pdf')).status).toBe(201)
      const before = await ledgerHead(tt)
      const merge = (who: UserKey, id: string, duplicateIds: string[]) => tt.users[who].client.post(`${tt.base}/incidents/${id}/merge`, { duplicateIds })
      expectProblem(await merge('wfpEditor', a.id, [b.id]), 403)
      expectProblem(await merge('coordViewer', a.id, [b.id]), 403)
      expectProblem(await merge('monEditor', a.id, [a.id]), 400, '/body/duplicateIds/0')
      expectProblem(await merge('monEditor', a.id, [b.id, '0190a000-0000-7000-8000-000000000000']), 400, '/body/duplicateIds/1')
      expect(await ledgerHead(tt)).toBe(before)

      const res = await merge('monEditor', a.id, [b.id])
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.sources.map((s: any) => s.title)).toEqual(['WFP situation report', 'Local radio'])
      expect(res.body.evidence.map((e: any) => e.sha256)).toEqual([sha(PDF)])
      expect(res.body.alsoReportedBy).toEqual([tt.actors.msf.id])
      const merged = (await tt.users.monEditor.client.get(`${tt.base}/incidents/${b.id}`)).body
      expect(merged).toMatchObject({ status: 'merged', mergedInto: a.id })
      expect(merged.history.at(-1)).toMatchObject({ from: 'reported', to: 'merged', note: `merged into ${a.ref}` })
      expect((await download('msfEditor', a.id, sha(PDF))).status).toBe(200)
      expect((await tt.users.msfEditor.client.get(`${tt.base}/incidents/${a.id}`)).status).toBe(200)
      const actions = (await entriesAfter(tt, before)).map((e) => [e.action, e.subject.id])
      expect(actions).toEqual([['incident.merged', b.id], ['incident.merge', a.id]])

      const after = await ledgerHead(tt)
      expectProblem(await merge('monEditor', a.id, [b.id]), 400, '/body/duplicateIds/0')
      expectProblem(await tt.users.monEditor.client.post(`${tt.base}/incidents/${b.id}/status`, { status: 'under_review', note: 'x' }), 409, '/body/status')
      expectProblem(await tt.users.msfEditor.client.patch(`${tt.base}/incidents/${b.id}`, { version: merged.version, description: 'x' }), 409, '/params/id')
      expect(await ledgerHead(tt)).toBe(after)
      // merged reports are no longer offered as duplicates
      expect((await tt.users.monEditor.client.get(`${tt.base}/incidents/${a.id}/duplicates`)).body.items.map((x: any) => x.id)).not.toContain(b.id)
    })
  })
})
