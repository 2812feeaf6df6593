import { describe, expect, it } from 'vitest'
import { subjectOf } from './subject.ts'

const conflict = (n: number) => ({ id: `00000000-0000-7000-8000-00000000000${n}`, ref: `SY-C-00000${n}`, rule: 'activity_site', severity: 'critical', version: 1 })

describe('subjectOf', () => {
  it('is the subject itself for an entry about one record', () => {
    const e = { subject: { kind: 'site', id: 'a', ref: 'SY-S-000001' }, payload: { name: 'Clinic' } }
    expect(subjectOf(e)).toEqual({ kind: 'site', id: 'a', ref: 'SY-S-000001', ids: ['a'], refs: ['SY-S-000001'], count: 1 })
  })

  it('names the one conflict an engine entry lists as its subject', () => {
    const e = { subject: { kind: 'conflict', id: null }, payload: { status: 'open', conflicts: [conflict(1)] } }
    expect(subjectOf(e)).toEqual({ kind: 'conflict', id: conflict(1).id, ref: 'SY-C-000001', ids: [conflict(1).id], refs: ['SY-C-000001'], count: 1 })
  })

  it('counts several, with no single id or reference', () => {
    const e = { subject: { kind: 'conflict', id: null }, payload: { status: 'withdrawn', conflicts: [conflict(1), conflict(2), conflict(3)] } }
    const s = subjectOf(e)
    expect([s.id, s.ref, s.count, s.refs]).toEqual([null, undefined, 3, ['SY-C-000001', 'SY-C-000002', 'SY-C-000003']])
    expect(s.ids).toHaveLength(3)
  })

  it('keeps a subject without an id that lists nothing (an instance-level entry)', () => {
    expect(subjectOf({ subject: { kind: 'acknowledgement', id: null }, payload: null })).toMatchObject({ id: null, ids: [], count: 1 })
  })
})
