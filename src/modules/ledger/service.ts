import crypto from 'node:crypto'
import { EventEmitter } from 'node:events'
import type { Db, Queryable } from '../../db/engine.ts'
import { isUniqueViolation } from '../../http/problem.ts'
import { GENESIS_HASH, canonicalJson, entryHash, type LedgerEntry, type SignedEntry } from './chain.ts'
import { ChainQueue } from './queue.ts'
import type { Signer } from './signer.ts'
import * as store from './store.ts'

/** The NOTIFY channel on which each process announces the chains its commits moved. */
const ANNOUNCEMENTS = 'truce_ledger'
const ANNOUNCE_EVERY_MS = 50

/** Instance-level changes (users) form their own chain under the nil UUID. */
export const INSTANCE_CHAIN = '00000000-0000-0000-0000-000000000000'

export interface AppendInput {
  theatre: string
  actor?: string | null
  user?: string | null
  action: string
  subject: { kind: string; id: string | null; ref?: string }
  /** The records of the subject's kind that one entry covers, when it covers several (then `subject.id` is null). */
  subjectIds?: string[]
  version?: number | null
  payload: unknown
  /** Who besides coordinators may read the entry (see authz/audience.ts). */
  audience: string[]
}

export interface CommittedEntry {
  entry: SignedEntry
  audience: string[]
}

/** A write in progress: its SQL runs on `q`, and each change it makes is appended to the ledger in the same transaction. */
export interface Tx {
  q: Queryable
  /**
   * Records a change. The entry is chained when the write's own work is done, just before its commit: the chain's head
   * is held only from then on, so writes to one theatre wait for each other's commits, not for each other's work (an
   * activity's conflict check over a city, say).
   */
  append(input: AppendInput): Promise<void>
  /**
   * Records a change and chains it at once, with every change recorded before it: for a write that keeps its own
   * entry's seq (an acknowledgement's receipt). The chain's head is held from then until the commit.
   */
  appendNow(input: AppendInput): Promise<SignedEntry>
}

/** The chain's head moved under a write that assumed it had not: the write runs again (see transact). */
class StaleHead extends Error {}

export function toSigned(row: store.EntryRow): SignedEntry {
  return { ...(JSON.parse(row.body) as LedgerEntry), prevHash: row.prev_hash, hash: row.hash, signature: row.signature, keyId: row.key_id }
}

/** Runs inside the appending transaction with all its entries: what must be written atomically with them (webhook outbox rows). */
export type AppendHook = (q: Queryable, entries: CommittedEntry[]) => Promise<void>

export class LedgerService {
  /** Emits 'entry' with a CommittedEntry after each commit: the live stream listens here. */
  readonly events = new EventEmitter()
  private readonly hooks: AppendHook[] = []
  private readonly queue = new ChainQueue()
  /** This process, in the announcements of its commits to the others sharing the database (see elsewhere). */
  private readonly sender = crypto.randomUUID()
  private readonly unannounced = new Set<string>()
  private announcing: ReturnType<typeof setTimeout> | undefined
  /** Each chain's head as this process last wrote it, committed or still committing (see transact). */
  private readonly known = new Map<string, { seq: number; hash: string }>()

  constructor(
    private readonly db: Db,
    private readonly signer: Signer,
  ) {
    this.events.setMaxListeners(0)
  }

