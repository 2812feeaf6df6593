import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

export const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const REPORT = path.join(root, 'docs/PERFORMANCE.md')

export const ADMIN_PASSWORD = 'bench-admin-password'

const INTRO = `# Performance

Figures measured by the benchmarks in \`bench/\`. \`npm run bench\` runs \`bench/first-start.ts\`, \`bench/http.ts\` and
\`bench/deconfliction.ts\` (ten minutes or so on an idle machine); run any one with \`npx tsx bench/<name>.ts\`. Each rewrites its own section below.

- \`bench/first-start.ts\` times \`truce serve\` on the embedded database, from spawning the process until it prints its
  \`open http://…\` line: once on an empty data directory (first start) and three times more on the same directory (warm start).
- \`bench/http.ts\` loads a running \`truce serve\` with [autocannon](https://github.com/mcollina/autocannon) on the embedded
  database and on PostgreSQL in turn. It starts a throwaway PostgreSQL cluster with the binaries in
  \`/usr/lib/postgresql/15/bin\` (\`PGBIN\` to change; needs PostGIS), or uses the server named by
  \`TRUCE_BENCH_DATABASE_URL\`, where it creates and finally drops a database \`truce_bench\`.
  \`TRUCE_BENCH_SECONDS\` sets the length of each figure (default 10).
- \`bench/deconfliction.ts\` seeds a synthetic theatre (100,000 sites, 5,000 zones, 20,000 activities, 10,000 movements)
  in SQL and times creating movements and declaring activities through the API, conflict check and ledger included,
  against the raw PostGIS conflict query alone, on the embedded database and on PostgreSQL (a throwaway cluster with
  \`pg_stat_statements\`, or \`TRUCE_BENCH_DATABASE_URL\`, where it uses a database \`truce_bench_deconfliction\`).
  \`TRUCE_BENCH_CREATES\` sets how many creates of each are timed (default 200); \`TRUCE_BENCH_ENGINES=postgresql\` (or
  \`pglite\`) runs one engine and prints its figures and its statements without writing the section.
- \`bench/incidents.ts\` sets up a theatre through the API (agreement and zones, notified sites and movements), seeds
  five years of incidents in SQL (200,000 synthetic and the UCDP GED sample in \`../shared/data\`) and times reporting an
  incident with its attribution, a year of compliance figures by week × party × zone, and the daily report of a busy
  day (HTML and PDF) through the API, against the compliance query alone, on PostgreSQL and the embedded database
  (\`TRUCE_BENCH_DATABASE_URL\` as above, database \`truce_bench_incidents\`). Not part of \`npm run bench\`: run it alone
  (fifteen minutes or so on an idle machine). \`TRUCE_BENCH_INCIDENTS\`, \`TRUCE_BENCH_BUSY\`, \`TRUCE_BENCH_ZONES\`,
  \`TRUCE_BENCH_SITES\`, \`TRUCE_BENCH_MOVEMENTS\` set the sizes, \`TRUCE_BENCH_CREATES\`, \`TRUCE_BENCH_COMPLIANCE_RUNS\`,
  \`TRUCE_BENCH_REPORT_RUNS\` the repetitions; \`TRUCE_BENCH_QUIET=0\` measures without waiting for an idle machine;
  \`TRUCE_BENCH_ENGINES=postgresql\` (or \`pglite\`) runs one engine and prints its section without writing it.

The server always runs as a separate process, as in production, with request logging at \`warn\`. The load generator
runs on the same machine and competes with the server (and PostgreSQL) for its cores, so the figures are a floor. Each
figure waits for the machine to be idle and is taken again when other processes used more than a tenth of its CPU
meanwhile: on a shared machine, another job would otherwise halve a figure without a trace.

To see where a server's time goes under a benchmark's load, pass Node options to it in \`TRUCE_BENCH_NODE_ARGS\` (e.g.
\`--cpu-prof --cpu-prof-dir=/tmp/prof\`): each server it starts writes a CPU profile when it stops.
`

