import { describe, expect, it } from 'vitest'
import { oneConnection, plansOf, sharedDatabase, testEngines } from '../../../test/helpers/db.ts'
import { newId } from '../../db/ids.ts'
import type { Queryable } from '../../db/engine.ts'
import { GENESIS_HASH } from './chain.ts'
import { HEAD_MOVED, insertEntries, lockHead } from './store.ts'

/** One entry after `seq` on `chain`, with a hash of its own (the store does not check hashes or signatures). */
function next(chain: string, seq: number, prevHash: string) {
  const hash = `hash-${chain}-${seq + 1}`
  const entry = { seq: seq + 1, theatre: chain, at: new Date().toISOString(), actor: null, user: null, action: 'test.write', subject: { kind: 'test', id: null }, version: null, payload: null }
  return { entry: { ...entry, prevHash, hash, signature: 'signature', keyId: 'key' }, body: JSON.stringify(entry), audience: [] }
}

/** Appends one entry on the head `from`, as LedgerService does, in the transaction of `q`. */
function append(q: Queryable, chain: string, from: { seq: number; hash: string }) {
  const row = next(chain, from.seq, from.hash)
  return insertEntries(q, [row], new Map([[chain, { seq: row.entry.seq, hash: row.entry.hash }]]), new Map([[chain, from.seq]]))
}

const headOf = async (q: Queryable, chain: string) =>
  (await q.query<{ seq: number; hash: string }>('SELECT seq, hash FROM ledger_heads WHERE theatre_id = $1', [chain]))[0]
const seqsOf = async (q: Queryable, chain: string) =>
  (await q.query<{ seq: number }>('SELECT seq FROM ledger_entries WHERE theatre_id = $1 ORDER BY seq', [chain])).map((r) => Number(r.seq))

describe.each(testEngines())('ledger store on %s', (engine) => {
  it('writes entries chained on the head and moves it; refuses, writing nothing, entries chained on a head that has moved', async () => {
    const db = await sharedDatabase(engine)
    const chain = newId()
    const genesis = await db.tx((q) => lockHead(q, chain, GENESIS_HASH))
    await db.tx((q) => append(q, chain, genesis))
    expect(await headOf(db, chain)).toEqual({ seq: 1, hash: `hash-${chain}-1` })
    // another writer's entry at seq 2, then one still chained on seq 1 as if the head had not moved
    await db.tx((q) => append(q, chain, { seq: 1, hash: `hash-${chain}-1` }))
    const stale = db.tx((q) => insertEntries(q, [next(chain, 2, 'elsewhere')], new Map([[chain, { seq: 3, hash: 'h3' }]]), new Map([[chain, 1]])))
    await expect(stale).rejects.toMatchObject({ code: HEAD_MOVED })
    expect(await seqsOf(db, chain)).toEqual([1, 2])
    expect(await headOf(db, chain)).toEqual({ seq: 2, hash: `hash-${chain}-2` })
  })

})

// Two transactions at once need two connections: PostgreSQL only (PGlite runs one transaction at a time).
describe.each(testEngines().filter((e) => e === 'postgresql'))('ledger store on %s, two writes at once', (engine) => {
  it(
    'lets a write chain on a head whose write is still open: it waits for that commit, and fails if that write rolls back',
    async () => {
      const db = await sharedDatabase(engine)
      for (const outcome of ['commits', 'rolls back'] as const) {
        const chain = newId()
        const genesis = await db.tx((q) => lockHead(q, chain, GENESIS_HASH))
        let finish!: () => void
        let moved!: () => void
        const headMoved = new Promise<void>((resolve) => (moved = resolve))
        const first = db.tx(async (q) => {
          await q.query('SELECT 1') // opens the transaction; the entries below then do not commit it
          const row = next(chain, genesis.seq, genesis.hash)
          await q.query(`UPDATE ledger_heads SET seq = 1, hash = $2 WHERE theatre_id = $1`, [chain, row.entry.hash])
          await q.query(
            `INSERT INTO ledger_entries (theatre_id, seq, at, action, subject_kind, audience, body, prev_hash, hash, signature, key_id)
             VALUES ($1, 1, now(), 'test.write', 'test', '{}', '{}', $2, $3, 's', 'k')`,
            [chain, genesis.hash, row.entry.hash],
          )
          moved()
          await new Promise<void>((resolve) => (finish = resolve))
          if (outcome === 'rolls back') throw new Error('this write fails')
        })
        await headMoved
        // chained on the first write's head, which only that write's transaction sees yet
        const second = db.tx((q) => append(q, chain, { seq: 1, hash: `hash-${chain}-1` }))
        const settled = await Promise.race([second.then(() => 'settled', () => 'settled'), new Promise((r) => setTimeout(r, 200, 'waiting'))])
        expect(settled).toBe('waiting')
        finish()
        if (outcome === 'commits') {
          await first
          await second
          expect(await seqsOf(db, chain)).toEqual([1, 2])
          expect(await headOf(db, chain)).toEqual({ seq: 2, hash: `hash-${chain}-2` })
        } else {
          await expect(first).rejects.toThrow('this write fails')
          await expect(second).rejects.toMatchObject({ code: HEAD_MOVED })
          expect(await seqsOf(db, chain)).toEqual([])
          expect(await headOf(db, chain)).toEqual({ seq: 0, hash: GENESIS_HASH })
        }
      }
    },
  )

  it('refuses a statement after the one that commits the transaction', async () => {
    const db = await sharedDatabase(engine)
    const chain = newId()
    const genesis = await db.tx((q) => lockHead(q, chain, GENESIS_HASH))
    const late = db.tx(async (q) => {
      await append(q, chain, genesis)
      await q.query('SELECT 1')
    })
    await expect(late).rejects.toThrow('a statement after the one that commits the transaction')
  })

  it('plans the statement that writes a write\'s entries once per connection, not on every write', async () => {
    const db = await oneConnection()
    try {
      const chain = newId()
      let head = await db.tx((q) => lockHead(q, chain, GENESIS_HASH))
      for (let i = 0; i < 12; i++) {
        await db.tx((q) => append(q, chain, head))
        head = await headOf(db, chain)
      }
      // PostgreSQL tries five plans made for the values before it weighs one made without them.
      expect(await plansOf(db, 'WITH entries AS (INSERT INTO ledger_entries')).toEqual({ custom: 5, generic: 7 })
    } finally {
      await db.close()
    }
  })
})
