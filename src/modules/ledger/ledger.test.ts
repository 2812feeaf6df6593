import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { exportLedger } from '../../cli/ledger.ts'
import { runCli } from '../../../test/helpers/cli.ts'
import { sharedDatabase, testEngines } from '../../../test/helpers/db.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { makeTheatre, type TestTheatre } from '../../../test/helpers/theatre.ts'
import { verifyLedger } from './verify.ts'

async function exported(t: TestServer, code: string): Promise<string[]> {
  const out = new PassThrough()
  let text = ''
  out.on('data', (d) => (text += d))
  await exportLedger(t.services, code, out)
  return text.trim().split('\n')
}

describe.each(testEngines())('ledger on %s', (engine) => {
  let t: TestServer
  let th: TestTheatre
  let key: string
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-ledger-'))
  beforeAll(async () => {
    t = await startServer(engine)
    th = await makeTheatre(t)
    key = (await t.client().get('/api/v1/signing-key')).body.publicKey
    fs.writeFileSync(path.join(dir, 'key.pem'), key)
  })
  afterAll(() => t?.close())

  it('records every write of the theatre in one signed chain that verifies offline', async () => {
    const coord = th.users.coordAdmin.client
    const { body } = await coord.get(`${th.base}/ledger?limit=500`)
    const actions = body.items.map((e: { action: string }) => e.action)
    expect(actions[0]).toBe('theatre.create')
    expect(actions.filter((a: string) => a === 'actor.create')).toHaveLength(6)
    expect(actions.filter((a: string) => a === 'member.create')).toHaveLength(9)
    expect(body.items.map((e: { seq: number }) => e.seq)).toEqual(body.items.map((_: unknown, i: number) => i + 1))
    expect(body.head.seq).toBe(body.items.length)
    expect(verifyLedger(await exported(t, th.theatre.code), key)).toMatchObject({ ok: true, count: body.items.length })
  })

  it("chains one process's concurrent writes on the head it wrote last, none of them run twice", async () => {
    const own = await makeTheatre(t)
    // Each write that could not trust the head it knew reads it under its lock (ledger_heads), having run once already.
    let locked = 0
    const db = await sharedDatabase(engine)
    const tx = db.tx.bind(db)
    const spy = vi.spyOn(db, 'tx').mockImplementation((fn) =>
      tx((q) =>
        fn({
          exec: (sql) => q.exec(sql),
          query: (sql, params, opts) => {
            if (sql.includes('INSERT INTO ledger_heads') && params?.[0] === own.theatre.id) locked++
            return q.query(sql, params, opts)
          },
        }),
      ),
    )
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => own.users.coordAdmin.client.post(`${own.base}/actors`, { kind: 'organisation', name: `Organisation ${i}`, shortName: `ORG${i}` })),
      )
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(201))
    } finally {
      spy.mockRestore()
    }
    expect(locked).toBe(0)
    expect(verifyLedger(await exported(t, own.theatre.code), key)).toMatchObject({ ok: true })
  })

  it('keeps one unbroken chain under concurrent writes, including ones that fail', async () => {
    const own = await makeTheatre(t)
    const before = (await own.users.coordAdmin.client.get(`${own.base}/ledger?limit=1`)).body.head.seq
    // 30 writes at once, every third with a short name already taken (409, nothing written)
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        own.users.coordAdmin.client.post(`${own.base}/actors`, { kind: 'organisation', name: `Organisation ${i}`, shortName: i % 3 === 2 ? 'WFP' : `ORG${i}` }),
      ),
    )
    expect(results.map((r) => r.status).sort()).toEqual([...Array(20).fill(201), ...Array(10).fill(409)])
    const { body } = await own.users.coordAdmin.client.get(`${own.base}/ledger?limit=500`)
    expect(body.head.seq).toBe(before + 20)
    expect(body.items.map((e: { seq: number }) => e.seq)).toEqual(body.items.map((_: unknown, i: number) => i + 1))
    expect(verifyLedger(await exported(t, own.theatre.code), key)).toMatchObject({ ok: true, count: before + 20 })
  })

  it('keeps one unbroken chain when another process writes to the same database, at turns and at once', async () => {
    // A second server on the same database: a process of its own, which knows nothing of the first one's writes.
    const other = await startServer(engine)
    try {
      const own = await makeTheatre(t)
      const before = (await own.users.coordAdmin.client.get(`${own.base}/ledger?limit=1`)).body.head.seq
      const write = (server: TestServer, shortName: string) =>
        server.admin.post(`${own.base}/actors`, { kind: 'organisation', name: `Organisation ${shortName}`, shortName })
      // at turns: each server's next write finds the head moved by the other since its own last one
      for (const [i, server] of [t, other, t, other, t].entries()) expect((await write(server, `TURN${i}`)).status).toBe(201)
      // and at once
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => write(i % 2 ? other : t, `ONCE${i}`)))
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(201))
      const { body } = await own.users.coordAdmin.client.get(`${own.base}/ledger?limit=500`)
      expect(body.head.seq).toBe(before + 25)
      expect(body.items.map((e: { seq: number }) => e.seq)).toEqual(body.items.map((_: unknown, i: number) => i + 1))
      expect(verifyLedger(await exported(t, own.theatre.code), key)).toMatchObject({ ok: true, count: before + 25 })
    } finally {
      await other.close()
    }
  })

  it('gives a receipt that names the entry, its hash and a signature checkable with the published key', async () => {
    const actor = await th.users.coordAdmin.client.post(`${th.base}/actors`, { kind: 'party', name: 'Turkish forces', shortName: 'TUR' })
    const { body: page } = await th.users.coordAdmin.client.get(`${th.base}/ledger?subject=${actor.body.id}`)
    expect(page.items).toHaveLength(1)
    const entry = page.items[0]
    expect(entry).toMatchObject({ action: 'actor.create', subject: { kind: 'actor', id: actor.body.id }, version: 1, user: th.users.coordAdmin.user.id })
    const receipt = await th.users.govViewer.client.get(`${th.base}/ledger/${entry.seq}/receipt`)
    expect(receipt.status).toBe(200)
    expect(receipt.body).toMatchObject({ algorithm: 'Ed25519', publicKey: key, entry: { seq: entry.seq, hash: entry.hash } })
    // the receipt alone, with the previous entry's hash, is a one-entry chain that verifies
    const prev = await th.users.coordAdmin.client.get(`${th.base}/ledger?after=${entry.seq - 2}&limit=1`)
    expect(receipt.body.entry.prevHash).toBe(prev.body.items[0].hash)
    expect((await th.users.govViewer.client.get(`${th.base}/ledger/999999/receipt`)).status).toBe(404)
  })

  it('writes no entry for a refused or invalid write', async () => {
    const coord = th.users.coordAdmin.client
    const before = (await coord.get(`${th.base}/ledger?limit=1`)).body.head.seq
    expect((await th.users.govEditor.client.post(`${th.base}/actors`, { kind: 'party', name: 'X', shortName: 'X1' })).status).toBe(403)
    expect((await coord.post(`${th.base}/actors`, { kind: 'party', name: 'Dup', shortName: 'gov' })).status).toBe(409)
    expect((await coord.post(`${th.base}/actors`, { kind: 'army', name: 'X', shortName: 'X2' })).status).toBe(400)
    expect((await coord.get(`${th.base}/ledger?limit=1`)).body.head.seq).toBe(before)
  })

  it('truce ledger verify: exit 0 with a summary when intact, exit 1 naming the first bad seq when tampered', async () => {
    const lines = await exported(t, th.theatre.code)
    const write = (name: string, ls: string[]) => {
      fs.writeFileSync(path.join(dir, name), ls.join('\n') + '\n')
      return path.join(dir, name)
    }
    const keyFile = path.join(dir, 'key.pem')
    const ok = await runCli(['ledger', 'verify', write('ok.jsonl', lines), '--key', keyFile])
    expect(ok.code).toBe(0)
    expect(ok.stdout).toMatch(new RegExp(`^ok: ${lines.length} entries of theatre ${th.theatre.id} verified; head [0-9a-f]{64}\\n$`))

    const changed = [...lines]
    changed[4] = changed[4].replace('"version":1', '"version":2')
    const removed = [...lines.slice(0, 6), ...lines.slice(7)]
    const swapped = [...lines]
    ;[swapped[8], swapped[9]] = [swapped[9], swapped[8]]
    for (const [name, ls, seq] of [
      ['changed', changed, 5],
      ['removed', removed, 7],
      ['swapped', swapped, 9],
    ] as const) {
      const r = await runCli(['ledger', 'verify', write(`${name}.jsonl`, [...ls]), '--key', keyFile])
      expect(r.code, name).toBe(1)
      expect(r.stdout, name).toMatch(new RegExp(`^bad entry at seq ${seq} `))
    }
  })

  it('publishes the signing key without sign-in', async () => {
    const res = await t.client().get('/api/v1/signing-key')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ algorithm: 'Ed25519', keyId: expect.stringMatching(/^[0-9a-f]{16}$/) })
    expect(res.body.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/)
  })

  it('lets no one change or delete an entry, even with SQL', async () => {
    await expect(t.services.db.query('UPDATE ledger_entries SET action = $1 WHERE theatre_id = $2', ['x', th.theatre.id])).rejects.toThrow(/append-only/)
    await expect(t.services.db.query('DELETE FROM ledger_entries WHERE theatre_id = $1', [th.theatre.id])).rejects.toThrow(/append-only/)
  })
})

