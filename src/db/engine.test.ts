import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyDatabase, testEngines } from '../../test/helpers/db.ts'
import type { Db } from './engine.ts'

// What every module relies on of a database, on both engines: values come back as the same JavaScript types,
// transactions commit or roll back whole, and a statement that carries the COMMIT takes the transaction with it.
describe.each(testEngines())('the database on %s', (engine) => {
  let db: Db
  const count = async () => Number((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM engine_t'))[0].n)

  beforeAll(async () => {
    db = await emptyDatabase(engine, 'truce_test_engine')
    await db.exec('CREATE TABLE engine_t (id int PRIMARY KEY, note text NOT NULL)')
  })
  afterAll(async () => {
    await db.close()
  })

  it('returns each type as the same JavaScript value, parameters and results', async () => {
    const [row] = await db.query<Record<string, unknown>>(
      `SELECT $1::int AS i, $2::bigint AS big, $3::bool AS yes, $4::jsonb AS doc, $5::text[] AS words, $6::uuid[] AS ids,
              $7::timestamptz AS at, $8::float8 AS x, NULL::text AS nothing, 'a'::text AS plain`,
      [7, 9007199254740991, true, { a: [1, 'b'] }, ['x', 'y, z'], ['018f6d4c-1c1e-7000-8000-000000000001'], '2026-03-01T10:00:00+02:00', 1.5],
    )
    expect(row).toEqual({
      i: 7,
      big: 9007199254740991,
      yes: true,
      doc: { a: [1, 'b'] },
      words: ['x', 'y, z'],
      ids: ['018f6d4c-1c1e-7000-8000-000000000001'],
      at: new Date('2026-03-01T08:00:00Z'),
      x: 1.5,
      nothing: null,
      plain: 'a',
    })
    // the same statement again (prepared on its first run), and planned for its values each time
    expect((await db.query('SELECT $1::int + 1 AS n', [1]))[0]).toEqual({ n: 2 })
    expect((await db.query('SELECT $1::int + 1 AS n', [2]))[0]).toEqual({ n: 3 })
    expect((await db.query('SELECT $1::int + 1 AS n', [3], { planEachRun: true }))[0]).toEqual({ n: 4 })
  })

  it('commits a transaction whole, and rolls it back whole when its function throws', async () => {
    await db.tx(async (q) => {
      await q.query('INSERT INTO engine_t VALUES ($1, $2)', [1, 'one'])
      await q.query('INSERT INTO engine_t VALUES ($1, $2)', [2, 'two'])
    })
    expect(await count()).toBe(2)
    await expect(
      db.tx(async (q) => {
        await q.query('INSERT INTO engine_t VALUES ($1, $2)', [3, 'three'])
        throw new Error('changed my mind')
      }),
    ).rejects.toThrow('changed my mind')
    expect(await count()).toBe(2)
  })

  it('rolls back when a statement fails, even one the database never ran before, first in the transaction', async () => {
    await expect(db.tx((q) => q.query('INSERT INTO engine_t VALUES ($1, $2, $3)', [4, 'x', 'too many']))).rejects.toThrow()
    await expect(
      db.tx(async (q) => {
        await q.query('INSERT INTO engine_t VALUES ($1, $2)', [5, 'five'])
        await q.query('INSERT INTO engine_t VALUES ($1, $2)', [1, 'a duplicate'])
      }),
    ).rejects.toMatchObject({ code: '23505' })
    expect(await count()).toBe(2)
    // and the connection is usable after
    await db.tx((q) => q.query('INSERT INTO engine_t VALUES ($1, $2)', [6, 'six']))
    expect(await count()).toBe(3)
  })

  it('commits with the statement that carries the COMMIT, rolls back when that statement fails, and allows nothing after it', async () => {
    await db.tx(async (q) => {
      await q.query('INSERT INTO engine_t VALUES ($1, $2)', [7, 'seven'])
      await q.query('INSERT INTO engine_t VALUES ($1, $2)', [8, 'eight'], { commit: true })
    })
    expect(await count()).toBe(5)
    await expect(
      db.tx(async (q) => {
        await q.query('INSERT INTO engine_t VALUES ($1, $2)', [9, 'nine'])
        await q.query('INSERT INTO engine_t VALUES ($1, $2)', [7, 'a duplicate'], { commit: true })
      }),
    ).rejects.toMatchObject({ code: '23505' })
    expect(await count()).toBe(5)
    // statements asked for at once run in turn
    await db.tx(async (q) => {
      await Promise.all([q.query('INSERT INTO engine_t VALUES ($1, $2)', [30, 'thirty']), q.query('INSERT INTO engine_t VALUES ($1, $2)', [31, 'thirty-one'])])
    })
    expect(await count()).toBe(7)
    await expect(
      db.tx(async (q) => {
        await q.query('INSERT INTO engine_t VALUES ($1, $2)', [10, 'ten'], { commit: true })
        await q.query('INSERT INTO engine_t VALUES ($1, $2)', [11, 'eleven'])
      }),
    ).rejects.toThrow('a statement after the one that commits the transaction')
  })

  it('answers statements sent together each with its own result, one that fails failing alone, round after round', async () => {
    // PostgreSQL sends those of one turn of the event loop on one connection (db/postgres-batch.ts): more rounds than
    // the pool has connections would hang if a batch kept its connection
    for (let round = 0; round < 50; round++) {
      const answers = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          i === 4
            ? db.query('SELECT 1 / $1::int AS n', [0])
            : db.query<{ n: number }>('SELECT $1::int * 2 AS n', [round * 10 + i], { planEachRun: i === 7 }),
        ),
      )
      answers.forEach((a, i) => {
        if (i === 4) expect(a).toMatchObject({ status: 'rejected', reason: { message: 'division by zero' } })
        else expect(a).toEqual({ status: 'fulfilled', value: [{ n: (round * 10 + i) * 2 }] })
      })
    }
  })

  it('keeps a transaction to itself: statements outside it wait for its end and never see it half done', async () => {
    let inside!: () => void
    const started = new Promise<void>((resolve) => (inside = resolve))
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const before = await count()
    const tx = db.tx(async (q) => {
      await q.query('INSERT INTO engine_t VALUES ($1, $2)', [20, 'twenty'])
      inside()
      await held
      await q.query('INSERT INTO engine_t VALUES ($1, $2)', [21, 'twenty-one'])
    })
    await started
    const seen = count()
    release()
    await tx
    // PostgreSQL's other connection reads the state before the commit; PGlite's one connection waits for the commit
    expect([before, before + 2]).toContain(await seen)
    expect(await count()).toBe(before + 2)
  })
})

