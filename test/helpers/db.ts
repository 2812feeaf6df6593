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
const SHARED = `truce_test_w${process.env.VITEST_POOL_ID ?? '0'}`

/** The worker's shared, migrated database for an engine: made once, reused by every test file in the worker. */
export function sharedDatabase(engine: EngineKind): Promise<Db> {
  let db = cache.get(engine)
  if (!db) {
    db = emptyDatabase(engine, SHARED).then(async (d) => {
      await migrate(d)
      return d
    })
    cache.set(engine, db)
  }
  return db
}

/**
 * PostgreSQL: a pool of one connection to a test database (by default the worker's shared one, migrated first), so that
 * every statement and a look at what the session prepared (plansOf) share one session.
 */
export async function oneConnection(name = SHARED): Promise<Db> {
  if (name === SHARED) await sharedDatabase('postgresql')
  return openPostgres(databaseUrl(name), 1)
}

/** How often the session planned the prepared statement whose text starts with `prefix`: for its values, or once for all. */
export async function plansOf(db: Db, prefix: string): Promise<{ custom: number; generic: number }> {
  const [plans] = await db.query<{ custom: number; generic: number }>(
    `SELECT custom_plans AS custom, generic_plans AS generic FROM pg_prepared_statements WHERE starts_with(statement, $1)`,
    [prefix],
  )
  return plans
}
