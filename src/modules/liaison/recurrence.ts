import type { FieldError } from '../../http/problem.ts'
import { DAY_MS, instantOf, wallClock } from '../zones/schedule.ts'
import { localDate, localDay } from './time.ts'

export type Freq = 'daily' | 'weekly'

/** A series: every day or every week from the first meeting, at its wall-clock time, to `until` (a local date, inclusive). */
export interface Recurrence {
  freq: Freq
  until?: string | null
}

const STEP_DAYS: Record<Freq, number> = { daily: 1, weekly: 7 }

/** The longest range occurrences are listed for: a year of daily meetings is 366 of them per series. */
export const MAX_RANGE_DAYS = 366

/** A series cannot end before it starts (the schema has checked that `until` is a date). */
export function untilErrors(at: string, r: Recurrence | null | undefined, timeZone: string, path: string): FieldError[] {
  if (!r?.until) return []
  const first = localDate(timeZone, Date.parse(at))
  return r.until < first ? [{ path, message: `is before the day of the first meeting (${first} in ${timeZone})` }] : []
}

/**
 * The instants a meeting takes place in [from, to): the one-off meeting, or each day's (week's) meeting of a series at
 * the first one's wall-clock time in the theatre's timezone, so that DST moves it in UTC, not on the clock.
 */
export function occurrences(at: Date, r: Recurrence | null, timeZone: string, from: number, to: number): number[] {
  const first = at.getTime()
  if (!r) return first >= from && first < to ? [first] : []
  const wall = wallClock(timeZone, first)
  const day0 = wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS)
  const minutes = (wall - day0) / 60_000
  const step = STEP_DAYS[r.freq] * DAY_MS
  const lastDay = r.until ? localDay(r.until)! : Infinity
  const out: number[] = []
  // Start a step before `from`: a local day and the instants it spans differ by the UTC offset, less than a day.
  for (let k = Math.max(0, Math.floor((from - first) / step) - 1); ; k++) {
    const day = day0 + k * step
    if (day > lastDay) break
    // The first keeps its exact instant (seconds, and the second of an ambiguous hour when the clocks go back).
    const t = k === 0 ? first : instantOf(timeZone, day, minutes)
    if (t >= to) break
    if (t >= from) out.push(t)
  }
  return out
}
