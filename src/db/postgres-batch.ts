import type pg from 'pg'
import { hold, type Held } from './postgres-hold.ts'

interface Batch {
  held: Promise<Held>
  /** Statements sent on it and not yet answered. */
  running: number
  /** Set once the turn of the event loop that opened it has ended: no statement joins it after that. */
  closed: boolean
  uncork?: () => void
}

/**
 * Statements outside a transaction that arrive in one turn of the event loop go out on one connection of the pool, in
 * one write to its socket, and come back in as few reads: under load, many requests' statements share the system calls
 * that would otherwise cost one each (a write to a socket was a quarter of the server's time under the read load,
 * docs/PERFORMANCE.md, "HTTP"). The connection is in pipeline mode, each statement with its own Sync, so one that
 * fails fails alone. A statement waits at most for the rest of the turn; one that may run long (QueryOptions
 * planEachRun: reports over months) is not batched, so that it does not hold up the quick ones behind it.
 */
export function batchedQueries(pool: pg.Pool) {
  let open: Batch | undefined

  const begin = (): Batch => {
    const b: Batch = { held: hold(pool), running: 0, closed: false }
    void b.held.then(
      ({ client }) => {
        const socket = client.connection.stream
        socket.cork()
        if (b.closed) process.nextTick(() => socket.uncork())
        else b.uncork = () => socket.uncork()
      },
      () => {},
    )
    // The check phase runs after every socket's callbacks of this turn: all requests read meanwhile have joined.
    setImmediate(() => {
      b.closed = true
      if (open === b) open = undefined
      b.uncork?.()
      if (b.running === 0) release(b)
    })
    return b
  }

  const release = (b: Batch) => void b.held.then((h) => h.release(), () => {})

  return async function query(config: pg.QueryConfig): Promise<pg.QueryResult> {
    const b = (open ??= begin())
    b.running++
    try {
      const { client } = await b.held
      return await client.query(config)
    } finally {
      b.running--
      if (b.closed && b.running === 0) release(b)
    }
  }
}
