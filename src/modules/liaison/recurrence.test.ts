import { describe, expect, it } from 'vitest'
import { occurrences, untilErrors } from './recurrence.ts'
import { localDate, localDay, parseDue } from './time.ts'

const TZ = 'Asia/Damascus' // +03:00 until the clocks went back at local midnight on 28 October 2016, +02:00 after
const at = (s: string) => Date.parse(s)
const list = (ms: number[]) => ms.map((t) => new Date(t).toISOString())

describe('liaison recurrence', () => {
  it('keeps a daily meeting at its local time across a DST change, to the last day inclusive', () => {
    const first = new Date('2016-10-26T10:00:00+03:00')
    const got = occurrences(first, { freq: 'daily', until: '2016-10-30' }, TZ, at('2016-10-01T00:00Z'), at('2017-01-01T00:00Z'))
    expect(list(got)).toEqual([
      '2016-10-26T07:00:00.000Z',
      '2016-10-27T07:00:00.000Z',
      '2016-10-28T08:00:00.000Z',
      '2016-10-29T08:00:00.000Z',
      '2016-10-30T08:00:00.000Z',
    ])
  })

  it("lists a weekly series' meetings inside [from, to) only, however long it has run", () => {
    const first = new Date('2016-02-01T09:30:00+02:00') // a Monday
    const got = occurrences(first, { freq: 'weekly' }, TZ, at('2016-09-05T06:30:00Z'), at('2016-09-26T06:30:00Z'))
    expect(list(got)).toEqual(['2016-09-05T06:30:00.000Z', '2016-09-12T06:30:00.000Z', '2016-09-19T06:30:00.000Z'])
    expect(got.map((t) => new Date(t).getUTCDay())).toEqual([1, 1, 1])
  })

  it('gives a one-off meeting once, when it is in the range', () => {
    const first = new Date('2016-09-12T10:00:00+03:00')
    expect(occurrences(first, null, TZ, at('2016-09-12T00:00Z'), at('2016-09-13T00:00Z'))).toEqual([first.getTime()])
    expect(occurrences(first, null, TZ, at('2016-09-12T07:00:00.001Z'), at('2016-09-13T00:00Z'))).toEqual([])
  })

  it('refuses a series that ends before its first local day', () => {
    // 23:30 UTC on the 11th is already the 12th in Damascus: ending on the 12th is fine, on the 11th is not
    expect(untilErrors('2016-09-11T23:30:00Z', { freq: 'daily', until: '2016-09-12' }, TZ, '/body/recurrence/until')).toEqual([])
    expect(untilErrors('2016-09-11T23:30:00Z', { freq: 'daily', until: '2016-09-11' }, TZ, '/body/recurrence/until')).toEqual([
      { path: '/body/recurrence/until', message: 'is before the day of the first meeting (2016-09-12 in Asia/Damascus)' },
    ])
  })
})

describe('liaison due dates', () => {
  it('reads a date as due by the end of that day in the theatre timezone', () => {
    expect(parseDue('2016-09-14', TZ)).toEqual({ due: '2016-09-14', dueAt: new Date('2016-09-15T00:00:00+03:00') })
    // the clocks went back from 24:00 +03:00 to 23:00 +02:00 that night: the 27th lasted 25 hours
    expect(parseDue('2016-10-27', TZ)).toEqual({ due: '2016-10-27', dueAt: new Date('2016-10-28T00:00:00+02:00') })
  })

  it('reads a date-time with its offset as that instant', () => {
    expect(parseDue('2016-09-14T18:00:00+03:00', TZ)).toEqual({ due: '2016-09-14T15:00:00.000Z', dueAt: new Date('2016-09-14T15:00:00Z') })
    expect(parseDue('2016-09-14T18:00Z', TZ)?.due).toBe('2016-09-14T18:00:00.000Z')
  })

  it('refuses what names no day or no instant', () => {
    for (const bad of ['next Thursday', '2016-02-30', '2016-09-14T18:00:00', '2016-09-14 18:00+03:00', '14/09/2016', '2016-13-01', '2016-09-14T25:00Z']) {
      expect(parseDue(bad, TZ), bad).toBeUndefined()
    }
  })

  it('names local dates', () => {
    expect(localDay('2016-02-29')).toBe(Date.UTC(2016, 1, 29))
    expect(localDay('2015-02-29')).toBeUndefined()
    expect(localDate(TZ, at('2016-09-11T21:30:00Z'))).toBe('2016-09-12')
  })
})
