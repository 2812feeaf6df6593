import type { Db } from '../../db/engine.ts'

/** What compliance figures may be broken down by. */
export const DIMENSIONS = ['day', 'week', 'month', 'party', 'agreement', 'zone', 'category', 'status'] as const
export type Dimension = (typeof DIMENSIONS)[number]

/** One cell of the breakdown; a dimension not asked for is null. Parties, agreements and zones by id. */
export interface FigureRow {
  period: string | null
  party_id: string | null
  agreement_id: string | null
  zone_id: string | null
  category: string | null
  status: string | null
  incidents: number
  killed_min: number
  killed_max: number
  children_killed_min: number
  children_killed_max: number
  injured_min: number
  injured_max: number
}

// Periods are days, weeks (ISO, from Monday) and months of the theatre's own calendar, not UTC's: each incident's
// time in the theatre's timezone truncated to the period's start, named by its date (a week by its Monday) or month.
const PERIOD: Record<'day' | 'week' | 'month', { start: string; name: string }> = {
  day: { start: `date_trunc('day', f.occurred_at AT TIME ZONE $4)`, name: 'YYYY-MM-DD' },
  week: { start: `date_trunc('week', f.occurred_at AT TIME ZONE $4)`, name: 'YYYY-MM-DD' },
  month: { start: `date_trunc('month', f.occurred_at AT TIME ZONE $4)`, name: 'YYYY-MM' },
}

const CASUALTIES = ['killed_min', 'killed_max', 'children_killed_min', 'children_killed_max', 'injured_min', 'injured_max']

export interface Filter {
  from: string
  to: string
  timezone: string
  by: Dimension[]
  audience: string[] | null
  statuses?: string[]
}

/** The work memory `counts` sets for its transaction (benchmarks explain the query with it). */
export const SET_WORK_MEM = `SET LOCAL work_mem = '32MB'`

/**
 * Incident counts and casualty ranges over [from, to) (by when they occurred), grouped by the dimensions asked. By zone
 * or agreement, an incident counts once in each zone in force where it happened (its attribution), and under null
 * when it was in none. Merged reports are not counted apart: their survivor is.
 *
 * Read from `incident_figures` (migrations 0014, 0015), one narrow row per incident and zone, which triggers keep as
 * incidents are written: parsing each incident's attribution on every request cost 440 ms a year (docs/PERFORMANCE.md,
 * "Incidents"). Grouped by ids and the period's start only, which are cheap to hash and sort; the period is named
 * after grouping. By agreement without zone, an incident in two zones of one agreement counts once, though its
 * casualties add up twice.
 */
export async function counts(db: Pick<Db, 'tx'>, theatreId: string, f: Filter): Promise<FigureRow[]> {
  const { sql, params } = countsQuery(theatreId, f)
  // A year is some 73,000 rows into 7,000 groups. Planned without its values (PostgreSQL's generic plan) they were
  // estimated at 26 rows, and with the default 4 MB of work memory, sorted on disk rather than hashed: 330 ms instead
  // of about 100 (docs/PERFORMANCE.md, "Incidents").
  return db.tx(async (q) => {
    await q.query(SET_WORK_MEM)
    return q.query<FigureRow>(sql, params, { planEachRun: true })
  })
}

/** The statement `counts` runs (benchmarks explain it). */
export function countsQuery(theatreId: string, f: Filter): { sql: string; params: unknown[] } {
  const period = f.by.find((d): d is 'day' | 'week' | 'month' => d in PERIOD)
  const byZone = f.by.includes('zone') || f.by.includes('agreement')
  const keys: Record<keyof Omit<FigureRow, 'incidents' | `${string}_min` | `${string}_max`>, string | null> = {
    period: period ? PERIOD[period].start : null,
    party_id: f.by.includes('party') ? 'f.alleged_party_id' : null,
    agreement_id: byZone ? 'f.agreement_id' : null,
    zone_id: f.by.includes('zone') ? 'f.zone_id' : null,
    category: f.by.includes('category') ? 'f.category' : null,
    status: f.by.includes('status') ? 'f.status' : null,
  }
  const grouped = Object.values(keys).filter((k): k is string => k !== null)
  const columns = Object.entries(keys).map(([name, expr]) =>
    expr === null ? `NULL AS ${name}` : name === 'period' ? `to_char(${expr}, '${PERIOD[period!].name}') AS period` : `${expr} AS ${name}`,
  )
  const sql = `SELECT ${columns.join(', ')},
       ${byZone && !f.by.includes('zone') ? 'count(DISTINCT f.incident_id)' : 'count(*)'}::int AS incidents,
       ${CASUALTIES.map((k) => `COALESCE(sum(f.${k}), 0)::int AS ${k}`).join(', ')}
     FROM incident_figures f
     WHERE f.theatre_id = $1 AND f.occurred_at >= $2::timestamptz AND f.occurred_at < $3::timestamptz
       ${byZone ? '' : 'AND f.zone_seq = 0'}
       AND ($5::text[] IS NULL OR f.audience && $5::text[]) AND ($6::text[] IS NULL OR f.status = ANY($6::text[]))
       AND $4::text IS NOT NULL -- types the time zone parameter when no period uses it
     ${grouped.length ? `GROUP BY ${grouped.join(', ')} ORDER BY ${grouped.join(', ')}` : ''}`
  return { sql, params: [theatreId, f.from, f.to, f.timezone, f.audience, f.statuses ?? null] }
}
