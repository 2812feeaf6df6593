import fs from 'node:fs'
import { INSTANCE_CHAIN } from '../modules/ledger/service.ts'
import { verifyLedger } from '../modules/ledger/verify.ts'
import type { Services } from '../services.ts'

/** Writes a chain as JSON Lines (one signed entry per line) to `out`. */
export async function exportLedger(services: Services, theatreKey: string | undefined, out: NodeJS.WritableStream): Promise<number> {
  let chain = INSTANCE_CHAIN
  if (theatreKey) {
    const theatre = await services.theatres.find(theatreKey)
    if (!theatre) throw new CliError(`no theatre ${theatreKey}`, 1)
    chain = theatre.id
  }
  let n = 0
  for await (const entry of services.ledger.all(chain)) {
    if (!out.write(JSON.stringify(entry) + '\n')) await new Promise((r) => out.once('drain', r))
    n++
  }
  return n
}

export function verifyLedgerFile(file: string, keyFile: string): { code: 0 | 1; line: string } {
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  const key = fs.readFileSync(keyFile, 'utf8')
  const r = verifyLedger(lines, key)
  if (r.ok) {
    const what = r.theatre === INSTANCE_CHAIN ? 'the instance chain' : `theatre ${r.theatre}`
    return { code: 0, line: `ok: ${r.count} entries of ${what} verified; head ${r.head}` }
  }
  return { code: 1, line: `bad entry at seq ${r.seq} (line ${r.line}): ${r.reason}` }
}

/** A failure the CLI reports in one line with its own exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message)
  }
}
