import { tooManyRequests } from '../../http/problem.ts'

/**
 * Counts failed sign-ins per key in fixed windows. In memory: each process limits on its own, which still bounds
 * guessing to (processes × limit) per window.
 */
export class FailureLimiter {
  private readonly counts = new Map<string, { n: number; resetAt: number }>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  check(key: string, what: string, now = Date.now()): void {
    const c = this.counts.get(key)
    if (c && c.resetAt > now && c.n >= this.limit) {
      const retry = Math.ceil((c.resetAt - now) / 1000)
      throw tooManyRequests(`too many failed sign-ins ${what}; try again in ${retry} s`, retry)
    }
  }

  fail(key: string, now = Date.now()): void {
    const c = this.counts.get(key)
    if (!c || c.resetAt <= now) this.counts.set(key, { n: 1, resetAt: now + this.windowMs })
    else c.n++
    if (this.counts.size > 100_000) this.sweep(now)
  }

  reset(key: string): void {
    this.counts.delete(key)
  }

  private sweep(now: number) {
    for (const [k, c] of this.counts) if (c.resetAt <= now) this.counts.delete(k)
  }
}
