import { promisify } from 'node:util'
import zlib from 'node:zlib'

const gzip = promisify(zlib.gzip)

/**
 * The last few answers of `sites.geojson`, gzipped, each under the ledger head it was built at. Every change to a site
 * is a ledger entry in the same transaction, so an answer stays right until the head moves; until then every member
 * who shares an audience gets the same bytes. Building one for 50,000 sites takes the database over a second and
 * gzip another 200 ms (docs/PERFORMANCE.md, "The map in a browser"), and the map asks again on each change it hears
 * of. A process caches what it built itself; several processes on one database each keep their own.
 */
export class SitesMapCache {
  private readonly answers = new Map<string, Promise<Buffer>>()

  constructor(private readonly size = 8) {}

  /** The gzipped answer for `key` (theatre, audience, filter and ledger head): cached, or built by `build` once. */
  get(key: string, build: () => Promise<string>): Promise<Buffer> {
    const cached = this.answers.get(key)
    // Fastest level: 18 MB in ~150 ms, to about a seventh of its size.
    const answer = cached ?? build().then((text) => gzip(text, { level: 1 }))
    if (!cached) answer.catch(() => this.answers.get(key) === answer && this.answers.delete(key))
    // Most recently used last: the first in the map is the one to drop.
    this.answers.delete(key)
    this.answers.set(key, answer)
    if (this.answers.size > this.size) this.answers.delete(this.answers.keys().next().value!)
    return answer
  }
}
