/**
 * How long `truce serve` takes to be ready on the embedded database: first start on an empty data directory
 * (PGlite's initdb, PostGIS, migrations, the administrator) and warm start on the same directory afterwards.
 */
import fs from 'node:fs'
import { machine, median, startServer, table, tempDir, today, writeSection, type Server } from './lib.ts'

const WARM_RUNS = 3
// DESIGN.md: "First start takes ~15 s (initdb + CREATE EXTENSION postgis)"; it sets no figure for a warm start.
const FIRST_TARGET = 15

const dataDir = tempDir('truce-bench-start-')
const fmt = (s: number) => s.toFixed(2)

async function timedStart(label: string): Promise<Server> {
  const server = await startServer({ TRUCE_DATA_DIR: dataDir })
  await server.stop()
  console.log(`${label}: ${fmt(server.readySeconds)} s`)
  return server
}

/** The server's own "ready in N s" counts from when serve() began: the rest is starting Node and tsx and loading the code. */
const selfReported = (s: Server) => Number(/ready in ([\d.]+) s/.exec(s.lines.map((l) => l.text).join('\n'))?.[1] ?? NaN)

/** The first start's steps, timed from the server's own progress lines, so a slow start says which step is slow. */
function steps(lines: Server['lines']): (string | number)[][] {
  return lines.map((l, i) => [`\`${l.text.replace(dataDir, '…')}\``, fmt(l.at), fmt(l.at - (i ? lines[i - 1].at : 0))])
}

try {
  const first = await timedStart('first start')
  const warm: Server[] = []
  for (let i = 1; i <= WARM_RUNS; i++) warm.push(await timedStart(`warm start ${i}`))
  const warmMedian = median(warm.map((s) => s.readySeconds))
  const boot = median([first, ...warm].map((s) => s.readySeconds - selfReported(s)))

  writeSection(
    'first-start',
    `## First start and warm start (embedded database)

${today()} · ${machine()}

Seconds from spawning \`tsx src/cli.ts serve\` on an empty \`TRUCE_DATA_DIR\` until it prints \`truce: open http://…\`,
then on the same directory again (median of ${WARM_RUNS}); the process is stopped with SIGTERM after each.

${table(
  ['start', 'seconds', 'target', 'met'],
  [
    ['first (empty data directory)', fmt(first.readySeconds), `~${FIRST_TARGET} (DESIGN.md)`, first.readySeconds <= FIRST_TARGET ? 'yes' : '**no**'],
    [`warm (median of ${warm.map((s) => fmt(s.readySeconds)).join(', ')})`, fmt(warmMedian), 'none set', '—'],
  ],
)}

Of each start, about ${fmt(boot)} s (median) pass before \`serve()\` begins: starting Node and tsx and loading the code.

Where the first start goes: the lines the server printed, when each arrived, and the seconds since the one before. A line
ending in "…" announces the step that follows it, so the time of that step shows on the next line.

${table(['line printed', 'at (s)', 'since the previous line (s)'], steps(first.lines))}
`,
  )
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true })
}