// PostgreSQL alone: PGlite's one connection runs one transaction at a time whatever the ledger does.
describe.each(testEngines().filter((e) => e === 'postgresql'))('ledger on %s, with writes at once', (engine) => {
  let t: TestServer
  let key: string
  beforeAll(async () => {
    t = await startServer(engine)
    key = (await t.client().get('/api/v1/signing-key')).body.publicKey
  })
  afterAll(() => t?.close())

  it("commits a theatre's other writes while one write is still at its work, and chains each write as it commits", async () => {
    const own = await makeTheatre(t)
    const entry = (action: string) => ({ theatre: own.theatre.id, action, subject: { kind: 'test', id: null }, payload: {}, audience: ['all'] })
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let started!: () => void
    const hasAppended = new Promise<void>((resolve) => (started = resolve))
    const slow = t.services.ledger.transact(async (tx) => {
      await tx.append(entry('test.slow'))
      started()
      // its work goes on after recording its change (a conflict check over a city, say)
      await held
    })
    await hasAppended
    await t.services.ledger.transact((tx) => tx.append(entry('test.quick')))
    release()
    await slow
    const { body } = await own.users.coordAdmin.client.get(`${own.base}/ledger?limit=500`)
    expect(body.items.slice(-2).map((e: { action: string }) => e.action)).toEqual(['test.quick', 'test.slow'])
    expect(verifyLedger(await exported(t, own.theatre.code), key)).toMatchObject({ ok: true, count: body.items.length })
  })

  it('holds the chain from an appendNow on: a write that keeps its seq is chained before the writes after it', async () => {
    const own = await makeTheatre(t)
    const entry = (action: string) => ({ theatre: own.theatre.id, action, subject: { kind: 'test', id: null }, payload: {}, audience: ['all'] })
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let seq = 0
    const first = t.services.ledger.transact(async (tx) => {
      await tx.append(entry('test.before-now'))
      seq = (await tx.appendNow(entry('test.now'))).seq
      await held
    })
    await expect.poll(() => seq).toBeGreaterThan(0)
    const second = t.services.ledger.transact((tx) => tx.append(entry('test.after')))
    release()
    await Promise.all([first, second])
    const { body } = await own.users.coordAdmin.client.get(`${own.base}/ledger?limit=500`)
    expect(body.items.slice(-3).map((e: { action: string; seq: number }) => [e.action, e.seq])).toEqual([
      ['test.before-now', seq - 1],
      ['test.now', seq],
      ['test.after', seq + 1],
    ])
  })
})
