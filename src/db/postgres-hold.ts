import type pg from 'pg'

/** A connection taken from the pool, and the function that gives it back. */
export interface Held {
  client: pg.PoolClient
  release(): void
}

/**
 * Takes a connection from the pool for a while (a transaction, a batch of statements). PostgreSQL may end it meanwhile
 * (a restart, pg_terminate_backend): pg then fails its statements and also emits 'error' on it, which, with no one
 * listening, would end the process. Resolves to the connection and the function that gives it back: broken, the pool
 * drops it instead of lending it again.
 */
export async function hold(pool: pg.Pool): Promise<Held> {
  const client = await pool.connect()
  let broken: Error | undefined
  const onError = (e: Error) => {
    broken = e
  }
  client.on('error', onError)
  return {
    client,
    release: () => {
      client.removeListener('error', onError)
      client.release(broken)
    },
  }
}
