import { afterAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import { runCli } from '../../test/helpers/cli.ts'
import { databaseUrl, emptyDatabase, testEngines } from '../../test/helpers/db.ts'
import { DatabaseSetupError, type Db } from './engine.ts'
import { migrate, migrationStatus, readMigrations } from './migrate.ts'
import { openPostgres } from './postgres.ts'

describe.each(testEngines())('migrations on %s', (engine) => {
  const opened: Db[] = []
  const fresh = async (name: string) => {
    const db = await emptyDatabase(engine, name)
    opened.push(db)
    return db
  }
  afterAll(async () => {
    for (const db of opened) await db.close()
  })

  it('applies every numbered migration once and records it', async () => {
    const db = await fresh('truce_test_migrate_once')
    const all = readMigrations()
    expect(all.map((m) => m.name)).toEqual([...all.map((m) => m.name)].sort())
    expect(await migrate(db)).toEqual({ applied: all.map((m) => m.name), total: all.length })
    expect(await migrate(db)).toEqual({ applied: [], total: all.length })
    expect(await migrationStatus(db)).toEqual({ applied: all.length, latest: all.at(-1)!.name })
  })

  it('refuses to start when an applied migration was changed, naming it', async () => {
    const db = await fresh('truce_test_migrate_changed')
    await migrate(db)
    const changed = readMigrations().map((m, i) => (i === 1 ? { ...m, sql: m.sql + '\n-- edited', checksum: 'edited' } : m))
    const err = await migrate(db, changed).catch((e) => e)
    expect(err).toBeInstanceOf(DatabaseSetupError)
    expect(err.message).toContain(changed[1].name)
  })

  it('lets two processes start at once: one migrates, the other waits and finds nothing to do', async () => {
    const name = 'truce_test_migrate_race'
    const first = await fresh(name)
    const second = engine === 'postgresql' ? await openPostgres(databaseUrl(name), 2) : first
    if (second !== first) opened.push(second)
    const [a, b] = await Promise.all([migrate(first), migrate(second)])
    const total = readMigrations().length
    expect([a.applied.length, b.applied.length].sort()).toEqual([0, total])
    const rows = await first.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations')
    expect(rows[0].n).toBe(total)
  })
})

describe.runIf(process.env.TRUCE_TEST_DATABASE_URL)('a PostgreSQL where PostGIS cannot be enabled', () => {
  it('gets one clear line and exit code 2, not a stack trace', async () => {
    const admin = new pg.Client({ connectionString: process.env.TRUCE_TEST_DATABASE_URL })
    await admin.connect()
    await admin.query('DROP DATABASE IF EXISTS truce_test_noext WITH (FORCE)')
    await admin.query('DROP ROLE IF EXISTS truce_noext')
    await admin.query('CREATE ROLE truce_noext LOGIN')
    await admin.query('CREATE DATABASE truce_test_noext OWNER truce_noext')
    await admin.end()
    const url = new URL(databaseUrl('truce_test_noext'))
    url.username = 'truce_noext'
    await expect(openPostgres(url.toString())).rejects.toThrow(/cannot enable postgis.*CREATE EXTENSION postgis/)
    const r = await runCli(['migrate'], { DATABASE_URL: url.toString() })
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/^truce: cannot enable postgis/)
  })
})
