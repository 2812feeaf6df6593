import crypto from 'node:crypto'
import type { Db } from '../../db/engine.ts'
import { newId } from '../../db/ids.ts'
import { audience } from '../../authz/audience.ts'
import type { TheatreAccess } from '../../authz/access.ts'
import type { ActorKind, Membership, Role } from '../../authz/principal.ts'
import { Problem, conflict, invalid, invalidField, isUniqueViolation, notFound, staleVersion, type FieldError } from '../../http/problem.ts'
import type { AccountsService } from '../accounts/service.ts'
import type { LedgerService, Tx } from '../ledger/service.ts'
import { keyIdOf } from '../ledger/signer.ts'
import type { CreateActor, CreateMember, UpdateActor } from './schema.ts'
import { ReadCache } from '../../db/cache.ts'
import * as store from './store.ts'

/** Accepts only an Ed25519 public key in PEM: the key a party will sign its acknowledgements with. */
function checkPublicKey(pem: string | null | undefined): string | undefined {
  if (pem === null || pem === undefined) return undefined
  try {
    // createPublicKey also accepts a private key (and a certificate) and derives the public key from it: without
    // this check a party pasting its private key would have it stored and shown to every member of the theatre.
    if (!/^-----BEGIN PUBLIC KEY-----\r?\n[A-Za-z0-9+/=\r\n]+-----END PUBLIC KEY-----\s*$/.test(pem.trim())) throw new Error()
    const key = crypto.createPublicKey(pem)
    if (key.asymmetricKeyType !== 'ed25519') throw new Error()
    return keyIdOf(key)
  } catch {
    throw invalidField('/body/publicKey', 'must be an Ed25519 public key in PEM (SPKI) form')
  }
}

const toActor = (r: store.ActorRow) => ({
  id: r.id,
  theatreId: r.theatre_id,
  kind: r.kind,
  name: r.name,
  shortName: r.short_name,
  aliases: r.aliases,
  colour: r.colour,
  publicKey: r.public_key,
  publicKeyId: r.public_key ? checkPublicKey(r.public_key)! : null,
  version: r.version,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
})
export type Actor = ReturnType<typeof toActor>

const toMember = (r: store.MemberRow) => ({
  id: r.id,
  theatreId: r.theatre_id,
  userId: r.user_id,
  username: r.username,
  displayName: r.display_name,
  actorId: r.actor_id,
  role: r.role,
  version: r.version,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
})

const shortNameTaken = (shortName: string) =>
  conflict(`an actor with short name ${shortName} exists in this theatre`, [{ path: '/body/shortName', message: 'is taken' }])

export class ActorsService {
  /** Memberships by `user:theatre`: every theatre-scoped request starts by reading them. */
  private readonly memberships = new ReadCache<Membership[]>()

  constructor(
    private readonly db: Db,
    private readonly ledger: LedgerService,
    private readonly accounts: AccountsService,
  ) {}

  private async ledgerActor(tx: Tx, access: TheatreAccess, action: string, actor: Actor) {
    await tx.append({
      theatre: access.theatre.id,
      user: access.principal.user.id,
      action,
      subject: { kind: 'actor', id: actor.id },
      version: actor.version,
      payload: actor,
      audience: audience.theatreWide(),
    })
  }

  async create(access: TheatreAccess, input: CreateActor) {
    access.require(access.isCoordinatorAdmin, "only the theatre's coordinator admins create actors")
    checkPublicKey(input.publicKey)
    try {
      return await this.ledger.transact(async (tx) => {
        const actor = toActor(
          await store.insertActor(tx.q, {
            theatre_id: access.theatre.id,
            id: newId(),
            kind: input.kind,
            name: input.name,
            short_name: input.shortName,
            aliases: input.aliases ?? [],
            colour: input.colour ?? null,
            public_key: input.publicKey ?? null,
          }),
        )
        await this.ledgerActor(tx, access, 'actor.create', actor)
        return actor
      })
    } catch (e) {
      if (isUniqueViolation(e, 'actors_short_name')) throw shortNameTaken(input.shortName)
      throw e
    }
  }

