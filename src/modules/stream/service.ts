import type { ServerResponse } from 'node:http'
import type { TheatreAccess } from '../../authz/access.ts'
import type { LedgerService } from '../ledger/service.ts'
import { Connection } from './connection.ts'

/** The live streams of this process: one ledger listener hands each entry to the streams of its theatre. */
export class StreamService {
  /** More open streams than this answer 503: each holds a socket and some memory. */
  maxStreams = 1000
  heartbeatMs = 15_000
  /** How often a stream checks that its caller is still signed in and a member. */
  recheckMs = 60_000
  private readonly byTheatre = new Map<string, Set<Connection>>()
  private count = 0

  constructor(private readonly ledger: LedgerService) {
    ledger.events.on('entry', (c) => {
      for (const s of this.byTheatre.get(c.entry.theatre) ?? []) s.onEntry(c)
    })
  }

  /**
   * Entries other processes on the same database commit reach this one's streams at once, rather than at the next
   * heartbeat's catch-up; resolves to the function that stops.
   */
  followOtherProcesses(): Promise<() => Promise<void>> {
    return this.ledger.elsewhere((theatreId) => {
      for (const s of this.byTheatre.get(theatreId) ?? []) s.nudge()
    })
  }

  get open(): number {
    return this.count
  }

  get full(): boolean {
    return this.count >= this.maxStreams
  }

  /** Streams the theatre's ledger to `res`, whose request Fastify has handed over (hijacked). */
  start(
    res: ServerResponse,
    o: { access: TheatreAccess; after: number | undefined; requestId: string; recheck: () => Promise<TheatreAccess>; log: { warn(obj: object, msg: string): void } },
  ) {
    const theatreId = o.access.theatre.id
    const conn = new Connection({
      res,
      access: o.access,
      ledger: this.ledger,
      recheck: o.recheck,
      heartbeatMs: this.heartbeatMs,
      recheckMs: this.recheckMs,
      log: o.log,
      onClose: () => {
        this.count--
        const set = this.byTheatre.get(theatreId)!
        set.delete(conn)
        if (!set.size) this.byTheatre.delete(theatreId)
      },
    })
    this.count++
    // Listening before reading the database: an entry committed meanwhile is queued, not lost.
    const set = this.byTheatre.get(theatreId) ?? new Set()
    this.byTheatre.set(theatreId, set.add(conn))
    void conn.start(o.after, o.requestId)
  }

  /** Ends every stream, so that the server can close (Fastify waits for open responses). */
  closeAll() {
    for (const set of [...this.byTheatre.values()]) for (const conn of [...set]) conn.close()
  }
}
