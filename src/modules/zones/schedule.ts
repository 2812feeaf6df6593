import type { FieldError } from '../../http/problem.ts'
import { validityErrors } from '../../http/window.ts'
import type { Window } from '../footprints/service.ts'

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Day = (typeof DAYS)[number]

/** A recurring window in the theatre's local time, e.g. a daily 10:00–13:00 pause; `days` absent means every day. */
export interface ScheduleWindow {
  days?: Day[]
  start: string
  end: string
}

export interface Schedule {
  validFrom: string
  validTo?: string | null
  windows?: ScheduleWindow[]
}

/**
 * Windows are expanded at most this many days past the later of validFrom and the time of the write, so an open
 * validity (or a very long one) still gives a finite set of instants.
 */
export const HORIZON_DAYS = 366

export const DAY_MS = 86_400_000

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/** What the JSON schema cannot check: windows that end after they start, a validity that ends after it starts. */
export function scheduleErrors(s: Schedule, path: string): FieldError[] {
  const errors = validityErrors(s, path)
  s.windows?.forEach((w, i) => {
    if (minutesOf(w.end) <= minutesOf(w.start)) errors.push({ path: `${path}/windows/${i}/end`, message: `must be after start (${w.start})` })
  })
  return errors
}

const clocks = new Map<string, Intl.DateTimeFormat>()
function clock(timeZone: string): Intl.DateTimeFormat {
  let f = clocks.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    clocks.set(timeZone, f)
  }
  return f
}

/** The wall clock in `timeZone` at an instant, as if it were UTC (so date arithmetic on it is calendar arithmetic). */
export function wallClock(timeZone: string, ms: number): number {
  const p = Object.fromEntries(clock(timeZone).formatToParts(new Date(ms)).map((x) => [x.type, Number(x.value)]))
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
}

const offsetAt = (timeZone: string, ms: number) => wallClock(timeZone, ms) - (ms - (ms % 1000))

/**
 * The instant a local date and time name in `timeZone`. Around a DST change a wall-clock time may not exist (the
 * clocks jump past it: take the time they jump to) or exist twice (the clocks go back: take the first).
 */
export function instantOf(timeZone: string, localDay: number, minutes: number): number {
  const wall = localDay + minutes * 60_000
  const before = offsetAt(timeZone, wall - DAY_MS)
  const after = offsetAt(timeZone, wall + DAY_MS)
  const exact = [wall - before, wall - after].filter((t) => offsetAt(timeZone, t) === wall - t)
  return exact.length ? Math.min(...exact) : wall - before
}

function merge(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = []
  for (const r of ranges.sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1)
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else out.push([...r])
  }
  return out
}

const iso = (ms: number) => new Date(ms).toISOString()

/**
 * A schedule as the instants it covers. Without windows: the whole validity (open-ended when validTo is null). With
 * windows: each day's occurrences, computed in the theatre's timezone for that day (so DST moves them in UTC),
 * clipped to the validity and to HORIZON_DAYS past the later of validFrom and `now`; overlapping ones merged.
 */
export function expandSchedule(s: Schedule, timeZone: string, now: Date): Window[] {
  const from = Date.parse(s.validFrom)
  const to = s.validTo == null ? null : Date.parse(s.validTo)
  if (!s.windows?.length) return [[iso(from), to === null ? null : iso(to)]]
  const horizon = Math.max(from, now.getTime()) + HORIZON_DAYS * DAY_MS
  const until = to === null ? horizon : Math.min(to, horizon)
  const firstWall = wallClock(timeZone, from)
  const ranges: [number, number][] = []
  // `day` is a local date's midnight written as if in UTC: stepping it by 24 h walks the calendar whatever DST does.
  for (let day = firstWall - (firstWall % DAY_MS); ; day += DAY_MS) {
    if (instantOf(timeZone, day, 0) >= until) break
    const weekday = DAYS[(new Date(day).getUTCDay() + 6) % 7]
    for (const w of s.windows) {
      if (w.days && !w.days.includes(weekday)) continue
      const start = Math.max(from, instantOf(timeZone, day, minutesOf(w.start)))
      const end = Math.min(until, instantOf(timeZone, day, minutesOf(w.end)))
      if (end > start) ranges.push([start, end])
    }
  }
  return merge(ranges).map(([a, b]) => [iso(a), iso(b)])
}