  /**
   * Runs a write: every module's changes go through here, so none can commit without its ledger entries. Once `fn`
   * has done its work, the entries it appended lock their chain's head (held until commit, as any row lock is), are
   * chained and signed in the order appended, and are written together just before commit, so a write that records
   * many changes (a conflict check that finds hundreds) costs two statements of ledger, not two per entry; an entry
   * appended with appendNow takes the lock at once instead. Before locking its first chain's head, a write
   * queues for it in this process (queue.ts), until its entries are written; a second chain, rarer, it locks directly,
   * so that two writes locking two chains in opposite orders meet in PostgreSQL, which detects the deadlock, rather
   * than here.
   *
   * A chain whose head this process wrote last is not read again: the entries are chained on the head it knows, and
   * written only if the head is still that (store.insertEntries), which saves a statement on every write (a sixth
   * of a write's time on the embedded database). Another process sharing the database may have moved it: then the
   * write is run again from the start, reading the head under its lock. A write that chained on a head whose write
   * is still committing sends its entries at once: the statement waits in PostgreSQL for that commit and then checks
   * the head as committed (store.insertEntries), so one write's commit overlaps the next one's entries.
   */
  async transact<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.attempt(fn, true)
    } catch (e) {
      if (!(e instanceof StaleHead)) throw e
      return this.attempt(fn, false)
    }
  }

  private async attempt<T>(fn: (tx: Tx) => Promise<T>, trustKnown: boolean): Promise<T> {
    const appended: (CommittedEntry & { body: string; subjectIds?: string[] })[] = []
    let leave: (() => void) | undefined
    let queued: string | undefined
    let mine: { seq: number; hash: string } | undefined
    const result = await this.db
      .tx(async (q) => {
        const heads = new Map<string, { seq: number; hash: string }>()
        const from = new Map<string, number>()
        const lock = async (chain: string) => {
          let head: { seq: number; hash: string } | undefined
          if (!leave) {
            leave = await this.queue.enter(chain)
            queued = chain
            head = trustKnown ? this.known.get(chain) : undefined
          }
          head ??= await store.lockHead(q, chain, GENESIS_HASH)
          from.set(chain, head.seq)
          return head
        }
        const chainOne = async (input: AppendInput) => {
          const head = heads.get(input.theatre) ?? (await lock(input.theatre))
          const { entry, body } = this.chain(head, input)
          heads.set(input.theatre, { seq: entry.seq, hash: entry.hash })
          appended.push({ entry, body, audience: input.audience, subjectIds: input.subjectIds })
          return entry
        }
        // Recorded, in order, and chained at the end (or by the next appendNow).
        const pending: AppendInput[] = []
        const chainPending = async () => {
          for (const input of pending.splice(0)) await chainOne(input)
        }
        const out = await fn({
          q,
          append: async (input) => {
            pending.push(input)
          },
          appendNow: async (input) => {
            await chainPending()
            return chainOne(input)
          },
        })
        await chainPending()
        if (appended.length) {
          // The hooks' rows go first: the entries are the transaction's last statement, which carries its COMMIT.
          for (const hook of this.hooks) await hook(q, appended)
          await store.insertEntries(q, appended, heads, from).catch((e) => {
            // Entries chained on a head another process has since moved either find it moved or collide with its own.
            const stale = (e as { code?: string }).code === store.HEAD_MOVED || isUniqueViolation(e, 'ledger_entries_pkey')
            throw stale ? new StaleHead() : e
          })
        }
        // The next write may start from this head now, while this one commits: its entries wait in PostgreSQL for
        // this commit (store.insertEntries), and it runs again, reading the head under its lock, should this one fail.
        if (queued && heads.has(queued)) {
          mine = heads.get(queued)!
          this.known.set(queued, mine)
        }
        leave?.()
        return out
      })
      .catch((e) => {
        if (mine && this.known.get(queued!) === mine) this.known.delete(queued!)
        throw e
      })
      .finally(() => leave?.())
    for (const { entry, audience } of appended) this.events.emit('entry', { entry, audience })
    if (appended.length) this.announce(appended.map((a) => a.entry.theatre))
    return result
  }

  /**
   * Tells the other processes on the database which chains this one's commits moved (NOTIFY, see elsewhere): at most
   * once every 50 ms, after the commits rather than in them. A NOTIFY sent in a commit serialises every committing
   * transaction that sends one, which cost PostgreSQL 12% of its writes a second (docs/PERFORMANCE.md, after "HTTP").
   */
  private announce(chains: string[]) {
    if (!this.db.listen) return
    for (const c of chains) this.unannounced.add(c)
    if (this.announcing) return
    this.announcing = setTimeout(() => {
      const moved = [...this.unannounced]
      this.unannounced.clear()
      this.announcing = undefined
      // Lost, it costs the others' readers a heartbeat's wait, not an entry.
      this.db
        .query('SELECT pg_notify($1, $2 || \' \' || c) FROM unnest($3::text[]) AS c', [ANNOUNCEMENTS, this.sender, moved])
        .catch(() => {})
    }, ANNOUNCE_EVERY_MS)
    this.announcing.unref()
  }

  /**
   * Calls fn with the chains other processes' commits on the database moved (PostgreSQL's NOTIFY, see announce),
   * so that this one can pass them on within moments; resolves to the function that stops. Nothing on PGlite, which
   * one process has to itself.
   */
  async elsewhere(fn: (chain: string) => void): Promise<() => Promise<void>> {
    if (!this.db.listen) return async () => {}
    return this.db.listen(ANNOUNCEMENTS, (payload) => {
      const [sender, chain] = payload.split(' ')
      if (sender !== this.sender && chain) fn(chain)
    })
  }

  onAppend(hook: AppendHook) {
    this.hooks.push(hook)
  }

  /** The next entry after `head`: hashed over its canonical JSON and signed. */
  private chain(head: { seq: number; hash: string }, input: AppendInput): { entry: SignedEntry; body: string } {
    const entry: LedgerEntry = {
      seq: head.seq + 1,
      theatre: input.theatre,
      at: new Date().toISOString(),
      actor: input.actor ?? null,
      user: input.user ?? null,
      action: input.action,
      subject: input.subject,
      version: input.version ?? null,
      payload: input.payload ?? null,
    }
    const body = canonicalJson(entry)
    const hash = entryHash(head.hash, body)
    return { entry: { ...entry, prevHash: head.hash, hash, signature: this.signer.sign(hash), keyId: this.signer.keyId }, body }
  }

  async list(chain: string, opts: { after: number; limit: number; audience: string[] | null; subjectId?: string }) {
    return (await store.listEntries(this.db, chain, opts)).map((row) => ({ entry: toSigned(row), audience: row.audience }))
  }

  async get(chain: string, seq: number) {
    const row = await store.getEntry(this.db, chain, seq)
    return row && { entry: toSigned(row), audience: row.audience }
  }

  head(chain: string) {
    return store.chainHead(this.db, chain)
  }

  /**
   * Where the chain was at its last change to a kind of record: a committed change's seq is never below one committed
   * before it (the head is held until commit), so an answer built from the records stays right while this stays put.
   */
  lastSeqOf(chain: string, subjectKind: string) {
    return store.lastSeqOf(this.db, chain, subjectKind)
  }

  /** The head as it was just before `at`. */
  headAt(chain: string, at: string) {
    return store.headAt(this.db, chain, at)
  }

  /** Every entry of a chain in order, for export; pages through so a long chain never sits in memory at once. */
  async *all(chain: string): AsyncGenerator<SignedEntry> {
    let after = 0
    for (;;) {
      const rows = await store.listEntries(this.db, chain, { after, limit: 1000, audience: null })
      for (const row of rows) yield toSigned(row)
      if (rows.length < 1000) return
      after = Number(rows.at(-1)!.seq)
    }
  }

  get publicKey() {
    return { keyId: this.signer.keyId, publicKeyPem: this.signer.publicKeyPem }
  }
}
