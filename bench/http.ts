/**
 * Throughput and latency of `truce serve` under load, on the embedded database and on PostgreSQL in the same run:
 * an authenticated read (one actor, with an API token) and a write that appends a signed ledger entry.
 */
import fs from 'node:fs'
import autocannon from 'autocannon'
import {
  ADMIN_PASSWORD,
  benchPostgres,
  call,
  loopbackRoundTrip,
  machine,
  ok,
  onQuietMachine,
  signIn,
  startServer,
  table,
  tempDir,
  today,
  withFreshDatabase,
  writeSection,
} from './lib.ts'

const SECONDS = Number(process.env.TRUCE_BENCH_SECONDS || 10)
const WARMUP_SECONDS = 2
const CONNECTIONS = 50
// The foundation issue's targets, in requests per second.
const TARGETS: Record<Engine, Partial<Record<Kind, number>>> = {
  postgresql: { read: 5000, write: 1000 },
  pglite: { write: 300 },
}

type Engine = 'pglite' | 'postgresql'
type Kind = 'read' | 'write'
interface Figures {
  rps: number
  p50: number
  p99: number
  ok: number
  failed: number
  statuses: string
  /** The share of the machine other processes used meanwhile. */
  others: number
}

/** Made through the API, as an operator would: a theatre, its coordinator, a coordinator admin and their API token. */
async function setUp(base: string): Promise<{ token: string; actorId: string }> {
  const admin = await signIn(base, 'admin', ADMIN_PASSWORD)
  const t = '/api/v1/theatres/BENCH'
  await ok(call(base, 'POST', '/api/v1/theatres', { code: 'BENCH', name: 'Benchmark', timezone: 'Asia/Damascus', bbox: [35.5, 32.3, 42.4, 37.4] }, admin), 'theatre')
  const actor = await ok(call(base, 'POST', `${t}/actors`, { kind: 'coordinator', name: 'Coordination cell', shortName: 'CELL' }, admin), 'coordinator')
  const password = 'bench-coordinator-password'
  const user = await ok(call(base, 'POST', '/api/v1/users', { username: 'bench', password, displayName: 'Benchmark' }, admin), 'user')
  await ok(call(base, 'POST', `${t}/members`, { userId: user.id, actorId: actor.id, role: 'admin' }, admin), 'member')
  const coordinator = await signIn(base, 'bench', password)
  const { token } = await ok(call(base, 'POST', `${t}/tokens`, { actorId: actor.id, name: 'benchmark' }, coordinator), 'token')
  return { token, actorId: actor.id }
}

let written = 0

async function load(base: string, kind: Kind, token: string, actorId: string, seconds: number): Promise<Omit<Figures, 'others'>> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  const request: autocannon.Request =
    kind === 'read'
      ? { method: 'GET', path: `/api/v1/theatres/BENCH/actors/${actorId}` }
      : {
          method: 'POST',
          path: '/api/v1/theatres/BENCH/actors',
          // A unique short name each time: the write must succeed, and each success appends one ledger entry.
          setupRequest: (req) => ({ ...req, body: JSON.stringify({ kind: 'organisation', name: 'Benchmark organisation', shortName: `B${++written}` }) }),
        }
  const r = await autocannon({ url: base, connections: CONNECTIONS, duration: seconds, headers, requests: [request] })
  const statuses = Object.entries(r.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, s]) => `${s.count}× ${code}`)
  if (r.errors) statuses.push(`${r.errors} errors (${r.timeouts} timeouts)`)
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, ok: r['2xx'], failed: r.non2xx + r.errors, statuses: statuses.join(', ') }
}

