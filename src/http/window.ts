import type { FieldError } from './problem.ts'

/** The field error of a period whose end does not come after its start (the schema has checked the formats). */
function endAfterStart(start: string, end: string | null | undefined, endPath: string, startName: string): FieldError[] {
  if (end != null && Date.parse(end) <= Date.parse(start)) return [{ path: endPath, message: `must be after ${startName} (${start})` }]
  return []
}

/** A time window `{start, end}` (movements, activities). */
export const windowErrors = (w: { start: string; end: string | null }, path: string) => endAfterStart(w.start, w.end, `${path}/end`, 'start')

/** A validity period `{validFrom, validTo}` (zones, control areas); validTo null or absent is open. */
export const validityErrors = (v: { validFrom: string; validTo?: string | null }, path: string) =>
  endAfterStart(v.validFrom, v.validTo, `${path}/validTo`, 'validFrom')
