import type { TheatreAccess } from '../../authz/access.ts'
import type { ConflictRow } from './store.ts'

/** A footprint's subject as a conflict names it. */
export interface SubjectRef {
  kind: string
  id: string
  ref: string | null
  version: number
  name?: string
}

const subject = (r: ConflictRow, side: 'a' | 'b'): SubjectRef => ({
  kind: r[`${side}_kind`],
  id: r[`${side}_id`],
  ref: r.facts[side]?.ref ?? null,
  version: r[`${side}_version`],
  ...(r.facts[side]?.name ? { name: r.facts[side].name } : {}),
})

/**
 * Each viewer's side of a conflict (DESIGN.md § Deconfliction rules, "who is told what"); null when the viewer has
 * no side. The coordinator sees everything; a declaring party sees the site or movement only if it was shared with
 * it; the site's or movement's organisation learns that an activity meets it and when, never whose or where; in an
 * activity × activity conflict each party sees the overlap, not the other's activity.
 */
export function viewOf(access: TheatreAccess, r: ConflictRow) {
  const common = {
    id: r.id,
    ref: r.ref,
    rule: r.rule,
    severity: r.severity,
    status: r.status,
    note: r.note,
    during: r.during,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  }
  const zone = r.facts.zone ?? null
  if (access.seesEverything) {
    return { ...common, a: { ...subject(r, 'a'), owner: r.a_owner }, b: { ...subject(r, 'b'), owner: r.b_owner }, zone, area: r.area, resolvedBy: r.resolved_by }
  }
  const mine = (owner: string | null) => owner !== null && access.roleIn(owner) !== undefined
  switch (r.rule) {
    case 'activity_site':
    case 'activity_movement':
      if (mine(r.a_owner) && r.facts.sharedWithParty) return { ...common, yours: subject(r, 'a'), other: subject(r, 'b'), zone, area: r.area }
      if (mine(r.b_owner)) return { ...common, yours: subject(r, 'b'), other: null, zone, area: null }
      return null
    case 'activity_zone':
    case 'movement_zone':
      return mine(r.a_owner) ? { ...common, yours: subject(r, 'a'), other: null, zone, area: r.area } : null
    case 'activity_activity':
      if (mine(r.a_owner)) return { ...common, yours: subject(r, 'a'), other: null, zone, area: r.area }
      if (mine(r.b_owner)) return { ...common, yours: subject(r, 'b'), other: null, zone, area: r.area }
      return null
  }
  return null
}
export type ConflictView = NonNullable<ReturnType<typeof viewOf>>
