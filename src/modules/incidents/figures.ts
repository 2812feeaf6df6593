import type { Queryable } from '../../db/engine.ts'

/** What compliance figures may be broken down by. */
export const DIMENSIONS = ['day', 'week', 'month', 'party', 'agreement', 'zone', 'category', 'status'] as const
export type Dimension = (typeof DIMENSIONS)[number]

export interface FigureRow {
  period: string | null
  party_id: string | null
  agreement_id: string | null
  agreement_title: string | null
  zone_id: string | null
  zone_name: string | null
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
  day: { start: `date_trunc('day', i.occurred_at AT TIME ZONE $4)`, name: `to_char(g.period, 'YYYY-MM-DD')` },
  week: { start: `date_trunc('week', i.occurred_at AT TIME ZONE $4)`, name: `to_char(g.period, 'YYYY-MM-DD')` },
  month: { start: `date_trunc('month', i.occurred_at AT TIME ZONE $4)`, name: `to_char(g.period, 'YYYY-MM')` },
}

/** Each incident's casualty figures (null when not reported), e.g. killed.children.min. */
const CASUALTIES = {
  killed_min: `(i.killed #>> '{min}')::int`,
  killed_max: `(i.killed #>> '{max}')::int`,
  children_killed_min: `(i.killed #>> '{children,min}')::int`,
  children_killed_max: `(i.killed #>> '{children,max}')::int`,
  injured_min: `(i.injured #>> '{min}')::int`,
  injured_max: `(i.injured #>> '{max}')::int`,
}

/**
 * Incident counts and casualty ranges over [from, to) (by when they occurred), grouped by the dimensions asked. By zone
 * or agreement, an incident counts once in each zone in force where it happened (its attribution), and under null
 * when it was in none. Merged reports are not counted apart: their survivor is.
 *
 * In two steps, for speed (docs/PERFORMANCE.md, "Incidents"): each incident, one row per zone of its attribution
 * (unnested in the select list, which PostgreSQL may hand to parallel workers and does not take for a 100-row join),
 * is first grouped by what is cheap to compare (the period's start, the party, the zone as stored, …); the period is
 * then named and the zone's fields read once per group, and the groups that share them added up. An attribution names
 * each zone once, so an incident is one row of its group; except by agreement without zone, where one in two zones of
 * an agreement counts once (its id is kept to count it distinctly), though its casualties add up twice.
 */
export async function counts(
  q: Queryable,
  theatreId: string,
  f: { from: string; to: string; timezone: string; by: Dimension[]; audience: string[] | null; statuses?: string[] },
): Promise<FigureRow[]> {
  const period = f.by.find((d): d is 'day' | 'week' | 'month' => d in PERIOD)
  const byZone = f.by.includes('zone') || f.by.includes('agreement')
  const distinct = byZone && !f.by.includes('zone')
  // The first step's keys, each incident's: its id only to count it distinctly; an empty or absent list of zones gives
  // one row without a zone, as a left join would.
  const keys = Object.entries({
    id: distinct ? 'i.id' : null,
    period: period ? PERIOD[period].start : null,
    party_id: f.by.includes('party') ? 'i.alleged_party_id' : null,
    category: f.by.includes('category') ? 'i.category' : null,
    status: f.by.includes('status') ? 'i.status' : null,
    zone: byZone ? `jsonb_array_elements(coalesce(nullif(i.attribution -> 'zones', '[]'), '[null]'))` : null,
  }).filter((k): k is [string, string] => k[1] !== null)
  const cols: Record<keyof Omit<FigureRow, 'incidents' | `${string}_min` | `${string}_max`>, string | null> = {
    period: period ? PERIOD[period].name : null,
    party_id: f.by.includes('party') ? 'g.party_id' : null,
    agreement_id: byZone ? `(g.zone ->> 'agreementId')::uuid` : null,
    agreement_title: byZone ? `g.zone ->> 'agreementTitle'` : null,
    zone_id: f.by.includes('zone') ? `(g.zone ->> 'zoneId')::uuid` : null,
    zone_name: f.by.includes('zone') ? `g.zone ->> 'zoneName'` : null,
    category: f.by.includes('category') ? 'g.category' : null,
    status: f.by.includes('status') ? 'g.status' : null,
  }
  const grouped = Object.values(cols).filter((c): c is string => c !== null)
  const names = keys.map(([k]) => `x.${k}`)
  return q.query<FigureRow>(
    `SELECT ${Object.entries(cols).map(([name, expr]) => `${expr ?? 'NULL'} AS ${name}`).join(', ')},
       ${distinct ? 'count(DISTINCT g.id)' : 'COALESCE(sum(g.n), 0)'}::int AS incidents,
       ${Object.keys(CASUALTIES).map((k) => `COALESCE(sum(g.${k}), 0)::int AS ${k}`).join(', ')}
     FROM (
       SELECT ${[...names, 'count(*) AS n', ...Object.keys(CASUALTIES).map((k) => `sum(x.${k}) AS ${k}`)].join(', ')}
       FROM (
         SELECT ${[...keys.map(([k, e]) => `${e} AS ${k}`), ...Object.entries(CASUALTIES).map(([k, e]) => `${e} AS ${k}`)].join(', ')}
         FROM incidents i
         WHERE i.theatre_id = $1 AND i.occurred_at >= $2::timestamptz AND i.occurred_at < $3::timestamptz
           AND i.status <> 'merged' AND ($5::text[] IS NULL OR i.audience && $5::text[])
           AND ($6::text[] IS NULL OR i.status = ANY($6::text[]))
           AND $4::text IS NOT NULL -- types the time zone parameter when no period uses it
       ) x
       ${names.length ? `GROUP BY ${names.join(', ')}` : ''}
     ) g
     ${grouped.length ? `GROUP BY ${grouped.join(', ')} ORDER BY ${grouped.join(', ')}` : ''}`,
    [theatreId, f.from, f.to, f.timezone, f.audience, f.statuses ?? null],
  )
}
