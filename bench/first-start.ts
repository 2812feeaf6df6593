/**
 * How long `truce serve` takes to be ready on the embedded database: first start on an empty data directory
 * (PGlite's initdb, PostGIS, migrations, the administrator) and warm start on the same directory afterwards.
 */
import fs from 'node:fs'
import { machine, median, onQuietMachine, startServer, table, tempDir, today, writeSection, type Server } from './lib.ts'

const WARM_RUNS = 3
// DESIGN.md: "First start takes ~15 s (initdb + CREATE EXTENSION postgis)"; it sets no figure for a warm start.
const FIRST_TARGET = 15

let dataDir = ''
const fmt = (s: number) => s.toFixed(2)
const percent = (x: number) => `${(x * 100).toFixed(0)}%`

type Start = Server & { others: number }

/** A first start gets a new empty data directory each time, as it may be measured again if the machine was busy. */
async function timedStart(label: string, first = false): Promise<Start> {
  const { result, others } = await onQuietMachine(async () => {
    if (first) {
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
      dataDir = tempDir('truce-bench-start-')
    }
    const server = await startServer({ TRUCE_DATA_DIR: dataDir })
    await server.stop()
    return server
  })
  console.log(`${label}: ${fmt(result.readySeconds)} s`)
  return { ...result, others }
}

/** The server's own "ready in N s" counts from when serve() began: the rest is starting Node and tsx and loading the code. */
const selfReported = (s: Server) => Number(/ready in ([\d.]+) s/.exec(s.lines.map((l) => l.text).join('\n'))?.[1] ?? NaN)

/** The first start's steps, timed from the server's own progress lines, so a slow start says which step is slow. */
function steps(lines: Server['lines']): (string | number)[][] {
  return lines.map((l, i) => [`\`${l.text.replace(dataDir, '…')}\``, fmt(l.at), fmt(l.at - (i ? lines[i - 1].at : 0))])
}

try {
  const first = await timedStart('first start', true)
  const warm: Start[] = []
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
  ['start', 'seconds', 'other load', 'target', 'met'],
  [
    ['first (empty data directory)', fmt(first.readySeconds), percent(first.others), `~${FIRST_TARGET} (DESIGN.md)`, first.readySeconds <= FIRST_TARGET ? 'yes' : '**no**'],
    [
      `warm (median of ${warm.map((s) => fmt(s.readySeconds)).join(', ')})`,
      fmt(warmMedian),
      percent(Math.max(...warm.map((s) => s.others))),
      'none set',
      '—',
    ],
  ],
)}

"Other load" is the share of the machine's CPU that other processes used meanwhile (the largest of the warm starts'); a
start is measured again, up to three times, when it exceeds 10%.

Of each start, about ${fmt(boot)} s (median) pass before \`serve()\` begins: starting Node and tsx and loading the code.

Where the first start goes: the lines the server printed, when each arrived, and the seconds since the one before. A line
ending in "…" announces the step that follows it, so the time of that step shows on the next line.

${table(['line printed', 'at (s)', 'since the previous line (s)'], steps(first.lines))}
`,
  )
} finally {
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
}
