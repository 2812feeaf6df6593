import { once } from 'node:events'
import type { ServerResponse } from 'node:http'
import type { TheatreAccess } from '../../authz/access.ts'
import type { SignedEntry } from '../ledger/chain.ts'
import type { CommittedEntry, LedgerService } from '../ledger/service.ts'

/** Entries read from the database per query while catching up. */
const PAGE = 500
/** Live entries held for a stream busy writing; past this it drops them and reads them from the database instead. */
const MAX_QUEUE = 1000

export interface ConnectionOptions {
  res: ServerResponse
  access: TheatreAccess
  ledger: LedgerService
  /** The caller's access as it is now; throws when they are no longer signed in or no longer a member. */
  recheck: () => Promise<TheatreAccess>
  heartbeatMs: number
  recheckMs: number
  onClose: () => void
  log: { warn(obj: object, msg: string): void }
}

/**
 * One member's live stream of a theatre's ledger: the entries they may see, in seq order, each once.
 *
 * The ledger is the source of truth and the live 'entry' events a shortcut: `last` is the seq up to which every
 * entry of the theatre has been sent (or passed over, not being the member's to see). The next live entry is sent
 * at once; one already covered is dropped; one past a gap (entries written by another process sharing the
 * database, which announces them only there) makes the stream read the gap from the database. So does every
 * heartbeat, which bounds how late another process's entries arrive.
 */
export class Connection {
  private last = 0
  private readonly queue: CommittedEntry[] = []
  private catchUpWanted = false
  /** Held until start() knows where to begin; live entries queue meanwhile. */
  private pumping = true
  private readonly closed = new AbortController()
  private readonly timers: NodeJS.Timeout[] = []

  constructor(private readonly o: ConnectionOptions) {
    o.res.on('close', () => this.close())
  }

  get theatreId() {
    return this.o.access.theatre.id
  }

  /** Sends the headers, then the entries after `after` (none: from now on), then live ones. */
  async start(after: number | undefined, requestId: string) {
    const { res } = this.o
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      // nginx would otherwise buffer the stream and deliver events in bursts
      'x-accel-buffering': 'no',
      'x-request-id': requestId,
    })
    res.write(': connected\n\n')
    try {
      const head = (await this.o.ledger.head(this.theatreId))?.seq ?? 0
      // A resume point past the head (say, a database restored from a backup) would silence the stream for good.
      this.last = Math.min(after ?? head, head)
    } catch (err) {
      return this.close(err)
    }
    if (this.closed.signal.aborted) return // the client left while the head was read
    this.pumping = false
    this.nudge()
    this.timers.push(
      setInterval(() => {
        res.write(': heartbeat\n\n')
        this.nudge()
      }, this.o.heartbeatMs),
      setInterval(() => void this.checkAccess(), this.o.recheckMs),
    )
  }

  /** Reads what is new from the database: at connect, at each heartbeat, and when another process committed. */
  nudge() {
    this.catchUpWanted = true
    void this.pump()
  }

  /** A committed entry of the theatre, announced by this process. */
  onEntry(c: CommittedEntry) {
    if (this.queue.length >= MAX_QUEUE) {
      this.queue.length = 0
      this.catchUpWanted = true
    } else this.queue.push(c)
    void this.pump()
  }

  private async pump() {
    if (this.pumping || this.closed.signal.aborted) return
    this.pumping = true
    try {
      while (!this.closed.signal.aborted && (this.catchUpWanted || this.queue.length)) {
        if (this.catchUpWanted) {
          this.catchUpWanted = false
          await this.catchUp()
          continue
        }
        const { entry, audience } = this.queue.shift()!
        if (entry.seq <= this.last) continue
        if (entry.seq > this.last + 1) {
          this.catchUpWanted = true // the entry is committed, so the read covers it too
          continue
        }
        this.last = entry.seq
        if (this.o.access.canSee(audience)) await this.send(entry)
      }
    } catch (err) {
      this.close(err)
    } finally {
      this.pumping = false
    }
  }

  /** Sends what the member may see of the entries after `last`, up to the chain's head. */
  private async catchUp() {
    const head = (await this.o.ledger.head(this.theatreId))?.seq ?? 0
    while (this.last < head) {
      const rows = await this.o.ledger.list(this.theatreId, { after: this.last, limit: PAGE, audience: this.o.access.audience() })
      for (const { entry } of rows) {
        if (entry.seq > head) break
        await this.send(entry)
      }
      const end = rows.at(-1)?.entry.seq
      this.last = rows.length === PAGE && end !== undefined && end < head ? end : head
    }
  }

  private async send(entry: SignedEntry) {
    this.closed.signal.throwIfAborted() // ends a catch-up whose client has left
    // JSON.stringify escapes newlines, so the entry stays on its one data line.
    if (!this.o.res.write(`id: ${entry.seq}\nevent: ${entry.action}\ndata: ${JSON.stringify(entry)}\n\n`)) {
      await once(this.o.res, 'drain', { signal: this.closed.signal })
    }
  }

  /** Access was decided at connect; a member who has left, signed out or lost their token is cut off here. */
  private async checkAccess() {
    try {
      this.o.access = await this.o.recheck()
    } catch {
      this.close()
    }
  }

  close(err?: unknown) {
    if (this.closed.signal.aborted) return
    this.closed.abort()
    for (const t of this.timers) clearInterval(t)
    this.o.onClose()
    this.o.res.end()
    if (err && (err as Error).name !== 'AbortError') this.o.log.warn({ err }, 'live stream ended by an error')
  }
}