export interface Server {
  url: string
  /** Seconds from spawning the process to its `open http://…` line. */
  readySeconds: number
  /** Its `truce: …` lines up to then, with the seconds since spawning at which each arrived. */
  lines: { at: number; text: string }[]
  /** Everything the server printed, for a failure message. */
  output(): string
  alive(): boolean
  stop(): Promise<void>
}

const live = new Set<ChildProcess>()
// A bench that crashes must not leave a server holding the data directory or the port.
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL')
})

/** Runs `truce serve` as a child process, as an operator would, and resolves once it is listening. */
export function startServer(env: Record<string, string>, timeoutMs = 300_000, args: string[] = []): Promise<Server> {
  const started = process.hrtime.bigint()
  // TRUCE_BENCH_NODE_ARGS: Node options for the server, to profile it under the benchmark's load (--cpu-prof …).
  const nodeArgs = process.env.TRUCE_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [...nodeArgs, 'src/cli.ts', 'serve', ...args], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', TRUCE_ADMIN_PASSWORD: ADMIN_PASSWORD, TRUCE_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  live.add(child)
  let output = ''
  const lines: Server['lines'] = []
  const since = () => Number(process.hrtime.bigint() - started) / 1e9
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      live.delete(child)
      resolve()
    }),
  )
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    await exited
    clearTimeout(timer)
  }
  return new Promise((resolve, reject) => {
    let ready = false
    const fail = (why: string) => {
      if (ready) return
      clearTimeout(timer)
      void stop().then(() => reject(new Error(`truce serve ${why}:\n${output}`)))
    }
    const timer = setTimeout(() => fail(`was not ready after ${timeoutMs / 1000} s`), timeoutMs)
    child.stderr!.on('data', (d: Buffer) => (output += d))
    child.stdout!.on('data', (d: Buffer) => {
      output += d
      if (!ready) for (const text of String(d).split('\n').filter(Boolean)) lines.push({ at: since(), text })
      const m = !ready && /^truce: open (http:\/\/\S+?)\/?$/m.exec(output)
      if (!m) return
      ready = true
      clearTimeout(timer)
      resolve({ url: m[1], readySeconds: since(), lines, output: () => output, alive: () => live.has(child), stop })
    })
    child.once('exit', (code, signal) => fail(`exited (${signal ?? code}) before it was ready`))
  })
}

/** CPU ticks the whole machine has spent busy, and how many of them went to our processes (and `roots`' trees). */
function cpuTicks(roots: number[]): { busy: number; ours: number } {
  const [, user, nice, system, , , irq, softirq] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number)
  const procs = new Map<number, { parent: number; ticks: number }>()
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      // The command name in parentheses may hold spaces: count fields after its closing parenthesis.
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      // utime and stime, plus cutime and cstime: the CPU of its children that have exited (a stopped server).
      procs.set(Number(pid), { parent: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]) })
    } catch {
      // gone meanwhile
    }
  }
  const mine = new Set([process.pid, ...roots])
  const isOurs = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 50; p = procs.get(p)?.parent ?? 0, hops++) if (mine.has(p)) return true
    return false
  }
  let ours = 0
  for (const [pid, p] of procs) if (isOurs(pid)) ours += p.ticks
  return { busy: user + nice + system + irq + softirq, ours }
}

/** The share of the machine's CPU that other processes used while `fn` ran. */
export async function othersWhile<T>(fn: () => Promise<T>, roots: number[]): Promise<{ result: T; others: number }> {
  const before = cpuTicks(roots)
  const started = Date.now()
  const result = await fn()
  const after = cpuTicks(roots)
  const capacity = ((Date.now() - started) / 1000) * 100 * os.availableParallelism()
  return { result, others: Math.max(0, after.busy - before.busy - (after.ours - before.ours)) / capacity }
}

const QUIET = 0.1

/**
 * Runs a measurement when nothing else is loading the machine, since on a shared machine (CI, a developer's laptop)
 * another job halves a figure without warning. Waits for a quiet second first (up to 5 minutes), and runs `fn` again,
 * up to 3 times in all, when other processes took more than a tenth of the CPU meanwhile; returns the least disturbed
 * run and how disturbed it was. `roots` are processes of ours that are not our children (a PostgreSQL server).
 */
