import type { Queryable } from '../../db/engine.ts'
import { takeNumbers } from './store.ts'

/** S site, M movement, A activity, I incident, C conflict. */
export type RefLetter = 'S' | 'M' | 'A' | 'I' | 'C'

const format = (code: string, letter: RefLetter, n: number) => `${code}-${letter}-${String(n).padStart(6, '0')}`

/**
 * The next `count` people-facing references, e.g. SY-S-000123, taken inside the caller's transaction so a rolled-back
 * write gives its numbers back.
 */
export async function nextRefs(q: Queryable, theatre: { id: string; code: string }, letter: RefLetter, count: number): Promise<string[]> {
  const last = await takeNumbers(q, theatre.id, letter, count)
  return Array.from({ length: count }, (_, i) => format(theatre.code, letter, last - count + 1 + i))
}

export async function nextRef(q: Queryable, theatre: { id: string; code: string }, letter: RefLetter): Promise<string> {
  return (await nextRefs(q, theatre, letter, 1))[0]
}
