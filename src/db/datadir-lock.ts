import fs from 'node:fs'
import path from 'node:path'
import { DatabaseSetupError } from './engine.ts'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Only one process may open the embedded database: two PGlite instances on one directory corrupt it.
 * The lock file names its holder; a holder that died (kill -9) leaves a stale file that the next process takes over.
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'truce.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' })
      let released = false
      const release = () => {
        if (released) return
        released = true
        try {
          if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file)
        } catch {
          // already gone
        }
      }
      process.once('exit', release)
      return release
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const holder = Number(fs.readFileSync(file, 'utf8'))
      if (holder && holder !== process.pid && alive(holder)) {
        throw new DatabaseSetupError(
          `the data directory ${dir} is in use by another Truce process (pid ${holder}); stop it first`,
        )
      }
      fs.rmSync(file, { force: true })
    }
  }
  throw new DatabaseSetupError(`cannot lock the data directory ${dir}`)
}