  /** Coordinator admins change any actor; an actor's own admins may change its name, colour and public key. */
  async update(access: TheatreAccess, id: string, input: UpdateActor) {
    const current = await this.get(access, id)
    access.require(access.mayActFor(id, 'admin'), "only the actor's admins or the coordinator's admins change it")
    // The short name and aliases are how everyone else tells actors apart (references, attribution of reports):
    // only the coordinator decides them, so an actor's own admins may not change them (sending them unchanged is fine).
    if (!access.isCoordinatorAdmin) {
      const reserved = (['shortName', 'aliases'] as const).filter(
        (f) => input[f] !== undefined && JSON.stringify(input[f]) !== JSON.stringify(current[f]),
      )
      if (reserved.length) {
        const errors = reserved.map((f) => ({ path: `/body/${f}`, message: "is the coordinator's to change" }))
        throw new Problem(403, 'forbidden', 'Not allowed', "only the theatre's coordinator admins change an actor's short name and aliases", errors)
      }
    }
    checkPublicKey(input.publicKey)
    try {
      return await this.ledger.transact(async (tx) => {
        const row = await store.updateActor(tx.q, access.theatre.id, id, input.version, {
          name: input.name ?? current.name,
          short_name: input.shortName ?? current.shortName,
          aliases: input.aliases ?? current.aliases,
          colour: input.colour === undefined ? current.colour : input.colour,
          public_key: input.publicKey === undefined ? current.publicKey : input.publicKey,
        })
        if (!row) throw staleVersion(current.version)
        const actor = toActor(row)
        await this.ledgerActor(tx, access, 'actor.update', actor)
        return actor
      })
    } catch (e) {
      if (isUniqueViolation(e, 'actors_short_name')) throw shortNameTaken(input.shortName!)
      throw e
    }
  }

  /** Actors are known to every member of their theatre: a party must know who the others are. */
  async get(access: TheatreAccess, id: string): Promise<Actor> {
    const row = await store.getActor(this.db, access.theatre.id, id)
    if (!row) throw notFound(`actor ${id}`)
    return toActor(row)
  }

  async list(access: TheatreAccess, opts: { kind?: string; after?: string; limit: number }) {
    return (await store.listActors(this.db, access.theatre.id, opts)).map(toActor)
  }

  /** Checks that `id` is an actor of this theatre of the given kind, naming the field when it is not. */
  async requireKind(access: TheatreAccess, id: string, kind: ActorKind, path: string): Promise<Actor> {
    const row = await store.getActor(this.db, access.theatre.id, id)
    if (!row || row.kind !== kind) throw invalidField(path, `is not a ${kind} of this theatre`)
    return toActor(row)
  }

  /** Field errors for ids that must name parties of this theatre (signatories, withdrawing or controlling parties). */
  async partyErrors(access: TheatreAccess, items: { id: string; path: string }[]): Promise<FieldError[]> {
    const rows = await Promise.all(items.map(({ id }) => store.getActor(this.db, access.theatre.id, id)))
    const errors: FieldError[] = []
    items.forEach(({ path }, i) => {
      const row = rows[i]
      if (row?.kind !== 'party') errors.push({ path, message: row ? `is ${row.kind === 'organisation' ? 'an' : 'a'} ${row.kind}, not a party` : 'is not an actor of this theatre' })
    })
    return errors
  }

  /** The parties something is shared with: those named (each checked to be a party), or by default every party. */
  async parties(access: TheatreAccess, ids: string[] | undefined, path: string): Promise<string[]> {
    if (ids === undefined) return (await store.listActors(this.db, access.theatre.id, { kind: 'party', limit: 10_000 })).map((a) => a.id)
    const errors = await this.partyErrors(access, ids.map((id, i) => ({ id, path: `${path}/${i}` })))
    if (errors.length) throw invalid(errors)
    return ids
  }

