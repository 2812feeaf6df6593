export type Role = 'admin' | 'editor' | 'viewer'
export type ActorKind = 'coordinator' | 'party' | 'organisation' | 'monitor'

export const ROLES: Role[] = ['viewer', 'editor', 'admin']
export const ACTOR_KINDS: ActorKind[] = ['coordinator', 'party', 'organisation', 'monitor']

export const roleRank = (r: Role) => ROLES.indexOf(r)
export const atLeast = (r: Role, min: Role) => roleRank(r) >= roleRank(min)
export const lesserRole = (a: Role, b: Role): Role => (roleRank(a) <= roleRank(b) ? a : b)

export interface PrincipalUser {
  id: string
  username: string
  displayName: string
  language: 'en' | 'ar' | 'ru'
  isAdmin: boolean
}

/** Who is calling: a signed-in user, or a user's API token acting for one actor with at most a given role. */
export interface Principal {
  user: PrincipalUser
  via: 'session' | 'token'
  csrfToken?: string
  token?: { id: string; theatreId: string; actorId: string; role: Role; expiresAt: Date | null }
}

export interface Membership {
  memberId: string
  actorId: string
  actorKind: ActorKind
  role: Role
}
