import { DAY_MS, instantOf, wallClock } from '../zones/schedule.ts'

/** The local date (YYYY-MM-DD) of an instant in `timeZone`. */
export const localDate = (timeZone: string, ms: number): string => new Date(wallClock(timeZone, ms)).toISOString().slice(0, 10)

/**
 * A calendar date YYYY-MM-DD as its midnight written as if in UTC (the form zones/schedule.ts instantOf takes), or
 * undefined when it names no day (2016-02-30): Date.UTC would quietly roll it over into March.
 */
export function localDay(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!m) return undefined
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return new Date(ms).toISOString().slice(0, 10) === date ? ms : undefined
}

/** RFC 3339 date-time with its offset: an instant nobody has to guess the timezone of. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i

export const DUE_FORMAT =
  "a date YYYY-MM-DD (due by the end of that day in the theatre's timezone) or a date-time with its offset (2016-09-14T18:00:00+03:00)"

/**
 * An action item's due date as given, normalised (the date, or the instant in UTC), and the instant it falls due;
 * undefined when it is neither form. A meeting sets actions "by Thursday": a date is due at the end of that local day.
 */
export function parseDue(text: string, timeZone: string): { due: string; dueAt: Date } | undefined {
  const day = localDay(text)
  if (day !== undefined) return { due: text, dueAt: new Date(instantOf(timeZone, day + DAY_MS, 0)) }
  const m = DATE_TIME.exec(text)
  if (!m || localDay(m[1]) === undefined) return undefined
  const dueAt = new Date(Date.parse(text))
  return Number.isNaN(dueAt.getTime()) ? undefined : { due: dueAt.toISOString(), dueAt }
}
