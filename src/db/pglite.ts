import fs from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import { postgis } from '@electric-sql/pglite-postgis'
import type { Db, Queryable } from './engine.ts'

const extensions = { postgis, btree_gist }

function wrap(pg: PGlite): Db {
  const asQueryable = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params?: unknown[]) {
      return (await q.query<T>(sql, params)).rows
    },
    async exec(sql: string) {
      await q.exec(sql)
    },
  })
  return {
    kind: 'pglite',
    ...asQueryable(pg),
    // PGlite has one connection: its transaction() queues every other statement until this one ends.
    tx: (fn) => pg.transaction((t) => fn(asQueryable(t))),
    close: () => pg.close(),
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
  return { db: wrap(pg), dump: () => pg.dumpDataDir('gzip') }
}