export async function onQuietMachine<T>(fn: () => Promise<T>, roots: number[] = []): Promise<{ result: T; others: number }> {
  let best: { result: T; others: number } | undefined
  for (let attempt = 1; attempt <= 3; attempt++) {
    for (let waited = 0; waited < 300; waited++) {
      const { others } = await othersWhile(() => new Promise((r) => setTimeout(r, 1000)), roots)
      if (others < QUIET) break
      if (waited === 0) console.log(`waiting for the machine to quiet down (other processes use ${(others * 100).toFixed(0)}% of it)`)
    }
    const run = await othersWhile(fn, roots)
    if (!best || run.others < best.others) best = run
    if (run.others < QUIET) break
    console.log(`other processes used ${(run.others * 100).toFixed(0)}% of the machine meanwhile: measuring again`)
  }
  return best!
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
    s.on('error', reject)
  })
}

export const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix))

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** Where the figures came from: without it, a number in the report cannot be compared with another. */
export function machine(): string {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown'
  const memory = Math.round(os.totalmem() / 2 ** 30)
  return `${os.availableParallelism()} × ${cpu.trim()}, ${memory} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`
}

/**
 * Microseconds for a 100-byte message to go to a loopback TCP socket of this process and back (median of 20,000):
 * what each request and each statement over TCP pays in system calls. Machines of one kind can differ by
 * twice in this, and the HTTP figures with them.
 */
export async function loopbackRoundTrip(): Promise<number> {
  const server = net.createServer((s) => s.on('data', (d) => s.write(d)))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const socket = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1')
  socket.setNoDelay(true)
  await new Promise((resolve) => socket.once('connect', resolve))
  const message = Buffer.alloc(100, 'x')
  const times: number[] = []
  await new Promise<void>((resolve) => {
    let sent = 0n
    const send = () => {
      sent = process.hrtime.bigint()
      socket.write(message)
    }
    let received = 0
    socket.on('data', (d) => {
      received += d.length
      if (received < message.length) return
      received = 0
      times.push(Number(process.hrtime.bigint() - sent) / 1000)
      if (times.length === 20_000) resolve()
      else send()
    })
    send()
  })
  socket.destroy()
  server.close()
  return median(times)
}

export const today = () => new Date().toISOString().slice(0, 10)

export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

/** Replaces this benchmark's section of docs/PERFORMANCE.md (appending it the first time), leaving the others alone. */
export function writeSection(name: string, markdown: string) {
  const start = `<!-- bench:${name}:start -->`
  const end = `<!-- bench:${name}:end -->`
  const section = `${start}\n${markdown.trim()}\n${end}`
  let doc = fs.existsSync(REPORT) ? fs.readFileSync(REPORT, 'utf8') : INTRO
  const from = doc.indexOf(start)
  const to = doc.indexOf(end)
  doc = from >= 0 && to > from ? doc.slice(0, from) + section + doc.slice(to + end.length) : `${doc.trimEnd()}\n\n${section}\n`
  fs.mkdirSync(path.dirname(REPORT), { recursive: true })
  fs.writeFileSync(REPORT, doc)
  console.log(`wrote the ${name} section of ${path.relative(root, REPORT)}`)
}

/** The value below which `p` per cent of `xs` fall (nearest rank), e.g. percentile(xs, 99) for p99. */
export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]
}

export interface Cluster {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string
  /** The postmaster's pid, to count its CPU as ours (onQuietMachine's roots). */
  pid: number
  stop(): void
}

/**
 * A throwaway PostgreSQL cluster on a free port with the binaries in `PGBIN` (default /usr/lib/postgresql/15/bin;
 * needs PostGIS), run as `postgres` when we are root. `settings` are passed as `-c name=value` (e.g.
 * shared_preload_libraries); everything else is PostgreSQL's default. Stop it with `stop()`, which also removes it.
 */
