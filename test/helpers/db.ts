import fs from 'node:fs'
import pg from 'pg'
import type { Db, EngineKind } from '../../src/db/engine.ts'
import { migrate } from '../../src/db/migrate.ts'
import { loadPglite } from '../../src/db/pglite.ts'
import { openPostgres } from '../../src/db/postgres.ts'
import { TEMPLATE } from './template.ts'

/** PGlite always; PostgreSQL too when TRUCE_TEST_DATABASE_URL names a server (CI sets it). */
export function testEngines(): EngineKind[] {
  return process.env.TRUCE_TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite']
}

/** A database with PostGIS and nothing else: migrations not applied. */
export async function emptyDatabase(engine: EngineKind, name: string): Promise<Db> {
  if (engine === 'pglite') return loadPglite(new Blob([fs.readFileSync(TEMPLATE)]))
  const url = new URL(process.env.TRUCE_TEST_DATABASE_URL!)
  const admin = new pg.Client({ connectionString: url.toString() })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${name}`)
  } finally {
    await admin.end()
  }
  url.pathname = `/${name}`
  return openPostgres(url.toString(), 10)
}

export function databaseUrl(name: string): string {
  const url = new URL(process.env.TRUCE_TEST_DATABASE_URL!)
  url.pathname = `/${name}`
  return url.toString()
}

const cache = new Map<EngineKind, Promise<Db>>()

/** The worker's shared, migrated database for an engine: made once, reused by every test file in the worker. */
export function sharedDatabase(engine: EngineKind): Promise<Db> {
  let db = cache.get(engine)
  if (!db) {
    db = emptyDatabase(engine, `truce_test_w${process.env.VITEST_POOL_ID ?? '0'}`).then(async (d) => {
      await migrate(d)
      return d
    })
    cache.set(engine, db)
  }
  return db
}