// PostgreSQL alone: a connection there can be ended from outside.
describe.each(testEngines().filter((e) => e === 'postgresql'))('the database on %s, when the server ends a connection', (engine) => {
  let db: Db
  beforeAll(async () => {
    db = await emptyDatabase(engine, 'truce_test_engine_ended')
  })
  afterAll(async () => {
    await db.close()
  })

  it('fails the statements of a connection the server ends, inside a transaction or not, and goes on with new ones', async () => {
    const end = (marker: string) =>
      new Promise<void>((resolve) => setTimeout(resolve, 300)).then(() =>
        db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()`, [`%${marker}%`]),
      )
    // a statement outside a transaction, and one inside
    const alone = expect(db.query("SELECT pg_sleep(5), 'alone-marker'")).rejects.toThrow('terminating connection')
    const inTx = expect(db.tx((q) => q.query("SELECT pg_sleep(5), 'tx-marker'"))).rejects.toThrow('terminating connection')
    await end('alone-marker')
    await end('tx-marker')
    await alone
    await inTx
    // the pool let go of the ended connections: more statements than it holds connections all succeed
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => db.tx((q) => q.query<{ n: number }>('SELECT $1::int AS n', [i]))))
    expect(answers.map(([r]) => r.n)).toEqual(Array.from({ length: 40 }, (_, i) => i))
    expect((await db.query<{ n: number }>('SELECT 1 AS n'))[0].n).toBe(1)
  })
})
