/** The one SQL interface every store uses: the same statements run on PGlite and on PostgreSQL. */
export interface QueryOptions {
  /**
   * Plan the statement for the values of each run instead of once per connection: for the few whose best plan
   * depends on them (a period of a day or of five years), where a plan made without them (PostgreSQL's generic plan)
   * can be many times slower. (PGlite plans every run so: db/pglite.ts.)
   */
  planEachRun?: boolean
  /**
   * The transaction's last statement: COMMIT is sent right behind it, without waiting for its answer (one round trip
   * fewer on PostgreSQL, one call into the database fewer on PGlite). Nothing may run after it in the transaction, and the statement must fail, not report, when
   * the transaction must not commit: a failed statement turns the COMMIT into a rollback.
   */
  commit?: boolean
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], opts?: QueryOptions): Promise<T[]>
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>
}

export type EngineKind = 'pglite' | 'postgresql'

export interface Db extends Queryable {
  readonly kind: EngineKind
  /** Runs fn in one transaction: committed when it resolves, rolled back when it throws. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>
  /**
   * Calls fn with the payload of each NOTIFY on `channel`, from any process on the database; resolves to the function
   * that stops listening. Only where several processes can share the database (PostgreSQL).
   */
  listen?(channel: string, fn: (payload: string) => void): Promise<() => Promise<void>>
  close(): Promise<void>
}

/** A failure the operator must fix before Truce can start (wrong database, missing extension, busy data directory). */
export class DatabaseSetupError extends Error {}