  async membershipsOf(userId: string, theatreId: string): Promise<Membership[]> {
    return (await this.memberships.get(`${userId}:${theatreId}`, () => store.membershipsOf(this.db, userId, theatreId)))!
  }

  allMembershipsOf(userId: string) {
    return store.allMembershipsOf(this.db, userId)
  }

  theatreIdsOf(userId: string) {
    return store.theatreIdsOf(this.db, userId)
  }

  private mayManageMembersOf(access: TheatreAccess, actorId: string) {
    access.require(access.mayActFor(actorId, 'admin'), "only the actor's admins or the coordinator's admins manage its members")
  }

  private async ledgerMember(tx: Tx, access: TheatreAccess, action: string, member: ReturnType<typeof toMember>) {
    await tx.append({
      theatre: access.theatre.id,
      actor: member.actorId,
      user: access.principal.user.id,
      action,
      subject: { kind: 'member', id: member.id },
      version: member.version,
      payload: member,
      audience: audience.actorOnly(member.actorId),
    })
  }

  async addMember(access: TheatreAccess, input: CreateMember) {
    const actor = await store.getActor(this.db, access.theatre.id, input.actorId)
    if (!actor) throw invalidField('/body/actorId', 'is not an actor of this theatre')
    this.mayManageMembersOf(access, input.actorId)
    if (!(await this.accounts.userById(input.userId))) throw invalidField('/body/userId', 'is not a user')
    try {
      const added = await this.ledger.transact(async (tx) => {
        const member = toMember(
          await store.insertMember(tx.q, {
            theatre_id: access.theatre.id,
            id: newId(),
            user_id: input.userId,
            actor_id: input.actorId,
            role: input.role,
          }),
        )
        await this.ledgerMember(tx, access, 'member.create', member)
        return member
      })
      this.memberships.delete(`${input.userId}:${access.theatre.id}`)
      return added
    } catch (e) {
      if (isUniqueViolation(e, 'members_actor_id_user_id_key')) {
        throw conflict('the user is already a member of this actor', [{ path: '/body/userId', message: 'is already a member' }])
      }
      throw e
    }
  }

  /** Members are visible to coordinators and to the members of the same actor. */
  async getMember(access: TheatreAccess, id: string) {
    const row = await store.getMember(this.db, access.theatre.id, id)
    if (!row || !access.canSee(audience.actorOnly(row.actor_id))) throw notFound(`member ${id}`)
    return toMember(row)
  }

  async setRole(access: TheatreAccess, id: string, version: number, role: Role) {
    const current = await this.getMember(access, id)
    this.mayManageMembersOf(access, current.actorId)
    const member = await this.ledger.transact(async (tx) => {
      const row = await store.updateMemberRole(tx.q, access.theatre.id, id, version, role)
      if (!row) throw staleVersion(current.version)
      const updated = toMember(row)
      await this.ledgerMember(tx, access, 'member.update', updated)
      return updated
    })
    this.memberships.delete(`${current.userId}:${access.theatre.id}`)
    return member
  }

  async removeMember(access: TheatreAccess, id: string) {
    const current = await this.getMember(access, id)
    this.mayManageMembersOf(access, current.actorId)
    await this.ledger.transact(async (tx) => {
      await store.deleteMember(tx.q, access.theatre.id, id)
      await this.ledgerMember(tx, access, 'member.delete', current)
    })
    this.memberships.delete(`${current.userId}:${access.theatre.id}`)
  }

  async listMembers(access: TheatreAccess, opts: { actorId?: string; after?: string; limit: number }) {
    const actorIds = access.seesEverything ? null : access.memberships.map((m) => m.actorId)
    return (await store.listMembers(this.db, access.theatre.id, { ...opts, actorIds })).map(toMember)
  }
}
