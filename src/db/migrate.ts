import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DatabaseSetupError, type Db, type Queryable } from './engine.ts'

export const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations')

export interface Migration {
  name: string
  sql: string
  checksum: string
}

export function readMigrations(dir = migrationsDir): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name), 'utf8')
      return { name, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') }
    })
}

// An arbitrary constant shared by every Truce process: the advisory lock that serialises migrations.
const MIGRATION_LOCK = 7_246_110_231

async function applied(q: Queryable) {
  return q.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migrations ORDER BY name')
}

/**
 * Applies pending migrations in one transaction under an advisory lock, so two processes starting at once
 * neither both migrate nor see a half-migrated schema. Refuses to run when an applied file has changed.
 */
export async function migrate(db: Db, migrations = readMigrations()): Promise<{ applied: string[]; total: number }> {
  return db.tx(async (q) => {
    await q.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await q.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`)
    const done = new Map((await applied(q)).map((r) => [r.name, r.checksum]))
    for (const [name, checksum] of done) {
      const m = migrations.find((x) => x.name === name)
      if (m && m.checksum !== checksum) {
        throw new DatabaseSetupError(`migration ${name} was changed after it was applied; restore it and add a new migration instead`)
      }
    }
    const pending = migrations.filter((m) => !done.has(m.name))
    for (const m of pending) {
      await q.exec(m.sql)
      await q.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [m.name, m.checksum])
    }
    return { applied: pending.map((m) => m.name), total: done.size + pending.length }
  })
}

export async function migrationStatus(db: Queryable): Promise<{ applied: number; latest: string | null }> {
  const rows = await applied(db)
  return { applied: rows.length, latest: rows.at(-1)?.name ?? null }
}
