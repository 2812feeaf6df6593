/**
 * The last few answers the map asks for (sites.geojson, the sites' tile sets), each under the ledger's last entry
 * about a site when it was built. Every change to a site is such an entry in the same transaction, so an answer stays
 * right until the next one; until then every member who shares an audience gets the same one. Building one for 50,000
 * sites takes about a second (docs/PERFORMANCE.md, "The map in a browser"), and every open map asks again on each
 * change to a site it hears of. A process caches what it built itself; several processes on one database each keep
 * their own.
 */
export class SitesMapCache<T> {
  private readonly answers = new Map<string, Promise<T>>()

  constructor(private readonly size = 8) {}

  /** The answer for `key` (theatre, audience, what was asked, last site entry): cached, or built by `build` once. */
  get(key: string, build: () => Promise<T>): Promise<T> {
    const cached = this.answers.get(key)
    const answer = cached ?? build()
    if (!cached) answer.catch(() => this.answers.get(key) === answer && this.answers.delete(key))
    // Most recently used last: the first in the map is the one to drop.
    this.answers.delete(key)
    this.answers.set(key, answer)
    if (this.answers.size > this.size) this.answers.delete(this.answers.keys().next().value!)
    return answer
  }
}
