import { LRUCache } from 'lru-cache'

/**
 * A short-lived read-through cache for what nearly every request looks up (credentials, theatres, memberships).
 * The owning service deletes entries when it changes them, so this process never serves its own stale data; other
 * processes on the same PostgreSQL see a change within `ttlMs`.
 */
export class ReadCache<V extends {}> {
  private readonly lru: LRUCache<string, V>
  /** Loads in flight: requests that miss the same key together share one query. */
  private readonly loading = new Map<string, Promise<V | undefined>>()

  constructor(ttlMs = 5_000, max = 10_000) {
    this.lru = new LRUCache<string, V>({ max, ttl: ttlMs })
  }

  async get(key: string, load: () => Promise<V | undefined>): Promise<V | undefined> {
    const hit = this.lru.get(key)
    if (hit !== undefined) return hit
    let pending = this.loading.get(key)
    if (!pending) {
      pending = load().then((value) => {
        if (value !== undefined && this.loading.get(key) === pending) this.lru.set(key, value)
        return value
      })
      this.loading.set(key, pending)
      void pending.finally(() => this.loading.delete(key)).catch(() => {})
    }
    return pending
  }

  delete(key: string) {
    this.lru.delete(key)
    this.loading.delete(key) // a load begun before the change must not cache what it read
  }

  /** Drops every entry whose key starts with `prefix` (e.g. all of one user's memberships). */
  deletePrefix(prefix: string) {
    for (const k of [...this.lru.keys(), ...this.loading.keys()]) if (k.startsWith(prefix)) this.delete(k)
  }

  clear() {
    this.lru.clear()
    this.loading.clear()
  }
}
