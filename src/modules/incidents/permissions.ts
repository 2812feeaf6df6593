import type { TheatreAccess } from '../../authz/access.ts'
import { atLeast, type ActorKind } from '../../authz/principal.ts'
import type { IncidentRow } from './store.ts'

/** Monitors' and the coordinator's editors verify, merge, and change an incident until it is merged. */
export const mayVerify = (access: TheatreAccess) => access.isCoordinatorEditor || access.hasKind('monitor', 'editor')

/** The caller is an editor of the actor that reported it (or of one whose report was merged into it). */
export const isReporter = (access: TheatreAccess, r: Pick<IncidentRow, 'reporter_id' | 'co_reporter_ids'>) =>
  [r.reporter_id, ...r.co_reporter_ids].some((id) => {
    const role = access.roleIn(id)
    return role !== undefined && atLeast(role, 'editor')
  })

/** The actor the caller acts as, for the ledger: their first editor membership of these kinds. */
export const actingAs = (access: TheatreAccess, kinds: ActorKind[]): string | null =>
  access.memberships.find((m) => kinds.includes(m.actorKind) && atLeast(m.role, 'editor'))?.actorId ?? null
