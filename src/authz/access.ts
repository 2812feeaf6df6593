import { forbidden, notFound } from '../http/problem.ts'
import { atLeast, lesserRole, type ActorKind, type Membership, type Principal, type Role } from './principal.ts'

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

  /** The audience tokens this caller matches; null means no filter (sees everything). */
  audience(): string[] | null {
    if (this.seesEverything) return null
    const kinds = new Set(this.memberships.map((m) => `kind:${m.actorKind}`))
    return ['all', ...this.memberships.map((m) => `actor:${m.actorId}`), ...kinds]
  }

  canSee(audience: string[]): boolean {
    const mine = this.audience()
    return mine === null || audience.some((a) => mine.includes(a))
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

  require(allowed: boolean, detail: string): void {
    if (!allowed) throw forbidden(detail)
  }
}
