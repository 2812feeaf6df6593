/** The one SQL interface every store uses: the same statements run on PGlite and on PostgreSQL. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>
}

export type EngineKind = 'pglite' | 'postgresql'

export interface Db extends Queryable {
  readonly kind: EngineKind
  /** Runs fn in one transaction: committed when it resolves, rolled back when it throws. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/** A failure the operator must fix before Truce can start (wrong database, missing extension, busy data directory). */
export class DatabaseSetupError extends Error {}