export async function startPostgresCluster(settings: Record<string, string> = {}): Promise<Cluster> {
  const pgbin = process.env.PGBIN || '/usr/lib/postgresql/15/bin'
  const dir = tempDir('truce-bench-pg-')
  const port = await freePort()
  // PostgreSQL refuses to run as root.
  const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : []
  if (asPostgres.length) execFileSync('chown', ['postgres', dir])
  const run = (cmd: string, ...args: string[]) => {
    const [bin, ...rest] = [...asPostgres, path.join(pgbin, cmd), ...args]
    execFileSync(bin, rest, { stdio: ['ignore', 'ignore', 'pipe'] })
  }
  let running = false
  const stop = () => {
    if (running) run('pg_ctl', '-D', `${dir}/data`, '-m', 'fast', '-w', 'stop')
    running = false
    fs.rmSync(dir, { recursive: true, force: true })
  }
  const options = [`-p ${port}`, `-k ${dir}`, '-c listen_addresses=127.0.0.1', ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`)].join(' ')
  try {
    run('initdb', '-D', `${dir}/data`, '-A', 'trust', '-U', 'postgres')
    run('pg_ctl', '-D', `${dir}/data`, '-l', `${dir}/server.log`, '-w', '-o', options, 'start')
    running = true
  } catch (e) {
    stop()
    throw e
  }
  const pid = Number(fs.readFileSync(`${dir}/data/postmaster.pid`, 'utf8').split('\n')[0])
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, pid, stop }
}

/**
 * The PostgreSQL a benchmark measures: the server TRUCE_BENCH_DATABASE_URL names (`existing`), or else a throwaway
 * cluster (startPostgresCluster with `settings`; none when `wanted` is false). Ctrl-C stops the cluster too.
 */
export async function benchPostgres(settings: Record<string, string> = {}, wanted = true) {
  const existing = process.env.TRUCE_BENCH_DATABASE_URL
  const cluster = existing || !wanted ? undefined : await startPostgresCluster(settings)
  // the 'exit' handler above kills the server
  process.once('SIGINT', () => {
    cluster?.stop()
    process.exit(130)
  })
  return {
    existing,
    /** The server's URL: withFreshDatabase makes the benchmark's database on it. */
    url: existing ?? cluster?.url,
    /** The cluster's postmaster, whose CPU counts as the benchmark's own (onQuietMachine). */
    roots: cluster ? [cluster.pid] : [],
    stop: () => cluster?.stop(),
  }
}

/** A fresh database `name` on the server (dropped first if left over), dropped again when `fn` ends. */
export async function withFreshDatabase<T>(serverUrl: string, name: string, fn: (url: string) => Promise<T>): Promise<T> {
  const { default: pg } = await import('pg')
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: serverUrl })
    await c.connect()
    try {
      await c.query(sql)
    } finally {
      await c.end()
    }
  }
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin(`CREATE DATABASE ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  try {
    return await fn(url.toString())
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

/** What a seeding or measuring step needs of a database connection: PGlite's Db, or a pg client. */
export interface Sql {
  query<T = Record<string, any>>(sql: string, params?: unknown[]): Promise<T[]>
}
export const pgSql = (c: pg.Client): Sql => ({ query: async <T>(sql: string, params?: unknown[]) => (await c.query(sql, params as unknown[])).rows as T[] })

/** A request to the API: the status, the parsed JSON answer and the response (for its headers). */
export async function call(base: string, method: string, urlPath: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(base + urlPath, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, json: (await res.json()) as any, res }
}

/** The answer of a request that must succeed. */
export async function ok(p: ReturnType<typeof call>, what: string) {
  const r = await p
  if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.json)}`)
  return r.json
}

/** A session: its cookie and CSRF token, as headers for `call`. */
export async function signIn(base: string, username: string, password: string) {
  const r = await call(base, 'POST', '/api/v1/session', { username, password })
  if (r.status !== 200) throw new Error(`sign-in as ${username}: ${r.status} ${JSON.stringify(r.json)}`)
  const cookie = r.res.headers.getSetCookie().find((c) => c.startsWith('truce_session='))!.split(';')[0]
  return { cookie, 'x-csrf-token': r.json.csrfToken as string }
}

/** mulberry32: the same places and times on every run and engine. */
export function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface StatementStat {
  query: string
  calls: number
  /** Execution time. */
  ms: number
  /** How often PostgreSQL planned it, and for how long (0 unless pg_stat_statements.track_planning is on). */
  plans: number
  planMs: number
}

/** PostgreSQL only: what the server's statements cost, from pg_stat_statements (reset before the timed creates). */
export class Statements {
  private constructor(private readonly c: pg.Client) {}

  static async open(url: string): Promise<Statements | undefined> {
    const c = new pg.Client({ connectionString: url })
    await c.connect()
    try {
      await c.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
      await c.query('SELECT pg_stat_statements_reset()')
      return new Statements(c)
    } catch (e) {
      console.log(`(no per-statement figures: ${(e as Error).message})`)
      await c.end()
      return undefined
    }
  }

  reset() {
    return this.c.query('SELECT pg_stat_statements_reset()')
  }

  async top(): Promise<{ all: number; statements: StatementStat[] }> {
    const { rows } = await this.c.query<{ query: string; calls: string; ms: number; plans: string; plan_ms: number }>(
      `SELECT query, calls, total_exec_time AS ms, plans, total_plan_time AS plan_ms FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'
       ORDER BY total_exec_time DESC`,
    )
    // Multi-row inserts of different sizes are different statements to pg_stat_statements: count them as one.
    const byText = new Map<string, StatementStat>()
    for (const r of rows) {
      const query = r.query.replace(/\s+/g, ' ').replace(/ VALUES \(.*?\)(?=( RETURNING| ON CONFLICT|$))/, ' VALUES (…)').replace(/\$\d+/g, '$n')
      const s = byText.get(query) ?? byText.set(query, { query, calls: 0, ms: 0, plans: 0, planMs: 0 }).get(query)!
      s.calls += Number(r.calls)
      s.ms += r.ms
      s.plans += Number(r.plans)
      s.planMs += r.plan_ms
    }
    const statements = [...byText.values()].sort((a, b) => b.ms - a.ms)
    return { all: statements.reduce((a, r) => a + r.ms, 0), statements }
  }

  close() {
    return this.c.end()
  }
}

/** `x` (an SQL expression) kept within [lo, hi]. */
export const clampSql = (x: string, lo: number, hi: number) => `least(greatest(${x}, ${lo}), ${hi})`

export interface PointCluster {
  name: string
  /** lon, lat */
  at: readonly [number, number] | number[]
  /** its share of the clustered points (the weights add up to 1) */
  weight: number
}

/**
 * An SQL function pg_temp.bench_pos() that returns a random point (after `setseed`, the same sequence every run): with
 * probability `share` in one of `clusters` (normal around its centre, σ = `sigmaDeg` degrees, by Box–Muller, kept in
 * the box), else anywhere in `bbox` [west, south, east, north].
 */
export function positionFunctionSql(bbox: readonly number[], clusters: PointCluster[], share: number, sigmaDeg: number): string {
  const [w, s, e, n] = bbox
  const pick = (coord: 0 | 1) => {
    let acc = 0
    return `CASE ${clusters.map((c) => `WHEN c < ${(acc += c.weight).toFixed(4)} THEN ${c.at[coord]}`).join(' ')} ELSE ${clusters.at(-1)!.at[coord]} END`
  }
  return `CREATE FUNCTION pg_temp.bench_pos() RETURNS geometry LANGUAGE sql VOLATILE AS $f$
        SELECT CASE WHEN u < ${share}
          THEN ST_SetSRID(ST_MakePoint(
            ${clampSql(`cx + ${sigmaDeg} * sqrt(-2 * ln(1 - g1)) * cos(2 * pi() * g2) / cos(radians(cy))`, w, e)},
            ${clampSql(`cy + ${sigmaDeg} * sqrt(-2 * ln(1 - g1)) * sin(2 * pi() * g2)`, s, n)}), 4326)
          ELSE ST_SetSRID(ST_MakePoint(${w} + ${e - w} * x, ${s} + ${n - s} * y), 4326) END
        FROM (SELECT u, g1, g2, x, y, ${pick(0)} AS cx, ${pick(1)} AS cy
              FROM (SELECT random() AS u, random() AS c, random() AS g1, random() AS g2, random() AS x, random() AS y) r) k
      $f$`
}
