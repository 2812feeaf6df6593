/**
 * Runs a request's independent checks at once (on PostgreSQL their statements then share round trips, db/postgres-batch.ts)
 * and answers as if they had run in the order given: the first failing check's error, whichever finished first, so
 * that the same bad request always gets the same answer.
 */
export async function inOrder<T extends readonly unknown[]>(checks: readonly [...{ [K in keyof T]: Promise<T[K]> }]): Promise<T> {
  const settled = await Promise.allSettled(checks)
  const failed = settled.find((s) => s.status === 'rejected')
  if (failed) throw (failed as PromiseRejectedResult).reason
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T
}
