import crypto from 'node:crypto'
import pg from 'pg'
import { DatabaseSetupError, type Db, type Queryable, type QueryOptions } from './engine.ts'
import { batchedQueries } from './postgres-batch.ts'
import { hold } from './postgres-hold.ts'

// int8 (ledger seq, counts) as a number: every such value in Truce stays far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v))

const names = new Map<string, string>()

/**
 * Every statement is prepared once per connection under a name derived from its text: PostgreSQL then plans it
 * once instead of on every call (40–110 µs a query under load), unless the plan it makes without the values looks
 * dearer than those made with them; then it plans every call (docs/ARCHITECTURE.md, "Database"). This needs
 * session-level pooling (PgBouncer in transaction mode would lose the prepared statements).
 */
function statementName(sql: string): string {
  let name = names.get(sql)
  if (!name) {
    name = `t${crypto.createHash('sha1').update(sql).digest('hex').slice(0, 20)}`
    if (names.size < 10_000) names.set(sql, name)
  }
  return name
}

export async function openPostgres(url: string, poolSize = 20): Promise<Db> {
  // UTC sessions, so timestamps rendered by SQL (JSON of ranges) read the same on every server. No JIT: its
  // compilation (~1 s) outweighs the gain on the short aggregate queries here (docs/PERFORMANCE.md, "Incidents").
  const pool = new pg.Pool({ connectionString: url, max: poolSize, pipeline: true, options: '-c TimeZone=UTC -c jit=off' })
  pool.on('error', () => {}) // an idle client's lost connection is replaced on next use
  try {
    await pool.query('SELECT 1')
  } catch (e) {
    await pool.end()
    throw new DatabaseSetupError(`cannot connect to DATABASE_URL: ${(e as Error).message}`)
  }
  const { rows } = await pool.query<{ name: string; installed: string | null }>(
    `SELECT name, installed_version AS installed FROM pg_available_extensions WHERE name IN ('postgis', 'btree_gist')`,
  )
  const missing = ['postgis', 'btree_gist'].filter((n) => !rows.some((r) => r.name === n))
  if (missing.length) {
    await pool.end()
    throw new DatabaseSetupError(
      `this PostgreSQL server lacks ${missing.join(' and ')}: install PostGIS ≥ 3.3 on the database host ` +
        `(Debian: apt-get install postgresql-15-postgis-3) and restart`,
    )
  }
  for (const r of rows.filter((r) => !r.installed)) {
    try {
      await pool.query(`CREATE EXTENSION IF NOT EXISTS ${r.name}`)
    } catch (e) {
      await pool.end()
      throw new DatabaseSetupError(
        `cannot enable ${r.name} (${(e as Error).message}): as a superuser run CREATE EXTENSION ${r.name}; in this database`,
      )
    }
  }
  const batched = batchedQueries(pool)
  const q = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params?: unknown[], opts?: QueryOptions) {
      // an unnamed statement is planned with its values each time
      const name = opts?.planEachRun ? undefined : statementName(sql)
      const config = { name, text: sql, values: params }
      return (await (c === pool && !opts?.planEachRun ? batched(config) : c.query(config))).rows as T[]
    },
    async exec(sql: string) {
      await c.query(sql)
    },
  })
  return {
    kind: 'postgresql',
    ...q(pool),
    async tx(fn) {
      const { client, release } = await hold(pool)
      const inner = q(client)
      let begun = false
      let committing: Promise<unknown> | undefined
      // The client is in pipeline mode: it sends a statement without waiting for the answers to those before. So BEGIN
      // goes out in the same packet as the transaction's first statement, and COMMIT in that of its last (when the
      // caller names it, QueryOptions.commit): two writes to the socket and a round trip saved on every transaction.
      const send = <T>(run: () => Promise<T>, commit = false): Promise<T> => {
        if (committing) return Promise.reject(new Error('a statement after the one that commits the transaction'))
        const socket = client.connection.stream
        socket.cork()
        const begin = begun ? undefined : client.query('BEGIN')
        begun = true
        const result = run()
        if (commit) committing = client.query('COMMIT')
        socket.uncork()
        return begin ? Promise.all([begin, result]).then(([, r]) => r) : result
      }
      try {
        const result = await fn({
          query: (sql, params, opts) => send(() => inner.query(sql, params, opts), opts?.commit),
          exec: (sql) => send(() => inner.exec(sql)),
        })
        if (committing) await committing
        else if (begun) await client.query('COMMIT')
        return result
      } catch (e) {
        // A COMMIT already sent became a rollback when its statement failed; otherwise roll back here.
        if (committing) await committing.catch(() => {})
        else if (begun) await client.query('ROLLBACK').catch(() => {})
        throw e
      } finally {
        release()
      }
    },
    async listen(channel, fn) {
      let client: pg.Client | undefined
      let stopped = false
      // A connection of its own, outside the pool: it stays open, and is opened again (a second later) if lost. What
      // is announced meanwhile is missed, which readers must allow for (the live stream's heartbeat catches up).
      const connect = async (): Promise<void> => {
        if (stopped) return
        const c = new pg.Client({ connectionString: url })
        let lost = false
        const retry = () => {
          if (lost) return
          lost = true
          c.end().catch(() => {})
          if (!stopped) setTimeout(() => void connect(), 1000)
        }
        c.on('notification', (n) => n.channel === channel && fn(n.payload ?? ''))
        c.on('error', retry)
        try {
          await c.connect()
          await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`)
          client = c
          if (stopped) await c.end()
        } catch {
          retry()
        }
      }
      await connect()
      return async () => {
        stopped = true
        await client?.end().catch(() => {})
      }
    },
    close: () => pool.end(),
  }
}
