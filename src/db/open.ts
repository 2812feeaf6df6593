import path from 'node:path'
import type { Config } from '../config.ts'
import { lockDataDir } from './datadir-lock.ts'
import type { Db } from './engine.ts'
import { openPglite } from './pglite.ts'
import { openPostgres } from './postgres.ts'

/** PostgreSQL when DATABASE_URL is set, else the embedded database in the data directory (held exclusively). */
export async function openDatabase(config: Config, onProgress?: (step: string) => void): Promise<Db> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl)
  const release = lockDataDir(config.dataDir)
  try {
    const db = await openPglite(path.join(config.dataDir, 'pgdata'), onProgress)
    return {
      ...db,
      close: async () => {
        await db.close()
        release()
      },
    }
  } catch (e) {
    release()
    throw e
  }
}
