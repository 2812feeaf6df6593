import type { Db } from '../../db/engine.ts'
import { newId } from '../../db/ids.ts'
import { audience } from '../../authz/audience.ts'
import type { TheatreAccess } from '../../authz/access.ts'
import { atLeast, type Principal } from '../../authz/principal.ts'
import { forbidden, invalidField, notFound } from '../../http/problem.ts'
import { toPrincipalUser } from '../accounts/store.ts'
import { hashSecret, newSecret } from '../accounts/secret.ts'
import type { LedgerService } from '../ledger/service.ts'
import type { CreateToken } from './schema.ts'
import { ReadCache } from '../../db/cache.ts'
import * as store from './store.ts'

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString())

const toToken = (r: store.TokenRow) => ({
  id: r.id,
  theatreId: r.theatre_id,
  userId: r.user_id,
  actorId: r.actor_id,
  name: r.name,
  role: r.role,
  prefix: r.prefix,
  lastUsedAt: iso(r.last_used_at),
  expiresAt: iso(r.expires_at),
  revokedAt: iso(r.revoked_at),
  version: r.version,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.revoked_at ?? r.created_at)!,
})

export class TokensService {
  private readonly principals = new ReadCache<Principal>()

  constructor(
    private readonly db: Db,
    private readonly ledger: LedgerService,
  ) {}

  /**
   * Makes a token acting for one of the user's actors, with at most the user's role there. `access` is the
   * signed-in user's; the CLI passes an access built for the user it names.
   */
  async create(access: TheatreAccess, input: CreateToken) {
    if (access.principal.via === 'token') throw forbidden('an API token cannot create tokens; sign in')
    const role = access.roleIn(input.actorId)
    if (!role) throw invalidField('/body/actorId', 'you are not a member of this actor')
    const wanted = input.role ?? role
    if (!atLeast(role, wanted)) throw invalidField('/body/role', `cannot exceed your role in this actor (${role})`)
    if (input.expiresAt && new Date(input.expiresAt).getTime() <= Date.now()) {
      throw invalidField('/body/expiresAt', 'must be in the future')
    }
    const { secret, hash } = newSecret('tt')
    return this.ledger.transact(async (tx) => {
      const token = toToken(
        await store.insertToken(tx.q, {
          theatre_id: access.theatre.id,
          id: newId(),
          user_id: access.principal.user.id,
          actor_id: input.actorId,
          name: input.name,
          role: wanted,
          prefix: secret.slice(0, 10),
          expires_at: input.expiresAt ? new Date(input.expiresAt) : null,
          token_hash: hash,
        }),
      )
      await tx.append({
        theatre: access.theatre.id,
        actor: token.actorId,
        user: token.userId,
        action: 'token.create',
        subject: { kind: 'token', id: token.id },
        version: token.version,
        payload: token,
        audience: audience.actorOnly(token.actorId),
      })
      return { ...token, token: secret }
    })
  }

  private adminOf(access: TheatreAccess): string[] | null {
    return access.isCoordinatorAdmin ? null : access.memberships.filter((m) => m.role === 'admin').map((m) => m.actorId)
  }

  /**
   * Whether `row` is the caller's own token. A token acts for its one actor, so through a token the user's tokens
   * for their other actors are not theirs to see or revoke.
   */
  private owns(access: TheatreAccess, row: store.TokenRow): boolean {
    const t = access.principal.token
    return row.user_id === access.principal.user.id && (!t || row.actor_id === t.actorId)
  }

  async list(access: TheatreAccess, opts: { after?: string; limit: number }) {
    const rows = await store.listTokens(this.db, access.theatre.id, {
      userId: access.principal.user.id,
      ownActorId: access.principal.token?.actorId,
      adminOf: this.adminOf(access),
      ...opts,
    })
    return rows.map(toToken)
  }

  /** Its owner, the actor's admins and the coordinator's admins may revoke a token; others do not see it. */
  async revoke(access: TheatreAccess, id: string) {
    const row = await store.getToken(this.db, access.theatre.id, id)
    const adminOf = this.adminOf(access)
    const sees = row && (this.owns(access, row) || adminOf === null || adminOf.includes(row.actor_id))
    if (!row || !sees) throw notFound(`token ${id}`)
    if (row.revoked_at) return toToken(row)
    return this.ledger.transact(async (tx) => {
      const token = toToken((await store.revokeToken(tx.q, access.theatre.id, id))!)
      await tx.append({
        theatre: access.theatre.id,
        actor: token.actorId,
        user: access.principal.user.id,
        action: 'token.revoke',
        subject: { kind: 'token', id: token.id },
        version: token.version,
        payload: { id: token.id, revokedAt: token.revokedAt },
        audience: audience.actorOnly(token.actorId),
      })
      this.principals.clear() // the revoked token's hash is not at hand; revocations are rare
      return token
    })
  }

  async principalFromToken(secret: string): Promise<Principal | undefined> {
    const p = await this.principals.get(hashSecret(secret), async () => {
      const row = await store.tokenUser(this.db, hashSecret(secret))
      return (
        row && {
          user: toPrincipalUser(row.user),
          via: 'token' as const,
          token: { id: row.id, theatreId: row.theatre_id, actorId: row.actor_id, role: row.role, expiresAt: row.expires_at },
        }
      )
    })
    // a cached token stops working the moment it expires, not when the cache forgets it
    return p?.token?.expiresAt && new Date(p.token.expiresAt).getTime() <= Date.now() ? undefined : p
  }
}
