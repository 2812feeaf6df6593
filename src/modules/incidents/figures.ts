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

// Periods are days, weeks (ISO, from Monday) and months of the theatre's own calendar, not UTC's.
const PERIOD: Record<'day' | 'week' | 'month', string> = {
  day: `to_char(i.occurred_at AT TIME ZONE $4, 'YYYY-MM-DD')`,
  week: `to_char(date_trunc('week', i.occurred_at AT TIME ZONE $4), 'YYYY-MM-DD')`,
  month: `to_char(i.occurred_at AT TIME ZONE $4, 'YYYY-MM')`,
}

const casualty = (col: string, path: string) => `COALESCE(sum((i.${col} #>> '{${path}}')::int), 0)::int`

/**
 * Incident counts and casualty ranges over [from, to) (by when they occurred), grouped by the dimensions asked. By zone
 * or agreement, an incident counts once in each zone in force where it happened (its attribution), and under null
 * when it was in none. Merged reports are not counted apart: their survivor is.
 */
export async function counts(
  q: Queryable,
  theatreId: string,
  f: { from: string; to: string; timezone: string; by: Dimension[]; audience: string[] | null; statuses?: string[] },
): Promise<FigureRow[]> {
  const period = f.by.find((d): d is 'day' | 'week' | 'month' => d in PERIOD)
  const byZone = f.by.includes('zone') || f.by.includes('agreement')
  const cols: Record<keyof Omit<FigureRow, 'incidents' | `${string}_min` | `${string}_max`>, string | null> = {
    period: period ? PERIOD[period] : null,
    party_id: f.by.includes('party') ? 'i.alleged_party_id' : null,
    agreement_id: byZone ? `(z.v ->> 'agreementId')::uuid` : null,
    agreement_title: byZone ? `z.v ->> 'agreementTitle'` : null,
    zone_id: f.by.includes('zone') ? `(z.v ->> 'zoneId')::uuid` : null,
    zone_name: f.by.includes('zone') ? `z.v ->> 'zoneName'` : null,
    category: f.by.includes('category') ? 'i.category' : null,
    status: f.by.includes('status') ? 'i.status' : null,
  }
  const grouped = Object.values(cols).filter((c): c is string => c !== null)
  return q.query<FigureRow>(
    `SELECT ${Object.entries(cols).map(([name, expr]) => `${expr ?? 'NULL'} AS ${name}`).join(', ')},
       count(DISTINCT i.id)::int AS incidents,
       ${casualty('killed', 'min')} AS killed_min, ${casualty('killed', 'max')} AS killed_max,
       ${casualty('killed', 'children,min')} AS children_killed_min, ${casualty('killed', 'children,max')} AS children_killed_max,
       ${casualty('injured', 'min')} AS injured_min, ${casualty('injured', 'max')} AS injured_max
     FROM incidents i
     ${byZone ? `LEFT JOIN LATERAL jsonb_array_elements(i.attribution -> 'zones') AS z(v) ON true` : ''}
     WHERE i.theatre_id = $1 AND i.occurred_at >= $2::timestamptz AND i.occurred_at < $3::timestamptz
       AND i.status <> 'merged' AND ($5::text[] IS NULL OR i.audience && $5::text[])
       AND ($6::text[] IS NULL OR i.status = ANY($6::text[]))
       AND $4::text IS NOT NULL -- types the time zone parameter when no period uses it
     ${grouped.length ? `GROUP BY ${grouped.join(', ')} ORDER BY ${grouped.join(', ')}` : ''}`,
    [theatreId, f.from, f.to, f.timezone, f.audience, f.statuses ?? null],
  )
}
