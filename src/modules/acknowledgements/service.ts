import crypto from 'node:crypto'
import type { Db, Queryable } from '../../db/engine.ts'
import { newId } from '../../db/ids.ts'
import type { TheatreAccess, TheatreRef } from '../../authz/access.ts'
import { atLeast } from '../../authz/principal.ts'
import { conflict, forbidden, invalidField, notFound } from '../../http/problem.ts'
import type { ActorsService } from '../actors/service.ts'
import type { AppendInput, LedgerService, Tx } from '../ledger/service.ts'
import { verifySignature } from '../ledger/signer.ts'
import * as store from './store.ts'

/** What is being notified: one version of a site or a movement. */
export interface NotifiedSubject {
  kind: 'site' | 'movement'
  id: string
  ref: string
  version: number
  name: string
  ownerId: string
}

export const statementOf = (r: Pick<store.AckRow, 'id' | 'subject_ref' | 'subject_version'>) =>
  `truce:acknowledgement:${r.id}:${r.subject_ref}:v${r.subject_version}`

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null)

export const toAck = (r: store.AckRow) => ({
  id: r.id,
  subject: { kind: r.subject_kind, id: r.subject_id, ref: r.subject_ref, version: r.subject_version, name: r.subject_name },
  owner: r.owner_id,
  party: r.party_id,
  deadline: iso(r.deadline)!,
  state: r.state,
  reason: r.reason,
  partySignature: r.party_signature,
  answeredBy: r.answered_by,
  answeredAt: iso(r.answered_at),
  ledgerSeq: r.ledger_seq === null ? null : Number(r.ledger_seq),
  statement: statementOf(r),
  version: r.version,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
})
export type Ack = ReturnType<typeof toAck>

/** Called after a party answers, inside the same transaction: a movement may now be cleared. */
export type AnswerListener = (tx: Tx, theatre: TheatreRef, ack: Ack) => Promise<void>

/** Acknowledgements are seen by the party asked, the subject's owner, monitors and coordinators. */
const ackAudience = (ownerId: string, partyId: string) => [`actor:${partyId}`, `actor:${ownerId}`, 'kind:monitor']

export class AcknowledgementsService {
  private readonly listeners: AnswerListener[] = []

  constructor(
    private readonly db: Db,
    private readonly ledger: LedgerService,
    private readonly actors: ActorsService,
  ) {}

  onAnswer(listener: AnswerListener) {
    this.listeners.push(listener)
  }

  private async record(tx: Tx, action: string, row: store.AckRow, user: string | null, extra: Record<string, unknown> = {}) {
    await tx.append(this.entryOf(action, row, user, extra))
  }

  private entryOf(action: string, row: store.AckRow, user: string | null, extra: Record<string, unknown> = {}): AppendInput {
    const ack = toAck(row)
    return {
      theatre: row.theatre_id,
      actor: row.party_id,
      user,
      action,
      subject: { kind: 'acknowledgement', id: ack.id, ref: ack.subject.ref },
      version: ack.version,
      payload: { ...ack, ...extra },
      audience: row.audience,
    }
  }

  /**
   * Shares a new version of a site or movement with each required party: one pending acknowledgement each, due by
   * `deadline`; the pending ones of earlier versions are superseded, as they no longer describe the subject. The two
   * statements go out together, and the requests to every party are one insert.
   */
  async notify(tx: Tx, theatre: TheatreRef, subject: NotifiedSubject, parties: string[], deadline: Date, user: string) {
    const requests = [...new Set(parties)].map((party) => ({
      theatre_id: theatre.id,
      id: newId(),
      subject_kind: subject.kind,
      subject_id: subject.id,
      subject_ref: subject.ref,
      subject_version: subject.version,
      subject_name: subject.name,
      owner_id: subject.ownerId,
      party_id: party,
      deadline,
      audience: ackAudience(subject.ownerId, party),
    }))
    const [superseded, rows] = await Promise.all([
      store.supersedePending(tx.q, theatre.id, subject.id, subject.version),
      store.insertMany(tx.q, requests),
    ])
    await this.recordSuperseded(tx, superseded, user)
    for (const row of rows) await this.record(tx, 'acknowledgement.request', row, user)
    return rows.map(toAck)
  }

  /** The subject changed or was withdrawn: what was still asked about its earlier versions is superseded. */
  async withdraw(tx: Tx, theatre: TheatreRef, subjectId: string, beforeVersion: number, user: string | null) {
    await this.recordSuperseded(tx, await store.supersedePending(tx.q, theatre.id, subjectId, beforeVersion), user)
  }

  private async recordSuperseded(tx: Tx, rows: store.AckRow[], user: string | null) {
    for (const row of rows) await this.record(tx, 'acknowledgement.supersede', row, user)
  }

