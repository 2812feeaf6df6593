import fs from 'node:fs'
import { Mutex, PGlite } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import { postgis } from '@electric-sql/pglite-postgis'
import type { Db, Queryable } from './engine.ts'
import { type Around, PgliteStatements } from './pglite-statements.ts'

const extensions = { postgis, btree_gist }

async function wrap(pg: PGlite): Promise<Db> {
  // Each run is planned for its values, as PGlite's query() planned them: a plan made once would be kept on the
  // statistics of the moment (PGlite has no autovacuum to analyse tables as they grow, and a plan made while the
  // conflicts table was empty scans it whole). What preparing saves is the parsing and the calls into the database.
  await pg.exec('SET plan_cache_mode = force_custom_plan')
  const statements = new PgliteStatements(pg)
  // PGlite has one connection: a transaction holds it to the end, and a statement outside one waits for that.
  // PGlite's work is synchronous, so transactions waiting for the lock, each let in as the one before leaves, would
  // run back to back without the event loop reading the requests that arrived meanwhile: each first gives it a turn
  // (setImmediate). Under 50 concurrent writes this cut their p99 at the client from 529–627 ms to 228–252, at the
  // same rate. Single statements (reads) do not: a turn each cost reads a quarter of their rate.
  const lock = new Mutex()
  return {
    kind: 'pglite',
    query: (sql, params) => lock.runExclusive(() => statements.run(sql, params)),
    exec: (sql) => lock.runExclusive(() => statements.exec(sql)),
    tx: (fn) =>
      lock.runExclusive(async () => {
        await new Promise(setImmediate)
        return transaction(pg, statements, fn)
      }),
    close: () => pg.close(),
  }
}

/**
 * BEGIN goes out with the transaction's first statement and COMMIT with its last when the caller names it
 * (QueryOptions.commit), each in the same call into PGlite; a failed statement turns that COMMIT into a rollback.
 * The transaction's statements run one after another in the order they were asked for.
 */
async function transaction<T>(pg: PGlite, statements: PgliteStatements, fn: (q: Queryable) => Promise<T>): Promise<T> {
  let begun = false
  let committing = false
  let last: Promise<unknown> = Promise.resolve()
  const send = <R>(run: (around: Around) => Promise<R>, commit = false): Promise<R> => {
    const next = last.then(() => {
      if (committing) throw new Error('a statement after the one that commits the transaction')
      const around: Around = { before: begun ? undefined : 'BEGIN', after: commit ? 'COMMIT' : undefined }
      begun = true
      committing = commit
      return run(around)
    })
    last = next.catch(() => {})
    return next
  }
  try {
    const result = await fn({
      query: (sql, params, opts) => send((around) => statements.run(sql, params, { ...around, inTransaction: true }), opts?.commit),
      exec: (sql) => send((around) => statements.exec(sql, around, true)),
    })
    await last
    if (pg.isInTransaction()) await statements.exec('COMMIT')
    return result
  } catch (e) {
    await last
    if (pg.isInTransaction()) await statements.exec('ROLLBACK').catch(() => {})
    throw e
  }
}

/** Opens (creating if needed) the embedded database in dir; `onProgress` hears about the slow first start. */
export async function openPglite(dir: string, onProgress: (step: string) => void = () => {}): Promise<Db> {
  const fresh = !fs.existsSync(`${dir}/PG_VERSION`)
  if (fresh) onProgress(`creating the embedded database in ${dir}`)
  const pg = await PGlite.create(dir, { extensions })
  if (fresh) onProgress('installing PostGIS')
  await pg.exec('CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS btree_gist;')
  return wrap(pg)
}

/** An in-memory database from a dump made by dumpPglite (tests clone one instead of paying for initdb each time). */
export async function loadPglite(dump: Blob): Promise<Db> {
  return wrap(await PGlite.create({ extensions, loadDataDir: dump }))
}

export async function freshMemoryPglite(): Promise<{ db: Db; dump: () => Promise<Blob> }> {
  const pg = await PGlite.create({ extensions })
  await pg.exec('CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS btree_gist;')
  return { db: await wrap(pg), dump: () => pg.dumpDataDir('gzip') }
}
