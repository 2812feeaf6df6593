import type { TheatreAccess } from '../../authz/access.ts'
import { invalidField } from '../../http/problem.ts'
import type { AcknowledgementsService } from '../acknowledgements/service.ts'
import type { ActorsService } from '../actors/service.ts'
import type { AgreementsService } from '../agreements/service.ts'
import type { Dimension, FigureRow } from '../incidents/figures.ts'
import type { IncidentsService } from '../incidents/service.ts'
import type { ZonesService } from '../zones/service.ts'

const PERIODS = ['day', 'week', 'month']
const DAY = 86_400_000

/**
 * The figures monitors turn scepticism into evidence with: incidents per period × party × agreement/zone × category ×
 * status, and each party's conduct in the notification process. Counts only what the reader may see.
 */
export class ComplianceService {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly acknowledgements: AcknowledgementsService,
    private readonly actors: ActorsService,
    private readonly agreements: AgreementsService,
    private readonly zones: ZonesService,
  ) {}

  async figures(access: TheatreAccess, q: { from: string; to: string; by?: string; status?: string }) {
    const by = parseBy(q.by ?? 'week,party')
    if (Date.parse(q.to) <= Date.parse(q.from)) throw invalidField('/query/to', 'must be after from')
    if (Date.parse(q.to) - Date.parse(q.from) > 6 * 366 * DAY) throw invalidField('/query/to', 'the period may be at most six years')
    const [rows, conduct, names] = await Promise.all([
      this.incidents.figures(access, { from: q.from, to: q.to, by, statuses: q.status?.split(',') }),
      this.acknowledgements.conduct(access.theatre.id, q.from, q.to),
      this.partyNames(access),
    ])
    return {
      from: new Date(q.from).toISOString(),
      to: new Date(q.to).toISOString(),
      by,
      incidents: rows.map((r) => present(r, names)),
      conduct: conduct.map(({ partyId, ...c }) => ({ party: { id: partyId, name: names.get(partyId) ?? partyId }, ...c })),
    }
  }

  /**
   * The same counts before, during and after an agreement's period in force (its zones' validity), each period as long
   * as the agreement's, so that a change can be read off them; the period after ends now at the latest.
   */
  async agreementPeriods(access: TheatreAccess, agreementId: string) {
    const agreement = await this.agreements.get(access, agreementId)
    const zones = await this.zones.list(access, { agreementId, limit: 1000 })
    if (zones.length === 0) throw invalidField('/query/agreement', 'has no zones, so no period in force')
    const start = Math.min(...zones.map((z) => Date.parse(z.schedule.validFrom)))
    const end = Math.min(Date.now(), Math.max(...zones.map((z) => (z.schedule.validTo ? Date.parse(z.schedule.validTo) : Date.now()))))
    const length = Math.max(end - start, DAY)
    const names = await this.partyNames(access)
    const period = async (from: number, to: number) => ({
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      incidents: (await this.incidents.figures(access, { from: new Date(from).toISOString(), to: new Date(to).toISOString(), by: ['party', 'category'] })).map(
        (r) => present(r, names),
      ),
    })
    return {
      agreement: { id: agreement.id, name: agreement.name },
      before: await period(start - length, start),
      during: await period(start, start + length),
      after: await period(start + length, Math.max(start + length, Math.min(Date.now(), start + 2 * length))),
    }
  }

  private async partyNames(access: TheatreAccess) {
    const actors = await this.actors.list(access, { kind: 'party', limit: 1000 })
    return new Map(actors.map((a) => [a.id, a.name]))
  }
}

function parseBy(by: string): Dimension[] {
  const dims = [...new Set(by.split(','))] as Dimension[]
  if (dims.filter((d) => PERIODS.includes(d)).length > 1) throw invalidField('/query/by', 'may name only one of day, week, month')
  return dims
}

export type Figure = ReturnType<typeof present>

function present(r: FigureRow, names: Map<string, string>) {
  return {
    period: r.period,
    party: r.party_id ? { id: r.party_id, name: names.get(r.party_id) ?? r.party_id } : null,
    agreement: r.agreement_id ? { id: r.agreement_id, name: r.agreement_title } : null,
    zone: r.zone_id ? { id: r.zone_id, name: r.zone_name } : null,
    category: r.category,
    status: r.status,
    incidents: r.incidents,
    killed: { min: r.killed_min, max: r.killed_max },
    childrenKilled: { min: r.children_killed_min, max: r.children_killed_max },
    injured: { min: r.injured_min, max: r.injured_max },
  }
}
