import type { Queryable } from '../../db/engine.ts'
import { nextNumber } from './store.ts'

/** S site, M movement, A activity, I incident, C conflict. */
export type RefLetter = 'S' | 'M' | 'A' | 'I' | 'C'

/**
 * The next people-facing reference, e.g. SY-S-000123, taken inside the caller's transaction so a rolled-back write
 * gives its number back.
 */
export async function nextRef(q: Queryable, theatre: { id: string; code: string }, letter: RefLetter): Promise<string> {
  return `${theatre.code}-${letter}-${String(await nextNumber(q, theatre.id, letter)).padStart(6, '0')}`
}
