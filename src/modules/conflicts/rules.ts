import type { FootprintKind, FootprintSubject, Overlap } from '../footprints/service.ts'

/** One side of a possible conflict: a footprint and what the rules read from it. */
export type Side = FootprintSubject

export type Rule = 'activity_site' | 'activity_movement' | 'activity_zone' | 'activity_activity' | 'movement_zone'
export type Severity = 'critical' | 'high' | 'medium'

export interface Finding {
  rule: Rule
  severity: Severity
  /** By convention `a` is the activity (or the movement against a zone), `b` what it meets. */
  a: Side
  b: Side
}

/** Which kinds a footprint of each kind can conflict with, so the engine asks PostGIS only for those. */
export const COUNTERPARTS: Record<FootprintKind, FootprintKind[]> = {
  activity: ['site', 'movement', 'zone', 'activity'],
  site: ['activity'],
  movement: ['activity', 'zone'],
  zone: ['activity', 'movement'],
}

/** A movement meets a zone badly if the zone is closed to movements, or it is a corridor not open for the whole trip. */
function movementBreaches(zone: Side, corridorCoversTrip: boolean): boolean {
  return zone.attrs.closedToMovements === true || (zone.attrs.zoneKind === 'humanitarian_corridor' && !corridorCoversTrip)
}

/**
 * DESIGN.md § Deconfliction rules, for two footprints that already meet in space and time (PostGIS found that).
 * Returns null when the rules allow the overlap.
 */
export function classify(subject: Side, other: Overlap): Finding | null {
  const o: Side = other
  const pair = (a: Side, b: Side, rule: Rule, severity: Severity): Finding => ({ rule, severity, a, b })
  const [x, y] = [subject.kind, o.kind]
  if (x === 'activity' && y === 'site') return pair(subject, o, 'activity_site', 'critical')
  if (x === 'site' && y === 'activity') return pair(o, subject, 'activity_site', 'critical')
  if (x === 'activity' && y === 'movement') return pair(subject, o, 'activity_movement', 'critical')
  if (x === 'movement' && y === 'activity') return pair(o, subject, 'activity_movement', 'critical')
  if (x === 'activity' && y === 'zone') return (o.attrs.prohibits ?? []).includes(subject.attrs.kind) ? pair(subject, o, 'activity_zone', 'high') : null
  if (x === 'zone' && y === 'activity') return (subject.attrs.prohibits ?? []).includes(o.attrs.kind) ? pair(o, subject, 'activity_zone', 'high') : null
  if (x === 'activity' && y === 'activity') {
    if (subject.ownerActorId === o.ownerActorId) return null // a party's own activities may overlap
    const [a, b] = subject.subjectId < o.subjectId ? [subject, o] : [o, subject]
    return pair(a, b, 'activity_activity', 'medium')
  }
  if (x === 'movement' && y === 'zone') return movementBreaches(o, other.coversDuring) ? pair(subject, o, 'movement_zone', 'medium') : null
  if (x === 'zone' && y === 'movement') return movementBreaches(subject, other.coveredBy) ? pair(o, subject, 'movement_zone', 'medium') : null
  return null
}
