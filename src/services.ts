import type { Config } from './config.ts'
import type { Db } from './db/engine.ts'
import { AuthzService } from './authz/service.ts'
import { AccountsService } from './modules/accounts/service.ts'
import { ActorsService } from './modules/actors/service.ts'
import { LedgerService } from './modules/ledger/service.ts'
import type { Signer } from './modules/ledger/signer.ts'
import { TheatresService } from './modules/theatres/service.ts'
import { TokensService } from './modules/tokens/service.ts'

/** The domain services, wired once per process; routes, the CLI and background jobs all go through them. */
export function createServices(db: Db, signer: Signer) {
  const ledger = new LedgerService(db, signer)
  const accounts = new AccountsService(db, ledger)
  const theatres = new TheatresService(db, ledger)
  const actors = new ActorsService(db, ledger, accounts)
  const tokens = new TokensService(db, ledger)
  const authz = new AuthzService(theatres, actors)
  return { db, ledger, accounts, theatres, actors, tokens, authz }
}

export type Services = ReturnType<typeof createServices>

export interface AppContext {
  config: Config
  services: Services
  version: string
}
