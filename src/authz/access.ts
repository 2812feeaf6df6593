import { forbidden, invalidField, notFound } from '../http/problem.ts'
import { atLeast, lesserRole, type ActorKind, type Membership, type Principal, type Role } from './principal.ts'

/**
 * The audience tokens that members of these actors match; null when one of them is a coordinator, which sees
 * everything. Members and webhooks (which read for their one actor) are filtered by the same rule.
 */
export function audienceOf(memberships: Pick<Membership, 'actorId' | 'actorKind'>[]): string[] | null {
  if (memberships.some((m) => m.actorKind === 'coordinator')) return null
  const kinds = new Set(memberships.map((m) => `kind:${m.actorKind}`))
  return ['all', ...memberships.map((m) => `actor:${m.actorId}`), ...kinds]
}

/** Whether a reader matching `tokens` (null: everything) may read a record or entry with this audience. */
export const sharesAudience = (tokens: string[] | null, audience: string[]) => tokens === null || audience.some((a) => tokens.includes(a))

export interface TheatreRef {
  id: string
  code: string
}

/**
 * What one principal may do in one theatre. Every module asks here: visibility (the DESIGN matrix, via audience
 * tokens) and permissions are decided in this one place, never in a route or in the web app.
 */
export class TheatreAccess {
  readonly memberships: Membership[]

  constructor(
    readonly principal: Principal,
    readonly theatre: TheatreRef,
    memberships: Membership[],
  ) {
    // A token acts for its one actor, with at most the role it was made with.
    const t = principal.token
    this.memberships = t
      ? memberships.filter((m) => m.actorId === t.actorId).map((m) => ({ ...m, role: lesserRole(m.role, t.role) }))
      : memberships
  }

  get isInstanceAdmin(): boolean {
    return this.principal.user.isAdmin && !this.principal.token
  }

  /** Coordinators and instance administrators see every record of the theatre. */
  get seesEverything(): boolean {
    return this.isInstanceAdmin || this.memberships.some((m) => m.actorKind === 'coordinator')
  }

  get isMember(): boolean {
    return this.isInstanceAdmin || this.memberships.length > 0
  }

  roleIn(actorId: string): Role | undefined {
    return this.memberships.find((m) => m.actorId === actorId)?.role
  }

  hasKind(kind: ActorKind, min: Role = 'viewer'): boolean {
    return this.memberships.some((m) => m.actorKind === kind && atLeast(m.role, min))
  }

  /** Runs a theatre's administration: its instance admins and its coordinator actor's admins. */
  get isCoordinatorAdmin(): boolean {
    return this.isInstanceAdmin || this.hasKind('coordinator', 'admin')
  }

  /** Runs a theatre's business (agreements, zones, control areas, clearances, conflicts): coordinator editors and admins. */
  get isCoordinatorEditor(): boolean {
    return this.isInstanceAdmin || this.hasKind('coordinator', 'editor')
  }

  /** The audience tokens this caller matches; null means no filter (sees everything). */
  audience(): string[] | null {
    return this.isInstanceAdmin ? null : audienceOf(this.memberships)
  }

  canSee(audience: string[]): boolean {
    return sharesAudience(this.audience(), audience)
  }

  /** Throws 404 when the record is invisible to the caller, so existence never leaks. */
  assertSees(audience: string[], what: string): void {
    if (!this.canSee(audience)) throw notFound(what)
  }

  /** Acting for `actorId` needs that membership with at least `min`; coordinator admins may act for any actor. */
  mayActFor(actorId: string, min: Role): boolean {
    const role = this.roleIn(actorId)
    return (role !== undefined && atLeast(role, min)) || this.isCoordinatorAdmin
  }

  /**
   * The actor of `kind` the caller acts for: the one named in the request (which they must belong to with `min`, or
   * be a coordinator admin acting on its behalf; the caller's service checks its kind), or else their only one.
   */
  actorFor(kind: ActorKind, requested: string | undefined, min: Role, path: string): string {
    if (requested) {
      this.require(this.mayActFor(requested, min), `you may not act for actor ${requested} with ${min} rights`)
      return requested
    }
    const mine = this.memberships.filter((m) => m.actorKind === kind && atLeast(m.role, min))
    if (mine.length === 1) return mine[0].actorId
    if (mine.length === 0) throw forbidden(`you act for no ${kind} in this theatre with ${min} rights`)
    throw invalidField(path, `you belong to several ${kind}s: name the one you act for`)
  }

  require(allowed: boolean, detail: string): void {
    if (!allowed) throw forbidden(detail)
  }
}

const NOBODY: Principal = {
  user: { id: '00000000-0000-0000-0000-000000000000', username: 'public', displayName: 'the public', language: 'en', isAdmin: false },
  via: 'session',
}

/**
 * What anyone may read of a published theatre, without signing in: records whose audience holds these tokens, and no
 * permission to do anything. `['public']` for incidents (only those published); the public feed reads agreements and
 * zones, which a published theatre makes public as a whole (DESIGN § Visibility), with `['all']`.
 */
export class PublicAccess extends TheatreAccess {
  constructor(
    theatre: TheatreRef,
    private readonly tokens: string[],
  ) {
    super(NOBODY, theatre, [])
  }

  override audience(): string[] {
    return this.tokens
  }

  override get isMember(): boolean {
    return false
  }
}
