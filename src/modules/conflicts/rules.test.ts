import { describe, expect, it } from 'vitest'
import type { Overlap } from '../footprints/service.ts'
import { classify, type Side } from './rules.ts'

const side = (kind: Side['kind'], id: string, owner: string | null, attrs: Record<string, unknown> = {}): Side => ({
  kind,
  subjectId: id,
  version: 1,
  ref: `${kind}-${id}`,
  ownerActorId: owner,
  attrs,
})
const overlap = (s: Side, coversDuring = true, coveredBy = true): Overlap => ({
  ...s,
  coversDuring,
  coveredBy,
})

const air = side('activity', 'a1', 'gov', { kind: 'air' })
const hospital = side('site', 's1', 'msf')
const convoy = side('movement', 'm1', 'wfp')
const noFly = side('zone', 'z1', null, { zoneKind: 'no_fly', prohibits: ['air'], closedToMovements: false })
const corridor = side('zone', 'z2', null, { zoneKind: 'humanitarian_corridor', prohibits: ['air', 'artillery', 'ground'], closedToMovements: false })
const exclusion = side('zone', 'z3', null, { zoneKind: 'exclusion', prohibits: [], closedToMovements: true })

describe('classify', () => {
  it('makes an activity over a site or a movement critical, whichever arrived first', () => {
    expect(classify(air, overlap(hospital))).toMatchObject({ rule: 'activity_site', severity: 'critical', a: air, b: hospital })
    expect(classify(hospital, overlap(air))).toMatchObject({ rule: 'activity_site', a: { subjectId: 'a1' }, b: { subjectId: 's1' } })
    expect(classify(convoy, overlap(air))).toMatchObject({ rule: 'activity_movement', severity: 'critical' })
  })

  it('flags an activity in a zone only when the zone prohibits its kind', () => {
    expect(classify(air, overlap(noFly))).toMatchObject({ rule: 'activity_zone', severity: 'high' })
    expect(classify(side('activity', 'a2', 'gov', { kind: 'demining' }), overlap(noFly))).toBeNull()
    expect(classify(noFly, overlap(air))).toMatchObject({ rule: 'activity_zone', a: { subjectId: 'a1' } })
  })

  it("flags two parties' overlapping activities, not one party's own", () => {
    expect(classify(air, overlap(side('activity', 'a0', 'opp', { kind: 'ground' })))).toMatchObject({ rule: 'activity_activity', severity: 'medium', a: { subjectId: 'a0' } })
    expect(classify(air, overlap(side('activity', 'a3', 'gov', { kind: 'ground' })))).toBeNull()
  })

  it('flags a movement through a closed zone, or through a corridor outside its windows', () => {
    expect(classify(convoy, overlap(exclusion))).toMatchObject({ rule: 'movement_zone', severity: 'medium' })
    expect(classify(convoy, overlap(corridor, true))).toBeNull()
    expect(classify(convoy, overlap(corridor, false))).toMatchObject({ rule: 'movement_zone' })
    expect(classify(corridor, overlap(convoy, true, false))).toMatchObject({ rule: 'movement_zone', a: { subjectId: 'm1' } })
    expect(classify(corridor, overlap(convoy, false, true))).toBeNull()
  })

  it('lets sites and movements overlap each other', () => {
    expect(classify(hospital, overlap(convoy))).toBeNull()
  })
})
