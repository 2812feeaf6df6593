import crypto from 'node:crypto'
import type { Db } from '../../db/engine.ts'
import { newId } from '../../db/ids.ts'
import { audience } from '../../authz/audience.ts'
import type { Principal } from '../../authz/principal.ts'
import { conflict, forbidden, invalidField, isUniqueViolation, notFound, unauthorized } from '../../http/problem.ts'
import { INSTANCE_CHAIN, type LedgerService } from '../ledger/service.ts'
import { PASSWORD_MIN, checkPassword, decoyHash, hashPassword } from './password.ts'
import { ReadCache } from '../../db/cache.ts'
import { FailureLimiter } from './rate-limit.ts'
import { hashSecret, newSecret } from './secret.ts'
import * as store from './store.ts'

export const SESSION_DAYS = 7

export interface NewUser {
  username: string
  password: string
  displayName: string
  language?: 'en' | 'ar' | 'ru'
  isAdmin?: boolean
}

export class AccountsService {
  // Per address: enough for an office behind one NAT; per user: enough for honest typos.
  private readonly byAddress = new FailureLimiter(30, 15 * 60_000)
  private readonly byUser = new FailureLimiter(10, 15 * 60_000)
  private readonly sessions = new ReadCache<Principal>()

  constructor(
    private readonly db: Db,
    private readonly ledger: LedgerService,
  ) {}

  private checkPasswordRules(password: string, path: string) {
    if (password.length < PASSWORD_MIN) throw invalidField(path, `must be at least ${PASSWORD_MIN} characters`)
  }

  /** Creates a user; `by` is the instance administrator doing it (none for the first administrator and the CLI). */
  async createUser(input: NewUser, by?: Principal) {
    this.checkPasswordRules(input.password, '/body/password')
    const passwordHash = await hashPassword(input.password)
    try {
      return await this.ledger.transact(async (tx) => {
        const row = await store.insertUser(tx.q, {
          id: newId(),
          username: input.username,
          displayName: input.displayName,
          language: input.language ?? 'en',
          passwordHash,
          isAdmin: input.isAdmin ?? false,
        })
        const user = store.toUser(row)
        await tx.append({
          theatre: INSTANCE_CHAIN,
          user: by?.user.id ?? null,
          action: 'user.create',
          subject: { kind: 'user', id: user.id },
          version: user.version,
          payload: user,
          audience: audience.coordinatorOnly(),
        })
        return user
      })
    } catch (e) {
      if (isUniqueViolation(e, 'users_username')) {
        throw conflict(`the username "${input.username}" is taken`, [{ path: '/body/username', message: 'is taken' }])
      }
      throw e
    }
  }

  async setPassword(userId: string, password: string, by?: Principal, keepSession?: string) {
    this.checkPasswordRules(password, '/body/newPassword')
    const passwordHash = await hashPassword(password)
    return this.ledger.transact(async (tx) => {
      const row = await store.setPassword(tx.q, userId, passwordHash)
      if (!row) throw notFound(`user ${userId}`)
      await store.deleteSessionsOf(tx.q, userId, keepSession)
      this.sessions.clear()
      await tx.append({
        theatre: INSTANCE_CHAIN,
        user: by?.user.id ?? null,
        action: 'user.password',
        subject: { kind: 'user', id: userId },
        version: row.version,
        payload: { userId },
        audience: audience.coordinatorOnly(),
      })
      return store.toUser(row)
    })
  }

  /** A user changes their own password, proving they know the current one. */
  async changeOwnPassword(principal: Principal, current: string, next: string, sessionToken?: string) {
    if (principal.via !== 'session') throw forbidden('an API token cannot change a password; sign in')
    const row = await store.userById(this.db, principal.user.id)
    if (!row || !(await checkPassword(current, row.password_hash))) {
      throw invalidField('/body/currentPassword', 'is not your current password')
    }
    return this.setPassword(principal.user.id, next, principal, sessionToken && hashSecret(sessionToken))
  }

  /** Signs in: rate-limited per address and per username, and as slow for unknown users as for wrong passwords. */
  async signIn(username: string, password: string, address: string) {
    const userKey = username.toLowerCase()
    this.byAddress.check(address, 'from this address')
    this.byUser.check(userKey, 'for this user')
    const row = await store.userByName(this.db, username)
    const ok = await checkPassword(password, row?.password_hash ?? (await decoyHash))
    if (!row || !ok) {
      this.byAddress.fail(address)
      this.byUser.fail(userKey)
      throw unauthorized('the username or password is wrong')
    }
    this.byUser.reset(userKey)
    const { secret, hash } = newSecret('ts')
    const csrfToken = crypto.randomBytes(24).toString('base64url')
    const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000)
    await store.insertSession(this.db, hash, row.id, csrfToken, expiresAt)
    return { sessionToken: secret, csrfToken, expiresAt, user: store.toUser(row) }
  }

  async signOut(sessionToken: string) {
    const hash = hashSecret(sessionToken)
    await store.deleteSession(this.db, hash)
    this.sessions.delete(hash)
  }

  async principalFromSession(sessionToken: string): Promise<Principal | undefined> {
    const hash = hashSecret(sessionToken)
    return this.sessions.get(hash, async () => {
      const row = await store.sessionUser(this.db, hash)
      return row && { user: store.toPrincipalUser(row), via: 'session', csrfToken: row.csrf_token }
    })
  }

  async userById(id: string) {
    const row = await store.userById(this.db, id)
    return row && store.toUser(row)
  }

  async principalUser(id: string) {
    const row = await store.userById(this.db, id)
    return row && store.toPrincipalUser(row)
  }

  async userByName(username: string) {
    const row = await store.userByName(this.db, username)
    return row && store.toUser(row)
  }

  async listUsers(opts: { after?: string; limit: number; username?: string }) {
    return (await store.listUsers(this.db, opts)).map(store.toUser)
  }

  async hasAdmin(): Promise<boolean> {
    return (await store.countAdmins(this.db)) > 0
  }
}