async function measure(engine: Engine, env: Record<string, string>, roots: number[] = []): Promise<Record<Kind, Figures>> {
  const dataDir = tempDir('truce-bench-http-')
  const server = await startServer({ TRUCE_DATA_DIR: dataDir, ...env })
  try {
    const { token, actorId } = await setUp(server.url)
    const head = async () =>
      (await ok(call(server.url, 'GET', '/api/v1/theatres/BENCH/ledger?limit=1', undefined, { authorization: `Bearer ${token}` }), 'ledger head')).head.seq as number
    const out = {} as Record<Kind, Figures>
    for (const kind of ['read', 'write'] as const) {
      const before = await head()
      let succeeded = 0
      let runs = 0
      const run = async (seconds: number) => {
        const r = await load(server.url, kind, token, actorId, seconds)
        succeeded += r.ok
        runs++
        return r
      }
      // Unmeasured first: JIT compilation, the pool's connections, PostgreSQL's plan and buffer caches.
      await run(WARMUP_SECONDS)
      const { result, others } = await onQuietMachine(() => run(SECONDS), roots)
      if (!server.alive()) throw new Error(`the server died during the ${engine} ${kind} load:\n${server.output()}`)
      // What the write figure claims: each successful write appended one entry to the chain (and a read none). The
      // requests still in flight when a run ends are done by the server but not counted by autocannon, hence the slack.
      const appended = (await head()) - before
      const [least, most] = kind === 'write' ? [succeeded, succeeded + runs * CONNECTIONS] : [0, 0]
      if (appended < least || appended > most) {
        throw new Error(`${engine} ${kind}: ${succeeded} successful requests appended ${appended} ledger entries`)
      }
      const f = (out[kind] = { ...result, others })
      console.log(`${engine} ${kind}: ${f.rps.toFixed(0)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms${f.failed ? `, FAILED: ${f.statuses}` : ''}`)
    }
    return out
  } finally {
    await server.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

const roundTrip = await loopbackRoundTrip()
console.log(`loopback TCP round trip: ${roundTrip.toFixed(0)} µs`)
const postgres = await benchPostgres()
const existing = postgres.existing
let results: Record<Engine, Record<Kind, Figures>>
try {
  const pglite = await measure('pglite', {})
  const postgresql = await withFreshDatabase(postgres.url!, 'truce_bench', (url) => measure('postgresql', { DATABASE_URL: url }, postgres.roots))
  results = { pglite, postgresql }
} finally {
  postgres.stop()
}

const ms = (x: number) => x.toFixed(0)
const rows = (['postgresql', 'pglite'] as const).flatMap((engine) =>
  (['read', 'write'] as const).map((kind) => {
    const f = results[engine][kind]
    const target = TARGETS[engine][kind]
    return [
      engine === 'pglite' ? 'PGlite' : 'PostgreSQL',
      kind,
      f.rps.toFixed(0),
      ms(f.p50),
      ms(f.p99),
      f.failed ? `**${f.statuses}**` : '0',
      `${(f.others * 100).toFixed(0)}%`,
      target ? `≥ ${target}` : '—',
      target ? (f.rps >= target ? 'yes' : '**no**') : '—',
    ]
  }),
)
const ratio = (kind: Kind) => (results.postgresql[kind].rps / results.pglite[kind].rps).toFixed(1)

writeSection(
  'http',
  `## HTTP throughput and latency

${today()} · ${machine()}

autocannon, ${CONNECTIONS} connections, ${SECONDS} s per figure after ${WARMUP_SECONDS} s unmeasured, against \`tsx src/cli.ts serve\` in its
own process with \`TRUCE_LOG_LEVEL=warn\` (no per-request log lines).
${existing ? 'PostgreSQL: the server named by `TRUCE_BENCH_DATABASE_URL`.' : 'PostgreSQL 15 with PostGIS: a fresh local cluster with its default settings (fsync and synchronous_commit on), over TCP on the loopback; the server\'s pool holds 20 connections.'}

- **read**: \`GET /api/v1/theatres/BENCH/actors/:id\` with an API token (bearer): resolves the token, the theatre and the
  caller's memberships (which the server caches for a few seconds), then reads the actor.
- **write**: \`POST /api/v1/theatres/BENCH/actors\` with the token of a coordinator admin, each with a new short name: inserts
  the actor and appends its signed ledger entry to the theatre's chain in the same transaction. Every write goes to the
  one chain, so they queue for its head; the benchmark checks that the chain grew by one entry per write.

${table(['database', 'request', 'req/s', 'p50 (ms)', 'p99 (ms)', 'non-2xx / errors', 'other load', 'target (req/s)', 'met'], rows)}

PostgreSQL ÷ PGlite: ${ratio('read')}× for reads, ${ratio('write')}× for writes. "Other load" is the share of the
machine's CPU that processes other than the benchmark, the server and PostgreSQL used during the figure (a figure is
taken again, up to three times, when it exceeds 10%).

A message's round trip over a loopback TCP socket took ${roundTrip.toFixed(0)} µs on this machine (median of 20,000, \`loopbackRoundTrip\` in
bench/lib.ts). Each request pays for several such trips (the request and its answer, each statement to PostgreSQL),
so machines of one kind that differ in this differ in these figures too.
`,
)
const failed = Object.values(results).some((r) => r.read.failed || r.write.failed)
if (failed) {
  console.error('some requests failed: see the table')
  process.exitCode = 1
}
