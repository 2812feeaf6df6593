import type { Config } from './config.ts'
import type { Db } from './db/engine.ts'
import { AuthzService } from './authz/service.ts'
import { AccountsService } from './modules/accounts/service.ts'
import { AcknowledgementsService } from './modules/acknowledgements/service.ts'
import { ActivitiesService } from './modules/activities/service.ts'
import { AgreementsService } from './modules/agreements/service.ts'
import { ConflictsService } from './modules/conflicts/service.ts'
import { ControlAreasService } from './modules/control-areas/service.ts'
import { FootprintsService } from './modules/footprints/service.ts'
import { ActorsService } from './modules/actors/service.ts'
import { IncidentsService } from './modules/incidents/service.ts'
import { ComplianceService } from './modules/compliance/service.ts'
import { PublicFeedService } from './modules/public-feed/service.ts'
import { ReportsService } from './modules/reports/service.ts'
import { LedgerService } from './modules/ledger/service.ts'
import { LiaisonService } from './modules/liaison/service.ts'
import { MovementsService } from './modules/movements/service.ts'
import type { Signer } from './modules/ledger/signer.ts'
import { SitesService } from './modules/sites/service.ts'
import { TheatresService } from './modules/theatres/service.ts'
import { TokensService } from './modules/tokens/service.ts'
import { StreamService } from './modules/stream/service.ts'
import { WebhooksService } from './modules/webhooks/service.ts'
import { ZonesService } from './modules/zones/service.ts'

/** The domain services, wired once per process; routes, the CLI and background jobs all go through them. */
export function createServices(db: Db, signer: Signer) {
  const ledger = new LedgerService(db, signer)
  const accounts = new AccountsService(db, ledger)
  const actors = new ActorsService(db, ledger, accounts)
  const theatres = new TheatresService(db, ledger, actors)
  const tokens = new TokensService(db, ledger)
  const authz = new AuthzService(theatres, actors)
  const footprints = new FootprintsService()
  const conflicts = new ConflictsService(db, ledger, footprints)
  const acknowledgements = new AcknowledgementsService(db, ledger, actors)
  const sites = new SitesService(db, ledger, theatres, actors, acknowledgements, footprints, conflicts)
  const controlAreas = new ControlAreasService(db, ledger, theatres, actors)
  const movements = new MovementsService(db, ledger, theatres, actors, acknowledgements, footprints, conflicts, controlAreas)
  const activities = new ActivitiesService(db, ledger, theatres, actors, footprints, conflicts)
  const zones = new ZonesService(db, ledger, theatres, actors, footprints, conflicts)
  const agreements = new AgreementsService(db, ledger, theatres, actors, zones)
  const incidents = new IncidentsService(db, ledger, theatres, actors, { zones, sites, movements, acknowledgements })
  const stream = new StreamService(ledger)
  const webhooks = new WebhooksService(db, ledger, actors)
  const liaison = new LiaisonService(db, ledger, theatres, actors)
  const compliance = new ComplianceService(incidents, acknowledgements, actors, agreements, zones)
  const reports = new ReportsService(theatres, actors, incidents, compliance, acknowledgements, movements, conflicts, ledger)
  const publicFeed = new PublicFeedService(authz, incidents, agreements, zones, actors, compliance)
  return {
    db, ledger, accounts, theatres, actors, tokens, authz, footprints, conflicts, acknowledgements, sites, movements, activities, stream, webhooks,
    agreements, zones, controlAreas, liaison, incidents, compliance, reports, publicFeed,
  }
}

export type Services = ReturnType<typeof createServices>

export interface AppContext {
  config: Config
  services: Services
  version: string
}
