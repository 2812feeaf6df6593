import crypto from 'node:crypto'
import type { Db } from '../../db/engine.ts'
import { newId } from '../../db/ids.ts'
import type { TheatreAccess } from '../../authz/access.ts'
import { audience } from '../../authz/audience.ts'
import { atLeast } from '../../authz/principal.ts'
import { conflict, forbidden, invalid, invalidField, notFound, staleVersion } from '../../http/problem.ts'
import type { ActorsService } from '../actors/service.ts'
import { canonicalJson } from '../ledger/chain.ts'
import type { LedgerService, Tx } from '../ledger/service.ts'
import { verifySignature } from '../ledger/signer.ts'
import type { TheatresService } from '../theatres/service.ts'
import type { Theatre } from '../theatres/store.ts'
import type { ZonesService } from '../zones/service.ts'
import type { AgreementStatus, ChangeStatus, CreateAgreement, Sign, UpdateAgreement } from './schema.ts'
import * as store from './store.ts'

/** Where each status may go. A draft may end without entering force; ended is final. */
const MOVES: Record<AgreementStatus, AgreementStatus[]> = {
  draft: ['in_force', 'ended'],
  in_force: ['suspended', 'ended'],
  suspended: ['in_force', 'ended'],
  ended: [],
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex')

/** What a party signs for one version (schema.ts STATEMENT_FORMAT): it binds the text and the terms, not just a number. */
export const statementOf = (agreementId: string, version: number, text: string, terms: unknown) =>
  `truce:agreement:${agreementId}:v${version}:${sha256(text)}:${sha256(canonicalJson(terms))}`

const iso = (t: Date | string) => new Date(t).toISOString()
const toSignature = (s: store.SignatureRow) => ({ ...s, signedAt: iso(s.signedAt) })

const toAgreement = (r: store.AgreementRow) => ({
  id: r.id,
  theatreId: r.theatre_id,
  name: r.name,
  kind: r.kind,
  signatories: r.signatories,
  status: r.status,
  statusReason: r.status_reason,
  statusChangedAt: r.status_changed_at && iso(r.status_changed_at),
  versions: r.text_version,
  text: r.text,
  terms: r.terms,
  statement: statementOf(r.id, r.text_version, r.text, r.terms),
  signatures: r.signatures.map(toSignature),
  version: r.version,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
})
export type Agreement = ReturnType<typeof toAgreement>

export class AgreementsService {
  constructor(
    private readonly db: Db,
    private readonly ledger: LedgerService,
    private readonly theatres: TheatresService,
    private readonly actors: ActorsService,
    private readonly zones: ZonesService,
  ) {}

  private mayWrite(access: TheatreAccess) {
    access.require(access.isCoordinatorEditor, "only the coordinator's editors draft and change agreements")
  }


  private async checkSignatories(access: TheatreAccess, ids: string[] | undefined) {
    const errors = await this.actors.partyErrors(access, (ids ?? []).map((id, i) => ({ id, path: `/body/signatories/${i}` })))
    if (errors.length) throw invalid(errors)
  }

  /** Reads the agreement inside a write, locked; an ended agreement no longer changes. */
  private async current(tx: Tx, theatreId: string, id: string) {
    const row = await store.getAgreement(tx.q, theatreId, id, true)
    if (!row) throw notFound(`agreement ${id}`)
    if (row.status === 'ended') throw conflict(`agreement ${id} has ended: it no longer changes`)
    return row
  }

  private async record(tx: Tx, access: TheatreAccess, theatre: Theatre, action: string, id: string, extra?: { actor: string; payload: unknown }) {
    const agreement = toAgreement((await store.getAgreement(tx.q, theatre.id, id))!)
    await tx.append({
      theatre: theatre.id,
      actor: extra?.actor ?? null,
      user: access.principal.user.id,
      action,
      subject: { kind: 'agreement', id },
      version: agreement.version,
      payload: extra?.payload ?? agreement,
      audience: audience.theatreWide(theatre.published),
    })
    return agreement
  }

  async create(access: TheatreAccess, input: CreateAgreement): Promise<Agreement> {
    this.mayWrite(access)
    const theatre = await this.theatres.of(access)
    await this.checkSignatories(access, input.signatories)
    return this.ledger.transact(async (tx) => {
      const id = newId()
      await store.insertAgreement(tx.q, { theatre_id: theatre.id, id, name: input.name, kind: input.kind, signatories: input.signatories ?? [] })
      await store.insertVersion(tx.q, { theatre_id: theatre.id, agreement_id: id, version: 1, text: input.text, terms: input.terms ?? {}, created_by: access.principal.user.id })
      await this.zones.agreementChanged(tx, theatre, { id, name: input.name, status: 'draft' })
      return this.record(tx, access, theatre, 'agreement.create', id)
    })
  }

  /** Renames, re-kinds, changes signatories; a new text or new terms make a new version (an amendment) to sign afresh. */
  async update(access: TheatreAccess, id: string, input: UpdateAgreement): Promise<Agreement> {
    this.mayWrite(access)
    const theatre = await this.theatres.of(access)
    await this.checkSignatories(access, input.signatories)
    return this.ledger.transact(async (tx) => {
      const current = await this.current(tx, theatre.id, id)
      if (input.version !== current.version) throw staleVersion(current.version)
      const text = input.text ?? current.text
      const terms = input.terms ?? current.terms
      const amended = text !== current.text || canonicalJson(terms) !== canonicalJson(current.terms)
      const textVersion = current.text_version + (amended ? 1 : 0)
      if (amended) {
        await store.insertVersion(tx.q, { theatre_id: theatre.id, agreement_id: id, version: textVersion, text, terms, created_by: access.principal.user.id })
      }
      const name = input.name ?? current.name
      const changed = await store.updateAgreement(tx.q, theatre.id, id, input.version, {
        name,
        kind: input.kind ?? current.kind,
        signatories: input.signatories ?? current.signatories,
        text_version: textVersion,
      })
      if (!changed) throw staleVersion(current.version)
      // Zone footprints carry the agreement's name.
      if (name !== current.name) await this.zones.agreementChanged(tx, theatre, { id, name, status: current.status })
      return this.record(tx, access, theatre, amended ? 'agreement.amend' : 'agreement.update', id)
    })
  }

  /** Moves the agreement through its statuses; its zones apply exactly while it is in force. */
  async setStatus(access: TheatreAccess, id: string, input: ChangeStatus): Promise<Agreement> {
    this.mayWrite(access)
    const theatre = await this.theatres.of(access)
    return this.ledger.transact(async (tx) => {
      const current = await this.current(tx, theatre.id, id)
      if (input.version !== current.version) throw staleVersion(current.version)
      if (!MOVES[current.status].includes(input.status)) {
        const allowed = MOVES[current.status].join(' or ')
        throw conflict(`agreement ${id} is ${current.status}: it can go to ${allowed}`, [
          { path: '/body/status', message: `cannot go from ${current.status} to ${input.status} (only to ${allowed})` },
        ])
      }
      const effectiveAt = this.effectiveAt(input.effectiveAt, current.status_changed_at)
      if (!(await store.setStatus(tx.q, theatre.id, id, input.version, input.status, input.reason, effectiveAt))) throw staleVersion(current.version)
      await this.zones.agreementChanged(tx, theatre, { id, name: current.name, status: input.status, since: effectiveAt })
      return this.record(tx, access, theatre, 'agreement.status', id)
    })
  }

  /** When a status change took effect: now, or an earlier moment it is recorded late for, after the previous change. */
  private effectiveAt(requested: string | undefined, previous: Date | null): string {
    const now = Date.now()
    if (requested === undefined) return new Date(now).toISOString()
    const at = Date.parse(requested)
    if (at > now + 60_000) throw invalidField('/body/effectiveAt', 'is in the future: change the status when it takes effect')
    if (previous && at < previous.getTime()) throw invalidField('/body/effectiveAt', `is before the previous status change (${previous.toISOString()})`)
    return new Date(at).toISOString()
  }

  /** Signing is a party's own act: only editors of a signatory party sign, never the coordinator on their behalf. */
  private signingParty(access: TheatreAccess, signatories: string[], requested: string | undefined): string {
    const mine = access.memberships
      .filter((m) => m.actorKind === 'party' && atLeast(m.role, 'editor') && signatories.includes(m.actorId))
      .map((m) => m.actorId)
    if (requested) {
      access.require(mine.includes(requested), `you may not sign for ${requested}: only editors of a signatory party sign for it`)
      return requested
    }
    if (mine.length === 1) return mine[0]
    if (!mine.length) throw forbidden('only the editors of a signatory party sign an agreement')
    throw invalidField('/body/partyId', 'you are an editor of several signatory parties: name the one you sign for')
  }

  async sign(access: TheatreAccess, id: string, input: Sign) {
    const theatre = await this.theatres.of(access)
    // The party and its key are read before the transaction (on PGlite a read outside it would wait for it to end);
    // the agreement is read again inside, locked, so an amendment cannot slip between the check and the signature.
    const seen = await this.get(access, id)
    const partyId = this.signingParty(access, seen.signatories, input.partyId)
    const party = await this.actors.get(access, partyId)
    return this.ledger.transact(async (tx) => {
      const current = await this.current(tx, theatre.id, id)
      if (!current.signatories.includes(partyId)) throw forbidden(`${party.shortName} is no longer a signatory`)
      if (input.version > current.text_version) {
        throw invalidField('/body/version', `is not a version of this agreement (the current one is ${current.text_version})`)
      }
      if (input.version < current.text_version) {
        throw conflict(`version ${input.version} was superseded by version ${current.text_version}: read it and sign that`, [
          { path: '/body/version', message: `is superseded by version ${current.text_version}` },
        ])
      }
      if (current.signatures.some((s) => s.version === input.version && s.partyId === partyId)) {
        throw conflict(`${party.shortName} has already signed version ${input.version}`, [{ path: '/body/version', message: 'is already signed by this party' }])
      }
      const statement = statementOf(id, current.text_version, current.text, current.terms)
      if (party.publicKey && input.signature === undefined) {
        throw invalidField('/body/signature', `is required: ${party.shortName} has registered a public key (${party.publicKeyId})`)
      }
      if (!party.publicKey && input.signature !== undefined) {
        throw invalidField('/body/signature', `${party.shortName} has no registered public key to check it with; register one or sign without`)
      }
      // verifySignature takes the signed bytes as hex (it checks ledger hashes); here they are the statement's UTF-8.
      if (party.publicKey && !verifySignature(crypto.createPublicKey(party.publicKey), Buffer.from(statement, 'utf8').toString('hex'), input.signature!)) {
        throw invalidField('/body/signature', `is not ${party.shortName}'s signature (key ${party.publicKeyId}) of "${statement}"`)
      }
      const signature = toSignature(
        await store.insertSignature(tx.q, {
          theatre_id: theatre.id,
          agreement_id: id,
          version: current.text_version,
          party_id: partyId,
          statement,
          signature: input.signature ?? null,
          key_id: party.publicKey ? party.publicKeyId : null,
          signed_by: access.principal.user.id,
        }),
      )
      await this.record(tx, access, theatre, 'agreement.sign', id, { actor: partyId, payload: signature })
      return signature
    })
  }

  /** Agreements are known to every member of the theatre (DESIGN.md § Visibility). */
  async get(access: TheatreAccess, id: string): Promise<Agreement> {
    const row = await store.getAgreement(this.db, access.theatre.id, id)
    if (!row) throw notFound(`agreement ${id}`)
    return toAgreement(row)
  }

  async list(access: TheatreAccess, opts: { status?: string; kind?: string; after?: string; limit: number }) {
    return (await store.listAgreements(this.db, access.theatre.id, opts)).map(toAgreement)
  }

  /** The history of the text: every version, with what each signatory signed. */
  async versions(access: TheatreAccess, id: string, opts: { after: number; limit: number }) {
    await this.get(access, id)
    return (await store.listVersions(this.db, access.theatre.id, id, opts)).map((v) => ({
      version: v.version,
      text: v.text,
      terms: v.terms,
      statement: statementOf(id, v.version, v.text, v.terms),
      createdAt: iso(v.created_at),
      by: v.created_by,
      signatures: v.signatures.map(toSignature),
    }))
  }
}
