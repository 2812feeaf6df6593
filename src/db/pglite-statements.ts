import { type PGlite, protocol, types } from '@electric-sql/pglite'

const { serialize } = protocol

interface Described {
  /** The prepared statement's name; none for a statement parsed on each run. */
  name?: string
  paramTypes: number[]
  fields: { name: string; type: number }[]
}

/** What a statement carries with it in the same call into PGlite: the transaction's BEGIN before, its COMMIT after. */
export interface Around {
  before?: string
  after?: string
}

/** Statements prepared at most: beyond, a new text is parsed and described on each run, as PGlite's query() does. */
const MAX_PREPARED = 2000

/**
 * Runs statements on PGlite through its wire protocol (`execProtocol`), as node-postgres does on PostgreSQL, rather
 * than through its `query()`. That one parses, describes, binds, describes, executes and syncs in six calls into the
 * database for every statement, and copies its table of result parsers (318 with PostGIS) for each. Here a statement
 * is prepared (parsed and described) on first use, and each run after is one call (bind, execute, sync),
 * with the transaction's BEGIN or COMMIT beside it when it is the first or the last. An insert of one row took
 * 460–570 µs through query() and 190 µs this way; the embedded database's writes a second doubled
 * (docs/PERFORMANCE.md, "HTTP").
 *
 * Values are sent as query() sends them (PGlite's serializer for each parameter's type) and rows parsed with its
 * parsers, so results read the same. Callers run one statement at a time (db/pglite.ts holds the lock).
 */
export class PgliteStatements {
  private readonly described = new Map<string, Described>()
  private prepared = 0

  constructor(private readonly pg: PGlite) {}

  async run<T>(sql: string, params: unknown[] = [], opts: Around & { inTransaction?: boolean } = {}): Promise<T[]> {
    const { before, after, inTransaction = false } = opts
    let d = this.described.get(sql)
    // BEGIN goes with the first message, whichever it is, so that a statement that fails to parse still fails inside
    // the transaction that the caller then rolls back.
    let first = before
    if (!d) {
      d = await this.describe(sql, this.prepared < MAX_PREPARED, first)
      first = undefined
    }
    const values = params.map((v, i) => (v == null ? null : serializer(this.pg, d.paramTypes[i])(v)))
    const { messages } = await this.pg.execProtocol(
      concat([
        first !== undefined && serialize.query(first),
        !d.name && serialize.parse({ text: sql, types: d.paramTypes }),
        serialize.bind({ statement: d.name, values }),
        serialize.execute({}),
        serialize.sync(),
        after !== undefined && serialize.query(after),
      ]),
      { syncToFs: !inTransaction || after !== undefined },
    )
    const rows: T[] = []
    for (const m of messages) {
      if (m.name !== 'dataRow') continue
      const values = (m as unknown as { fields: (string | null)[] }).fields
      const row: Record<string, unknown> = {}
      d.fields.forEach((f, i) => (row[f.name] = parseValue(this.pg, values[i], f.type)))
      rows.push(row as T)
    }
    return rows
  }

  /** A script of statements without parameters (the simple query protocol). */
  async exec(sql: string, around: Around = {}, inTransaction = false): Promise<void> {
    const parts = [around.before, sql, around.after].filter((s) => s !== undefined)
    await this.pg.execProtocol(concat(parts.map((s) => serialize.query(s))), { syncToFs: !inTransaction || around.after !== undefined })
  }

  private async describe(sql: string, prepare: boolean, before: string | undefined): Promise<Described> {
    const name = prepare ? `p${++this.prepared}` : undefined
    const { messages } = await this.pg.execProtocol(
      concat([
        before !== undefined && serialize.query(before),
        serialize.parse({ name, text: sql }),
        serialize.describe({ type: 'S', name }),
        serialize.sync(),
      ]),
      { syncToFs: false },
    )
    const params = messages.find((m) => m.name === 'parameterDescription') as unknown as { dataTypeIDs: number[] } | undefined
    const row = messages.find((m) => m.name === 'rowDescription') as unknown as { fields: { name: string; dataTypeID: number }[] } | undefined
    const d: Described = {
      name,
      paramTypes: params?.dataTypeIDs ?? [],
      fields: (row?.fields ?? []).map((f) => ({ name: f.name, type: f.dataTypeID })),
    }
    if (prepare) this.described.set(sql, d)
    return d
  }
}

function serializer(pg: PGlite, type: number): (v: unknown) => string {
  return (pg.serializers[type] as ((v: unknown) => string) | undefined) ?? String
}

function parseValue(pg: PGlite, value: string | null, type: number): unknown {
  if (value === null) return null
  const parse = pg.parsers[type] ?? types.parsers[type]
  return parse ? parse(value, type) : value
}

function concat(parts: (Uint8Array | false)[]): Uint8Array {
  const present = parts.filter((p): p is Uint8Array => p !== false)
  const out = new Uint8Array(present.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of present) {
    out.set(p, at)
    at += p.length
  }
  return out
}
