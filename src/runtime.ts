import type { Config } from './config.ts'
import { openDatabase } from './db/open.ts'
import { migrate } from './db/migrate.ts'
import { generatePassword } from './modules/accounts/password.ts'
import { loadSigner } from './modules/ledger/signer.ts'
import { createServices, type Services } from './services.ts'

export type Say = (line: string) => void

/** Opens the database, applies migrations and wires the services: what every command that touches data needs. */
export async function openRuntime(config: Config, say: Say = () => {}): Promise<Services> {
  const db = await openDatabase(config, (step) => say(`${step} …`))
  try {
    const { applied } = await migrate(db)
    if (applied.length) say(`applied ${applied.length} migration${applied.length > 1 ? 's' : ''} (${applied.at(-1)})`)
    return createServices(db, loadSigner(config.dataDir, config.signingKey))
  } catch (e) {
    await db.close()
    throw e
  }
}

/** On first start there is no administrator yet: create `admin`, with TRUCE_ADMIN_PASSWORD or a generated password shown once. */
export async function ensureAdmin(services: Services, config: Config, say: Say) {
  if (await services.accounts.hasAdmin()) return
  const password = config.adminPassword ?? generatePassword()
  await services.accounts.createUser({ username: 'admin', password, displayName: 'Administrator', isAdmin: true })
  if (config.adminPassword) say('created the administrator "admin" with the password from TRUCE_ADMIN_PASSWORD')
  else say(`created the administrator "admin" with password: ${password}  (shown once; change it after signing in)`)
}
