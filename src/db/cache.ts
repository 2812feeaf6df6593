import { LRUCache } from 'lru-cache'

/**
 * A short-lived read-through cache for what nearly every request looks up (credentials, theatres, memberships).
 * The owning service deletes entries when it changes them, so this process never serves its own stale data; other
 * processes on the same PostgreSQL see a change within `ttlMs`.
 */
export class ReadCache<V extends {}> {
  private readonly lru: LRUCache<string, V>

  constructor(ttlMs = 5_000, max = 10_000) {
    this.lru = new LRUCache<string, V>({ max, ttl: ttlMs })
  }

  async get(key: string, load: () => Promise<V | undefined>): Promise<V | undefined> {
    const hit = this.lru.get(key)
    if (hit !== undefined) return hit
    const value = await load()
    if (value !== undefined) this.lru.set(key, value)
    return value
  }

  delete(key: string) {
    this.lru.delete(key)
  }

  /** Drops every entry whose key starts with `prefix` (e.g. all of one user's memberships). */
  deletePrefix(prefix: string) {
    for (const k of this.lru.keys()) if (k.startsWith(prefix)) this.lru.delete(k)
  }

  clear() {
    this.lru.clear()
  }
}