  async get(access: TheatreAccess, id: string) {
    const row = await store.get(this.db, access.theatre.id, id)
    if (!row || !access.canSee(row.audience)) throw notFound(`acknowledgement ${id}`)
    return toAck(row)
  }

  async list(access: TheatreAccess, f: { state?: string; subjectId?: string; partyId?: string; after?: string; limit: number }) {
    return (await store.list(this.db, access.theatre.id, { ...f, audience: access.audience() })).map(toAck)
  }

  ofVersion(tx: Tx, theatreId: string, subjectId: string, version: number) {
    return store.ofVersion(tx.q, theatreId, subjectId, version).then((rows) => rows.map(toAck))
  }

  /**
   * A member of the party asked answers: acknowledges (optionally signing `statement` with the party's registered
   * key) or objects with a reason. Answering for another party is refused; a superseded version cannot be answered.
   */
  async answer(access: TheatreAccess, id: string, a: { kind: 'acknowledge'; signature?: string } | { kind: 'object'; reason: string }) {
    const seen = await this.get(access, id)
    const role = access.roleIn(seen.party)
    if (!role || !atLeast(role, 'editor')) {
      throw forbidden(`only editors of the party asked (${seen.party}) answer this acknowledgement`)
    }
    let signature: string | null = null
    if (a.kind === 'acknowledge' && a.signature !== undefined) {
      const party = await this.actors.get(access, seen.party)
      if (!party.publicKey) throw invalidField('/body/signature', 'the party has no registered public key; register one or acknowledge without a signature')
      if (!verifySignature(crypto.createPublicKey(party.publicKey), Buffer.from(seen.statement).toString('hex'), a.signature)) {
        throw invalidField('/body/signature', `is not the party's signature of "${seen.statement}"`)
      }
      signature = a.signature
    }
    const result = await this.ledger.transact(async (tx) => {
      const row = (await store.get(tx.q, access.theatre.id, id, true))!
      if (row.state === 'superseded') {
        throw conflict(`version ${row.subject_version} of ${row.subject_ref} was superseded; answer the current version's request`, [
          { path: '/params/id', message: 'asks about a superseded version' },
        ])
      }
      if (row.state === 'acknowledged' || row.state === 'objected') throw conflict(`already ${row.state}`, [{ path: '/params/id', message: `is already ${row.state}` }])
      const updated = await store.answer(tx.q, access.theatre.id, id, {
        state: a.kind === 'acknowledge' ? 'acknowledged' : 'objected',
        reason: a.kind === 'object' ? a.reason : null,
        partySignature: signature,
        answeredBy: access.principal.user.id,
      })
      // chained at once: the answer keeps its entry's seq, and the receipt is that entry
      const entry = await tx.appendNow(this.entryOf(`acknowledgement.${a.kind}`, updated, access.principal.user.id, { lateAfterExpiry: row.state === 'expired' }))
      await store.setLedgerSeq(tx.q, access.theatre.id, id, entry.seq)
      const ack = { ...toAck(updated), ledgerSeq: entry.seq }
      for (const l of this.listeners) await l(tx, access.theatre, ack)
      return { ack, entry }
    })
    return {
      acknowledgement: result.ack,
      receipt: { entry: result.entry, algorithm: 'Ed25519' as const, publicKey: this.ledger.publicKey.publicKeyPem },
    }
  }

  /** Marks what is past its deadline as expired; each expiry is a ledger entry that reaches coordinators as an alert. */
  async expireOverdue(now = new Date(), limit = 200): Promise<number> {
    return this.ledger.transact(async (tx) => {
      const rows = await store.claimOverdue(tx.q, now, limit)
      for (const row of rows) await this.record(tx, 'acknowledgement.expire', row, null, { alert: 'deadline passed without an answer' })
      return rows.length
    })
  }

  /** When the party first acknowledged each subject, by `before` (incident attribution: "the party had been told"). */
  firstAcknowledged(q: Queryable, theatreId: string, partyId: string, subjectIds: string[], before: string) {
    return store.firstAcknowledged(q, theatreId, partyId, subjectIds, before)
  }

  /** Each party's conduct in answering notifications made in [from, to) (compliance figures, daily report). */
  async conduct(theatreId: string, from: string, to: string) {
    return (await store.conduct(this.db, theatreId, from, to)).map((r) => ({
      partyId: r.party_id,
      requested: r.requested,
      acknowledged: r.acknowledged,
      onTime: r.on_time,
      objected: r.objected,
      expired: r.expired,
      pending: r.pending,
      expiredShare: r.requested ? r.expired / r.requested : 0,
      medianHoursToAcknowledge: r.median_hours === null ? null : Math.round(Number(r.median_hours) * 10) / 10,
    }))
  }
}
