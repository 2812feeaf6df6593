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
    const [rows, conduct, parties] = await Promise.all([
      this.incidents.figures(access, { from: q.from, to: q.to, by, statuses: q.status?.split(',') }),
      this.acknowledgements.conduct(access.theatre.id, q.from, q.to),
      this.partyNames(access),
    ])
    const incidents = rows.map(present)
    return {
      from: new Date(q.from).toISOString(),
      to: new Date(q.to).toISOString(),
      by,
      ...(await this.names(access, incidents, parties)),
      incidents,
      conduct: conduct.map(({ partyId, ...c }) => ({ party: { id: partyId, name: parties.get(partyId) ?? partyId }, ...c })),
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
    const period = async (from: number, to: number) => ({
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      incidents: (await this.incidents.figures(access, { from: new Date(from).toISOString(), to: new Date(to).toISOString(), by: ['party', 'category'] })).map(present),
    })
    const before = await period(start - length, start)
    const during = await period(start, start + length)
    const after = await period(start + length, Math.max(start + length, Math.min(Date.now(), start + 2 * length)))
    const { parties } = await this.names(access, [...before.incidents, ...during.incidents, ...after.incidents], await this.partyNames(access))
    return { agreement: { id: agreement.id, name: agreement.name }, parties, before, during, after }
  }

  private async partyNames(access: TheatreAccess) {
    const actors = await this.actors.list(access, { kind: 'party', limit: 1000 })
    return new Map(actors.map((a) => [a.id, a.name]))
  }

  /**
   * The parties, agreements and zones the rows name, each once: a year by week × party × zone repeated the same names
   * in each of its 7,000 rows (3 MB of JSON). Zones and agreements by their names now, withdrawn or not.
   */
  private async names(access: TheatreAccess, rows: Figure[], parties: Map<string, string>) {
    const ids = (key: 'partyId' | 'agreementId' | 'zoneId') => [...new Set(rows.map((r) => r[key]).filter((id): id is string => id !== null))]
    return {
      parties: ids('partyId').map((id) => ({ id, name: parties.get(id) ?? id })),
      ...(await this.zones.names(access, { zones: ids('zoneId'), agreements: ids('agreementId') })),
    }
  }
}

function parseBy(by: string): Dimension[] {
  const dims = [...new Set(by.split(','))] as Dimension[]
  if (dims.filter((d) => PERIODS.includes(d)).length > 1) throw invalidField('/query/by', 'may name only one of day, week, month')
  return dims
}

export type Figures = Awaited<ReturnType<ComplianceService['figures']>>
export type Figure = ReturnType<typeof present>

/** Names the figures' parties, agreements and zones, for the renderers that print them: null stays null. */
export function namer(f: Pick<Figures, 'parties' | 'agreements' | 'zones'>) {
  const names = new Map([...f.parties, ...f.agreements, ...f.zones].map((x) => [x.id, x.name]))
  return (id: string | null) => (id === null ? null : (names.get(id) ?? id))
}

function present(r: FigureRow) {
  return {
    period: r.period,
    partyId: r.party_id,
    agreementId: r.agreement_id,
    zoneId: r.zone_id,
    category: r.category,
    status: r.status,
    incidents: r.incidents,
    killed: { min: r.killed_min, max: r.killed_max },
    childrenKilled: { min: r.children_killed_min, max: r.children_killed_max },
    injured: { min: r.injured_min, max: r.injured_max },
  }
}
