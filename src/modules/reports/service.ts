import type { TheatreAccess } from '../../authz/access.ts'
import { invalidField } from '../../http/problem.ts'
import type { AcknowledgementsService } from '../acknowledgements/service.ts'
import type { ActorsService } from '../actors/service.ts'
import { namer, type ComplianceService } from '../compliance/service.ts'
import type { ConflictsService } from '../conflicts/service.ts'
import type { IncidentsService } from '../incidents/service.ts'
import type { LedgerService } from '../ledger/service.ts'
import { localDay } from '../liaison/time.ts'
import type { MovementsService } from '../movements/service.ts'
import type { TheatresService } from '../theatres/service.ts'
import { DAY_MS, instantOf } from '../zones/schedule.ts'

/**
 * The daily situation report (the OSCE monitoring mission's daily report is the model): what happened on one day of
 * the theatre's calendar, as the reader may see it, ending with the ledger head so the day cannot be rewritten later.
 */
export class ReportsService {
  constructor(
    private readonly theatres: TheatresService,
    private readonly actors: ActorsService,
    private readonly incidents: IncidentsService,
    private readonly compliance: ComplianceService,
    private readonly acknowledgements: AcknowledgementsService,
    private readonly movements: MovementsService,
    private readonly conflicts: ConflictsService,
    private readonly ledger: LedgerService,
  ) {}

  async daily(access: TheatreAccess, date: string) {
    const day = localDay(date)
    if (day === undefined) throw invalidField('/query/date', 'is not a calendar date YYYY-MM-DD')
    const theatre = await this.theatres.of(access)
    const from = new Date(instantOf(theatre.timezone, day, 0)).toISOString()
    const to = new Date(instantOf(theatre.timezone, day + DAY_MS, 0)).toISOString()
    if (Date.parse(from) > Date.now()) throw invalidField('/query/date', 'is in the future')

    const [summary, incidents, conduct, movements, conflicts, head, actors] = await Promise.all([
      this.compliance.figures(access, { from, to, by: 'party,zone' }),
      this.incidents.list(access, { from, to, limit: 500 }),
      this.acknowledgements.conduct(theatre.id, from, to),
      this.movements.list(access, { from, to, limit: 500 }),
      this.conflicts.liveCounts(theatre.id, to),
      this.ledger.headAt(theatre.id, to),
      this.actors.list(access, { limit: 1000 }),
    ])
    const name = new Map(actors.map((a) => [a.id, a.name]))
    const named = namer(summary)
    return {
      theatre: { code: theatre.code, name: theatre.name, timezone: theatre.timezone },
      date,
      from,
      to,
      generatedAt: new Date().toISOString(),
      incidents: {
        total: incidents.filter((i) => i.status !== 'merged').length,
        // By party × zone, named as both renderings print them.
        summary: summary.incidents.map((s) => ({
          party: named(s.partyId) ?? 'unknown / not a party',
          zone: s.zoneId ? `${named(s.zoneId)} (${named(s.agreementId)})` : 'outside any zone in force',
          incidents: s.incidents,
          killed: s.killed,
          childrenKilled: s.childrenKilled,
          injured: s.injured,
        })),
        list: incidents
          .filter((i) => i.status !== 'merged')
          .map((i) => ({
            ref: i.ref,
            occurredAt: i.occurredAt,
            category: i.categoryLabel,
            place: i.placeName ?? i.mgrs,
            alleged: i.allegedPartyId ? (name.get(i.allegedPartyId) ?? i.allegedPartyId) : (i.allegedPerpetratorText ?? 'unknown'),
            status: i.status,
            killed: i.killed,
            injured: i.injured,
            attribution: i.attribution.summary,
          })),
      },
      conduct: conduct.map(({ partyId, ...c }) => ({ party: name.get(partyId) ?? partyId, ...c })),
      movements: {
        byStatus: [...count(movements.map((m) => m.status))].map(([status, n]) => ({ status, count: n })),
        // Completed or blocked on the day: what the humanitarian side needs to read first.
        list: movements
          .filter((m) => m.status === 'completed' || m.status === 'aborted' || m.status === 'notified')
          .map((m) => ({ ref: m.ref, name: m.name, organisation: name.get(m.organisationId) ?? m.organisationId, status: m.status, window: m.window })),
      },
      conflicts: { open: conflicts.reduce((n, c) => n + c.count, 0), bySeverity: conflicts },
      ledgerHead: head ?? null,
    }
  }
}

const count = (values: string[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())

export type DailyReport = Awaited<ReturnType<ReportsService['daily']>>
