import type { FieldError } from './problem.ts'

/** The field errors of a time window whose end does not come after its start (the schema checked the formats). */
export function windowErrors(w: { start: string; end: string | null }, path: string): FieldError[] {
  if (w.end !== null && new Date(w.end).getTime() <= new Date(w.start).getTime()) {
    return [{ path: `${path}/end`, message: `must be after start (${w.start})` }]
  }
  return []
}
