import type { AuthzService } from '../../authz/service.ts'
import type { ActorsService } from '../actors/service.ts'
import type { AgreementsService } from '../agreements/service.ts'
import type { ComplianceService } from '../compliance/service.ts'
import type { Incident } from '../incidents/record.ts'
import type { IncidentsService } from '../incidents/service.ts'
import type { ZonesService } from '../zones/service.ts'

const YEAR = 365 * 86_400_000

/**
 * What a theatre publishes, for anyone: verified incidents its coordinator published, its agreements and zones, and
 * the figures over published incidents. Every read goes through the public's own access, so nothing else can leak.
 */
export class PublicFeedService {
  constructor(
    private readonly authz: AuthzService,
    private readonly incidents: IncidentsService,
    private readonly agreements: AgreementsService,
    private readonly zones: ZonesService,
    private readonly actors: ActorsService,
    private readonly compliance: ComplianceService,
  ) {}

  async summary(key: string, q: { from?: string; to?: string }) {
    const { published, theatreWide, theatre } = await this.authz.forPublic(key)
    const to = q.to ?? new Date().toISOString()
    const from = q.from ?? new Date(Date.parse(to) - YEAR).toISOString()
    const [agreements, zones, figures] = await Promise.all([
      this.agreements.list(theatreWide, { limit: 500 }),
      this.zones.list(theatreWide, { limit: 1000 }),
      this.compliance.figures(published, { from, to, by: 'month,party,category' }),
    ])
    return {
      theatre: { code: theatre.code, name: theatre.name, timezone: theatre.timezone, bbox: theatre.bbox },
      agreements: agreements.map((a) => ({ id: a.id, name: a.name, kind: a.kind, status: a.status, statusChangedAt: a.statusChangedAt, version: a.versions, text: a.text })),
      zones: {
        type: 'FeatureCollection' as const,
        features: zones
          .filter((z) => !z.withdrawnAt)
          .map((z) => ({ type: 'Feature' as const, geometry: z.geometry, properties: { id: z.id, name: z.name, kind: z.kind, agreementId: z.agreementId, inForce: z.inForce, schedule: z.schedule } })),
      },
      figures: { from: figures.from, to: figures.to, by: figures.by, parties: figures.parties, agreements: figures.agreements, zones: figures.zones, incidents: figures.incidents },
    }
  }

  /** Every published incident, in the shape the GeoJSON and CSV share: no reporter, no internal workflow, no audience. */
  async incidentsOf(key: string) {
    const { published } = await this.authz.forPublic(key)
    const names = new Map((await this.actors.list(published, { kind: 'party', limit: 1000 })).map((a) => [a.id, a.name]))
    const all: Incident[] = []
    for (let after: string | undefined; ; ) {
      const page = await this.incidents.list(published, { after, limit: 501 })
      all.push(...page.slice(0, 500))
      if (page.length <= 500) break
      after = page[499].id
    }
    return all.map((i) => feedItem(i, names))
  }
}

function feedItem(i: Incident, names: Map<string, string>) {
  return {
    ref: i.ref,
    occurredAt: i.occurredAt,
    occurredUntil: i.occurredUntil,
    occurredPrecision: i.occurredPrecision,
    location: i.location,
    locationPrecision: i.locationPrecision,
    placeName: i.placeName,
    category: i.category,
    eventType: i.eventType,
    categoryLabel: i.categoryLabel,
    alleged: i.allegedPartyId ? (names.get(i.allegedPartyId) ?? null) : i.allegedPerpetratorText,
    killed: i.killed,
    injured: i.injured,
    description: i.description,
    sources: i.sources.map((s) => ({ kind: s.kind, title: s.title, url: s.url, publisher: s.publisher, date: s.date })),
    attribution: i.attribution.summary,
    publishedAt: i.publishedAt,
  }
}

export type FeedItem = ReturnType<typeof feedItem>
