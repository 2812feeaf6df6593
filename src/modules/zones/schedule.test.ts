import { describe, expect, it } from 'vitest'
import { HORIZON_DAYS, expandSchedule, scheduleErrors } from './schedule.ts'

const NOW = new Date('2026-01-01T00:00:00Z')

describe('expandSchedule', () => {
  it('gives the whole validity when there are no windows, open-ended when validTo is null', () => {
    expect(expandSchedule({ validFrom: '2026-02-01T00:00:00+03:00', validTo: '2026-03-01T00:00:00+03:00' }, 'Asia/Damascus', NOW)).toEqual([
      ['2026-01-31T21:00:00.000Z', '2026-02-28T21:00:00.000Z'],
    ])
    expect(expandSchedule({ validFrom: '2026-02-01T00:00:00Z', validTo: null }, 'Asia/Damascus', NOW)).toEqual([['2026-02-01T00:00:00.000Z', null]])
    expect(expandSchedule({ validFrom: '2026-02-01T00:00:00Z', windows: [] }, 'Asia/Damascus', NOW)).toEqual([['2026-02-01T00:00:00.000Z', null]])
  })

  it("places a daily window in the theatre's timezone", () => {
    const s = { validFrom: '2026-02-01T00:00:00+03:00', validTo: '2026-02-04T00:00:00+03:00', windows: [{ start: '10:00', end: '13:00' }] }
    expect(expandSchedule(s, 'Asia/Damascus', NOW)).toEqual([
      ['2026-02-01T07:00:00.000Z', '2026-02-01T10:00:00.000Z'],
      ['2026-02-02T07:00:00.000Z', '2026-02-02T10:00:00.000Z'],
      ['2026-02-03T07:00:00.000Z', '2026-02-03T10:00:00.000Z'],
    ])
    expect(expandSchedule(s, 'UTC', NOW)[0]).toEqual(['2026-02-01T10:00:00.000Z', '2026-02-01T13:00:00.000Z'])
  })

  it('moves the windows in UTC when the clocks change (Beirut springs forward at midnight on 29 March 2026)', () => {
    const s = { validFrom: '2026-03-28T00:00:00Z', validTo: '2026-03-31T00:00:00Z', windows: [{ start: '10:00', end: '13:00' }] }
    expect(expandSchedule(s, 'Asia/Beirut', NOW)).toEqual([
      ['2026-03-28T08:00:00.000Z', '2026-03-28T11:00:00.000Z'], // UTC+2
      ['2026-03-29T07:00:00.000Z', '2026-03-29T10:00:00.000Z'], // UTC+3 from the change on
      ['2026-03-30T07:00:00.000Z', '2026-03-30T10:00:00.000Z'],
    ])
  })

  it('starts a window that begins in the skipped hour when the clocks jump, and one in a repeated hour at its first occurrence', () => {
    // 00:00 on 29 March does not exist in Beirut: the clocks go from 23:59:59 (UTC+2) to 01:00 (UTC+3).
    const gap = { validFrom: '2026-03-29T00:00:00+03:00', validTo: '2026-03-29T12:00:00+03:00', windows: [{ start: '00:00', end: '02:00' }] }
    expect(expandSchedule(gap, 'Asia/Beirut', NOW)).toEqual([['2026-03-28T22:00:00.000Z', '2026-03-28T23:00:00.000Z']])
    // 01:30 on 1 November 2026 happens twice in New York: first in EDT (UTC−4).
    const twice = { validFrom: '2026-11-01T00:00:00-04:00', validTo: '2026-11-01T12:00:00-05:00', windows: [{ start: '01:30', end: '03:00' }] }
    expect(expandSchedule(twice, 'America/New_York', NOW)).toEqual([['2026-11-01T05:30:00.000Z', '2026-11-01T08:00:00.000Z']])
  })

  it('keeps only the days named, by the local date', () => {
    // 2026-02-02 is a Monday. 01:00–02:00 in Damascus is the previous UTC day: the local weekday decides.
    const s = {
      validFrom: '2026-02-02T00:00:00+03:00',
      validTo: '2026-02-16T00:00:00+03:00',
      windows: [{ days: ['fri' as const, 'mon' as const], start: '01:00', end: '02:00' }],
    }
    expect(expandSchedule(s, 'Asia/Damascus', NOW)).toEqual([
      ['2026-02-01T22:00:00.000Z', '2026-02-01T23:00:00.000Z'], // Monday 2 February, local
      ['2026-02-05T22:00:00.000Z', '2026-02-05T23:00:00.000Z'], // Friday 6
      ['2026-02-08T22:00:00.000Z', '2026-02-08T23:00:00.000Z'], // Monday 9
      ['2026-02-12T22:00:00.000Z', '2026-02-12T23:00:00.000Z'], // Friday 13
    ])
  })

  it('clips the first and last windows to the validity', () => {
    const s = { validFrom: '2026-02-01T11:30:00+03:00', validTo: '2026-02-02T12:00:00+03:00', windows: [{ start: '10:00', end: '13:00' }] }
    expect(expandSchedule(s, 'Asia/Damascus', NOW)).toEqual([
      ['2026-02-01T08:30:00.000Z', '2026-02-01T10:00:00.000Z'],
      ['2026-02-02T07:00:00.000Z', '2026-02-02T09:00:00.000Z'],
    ])
    const inGap = { validFrom: '2026-02-01T14:00:00+03:00', validTo: '2026-02-02T09:00:00+03:00', windows: [{ start: '10:00', end: '13:00' }] }
    expect(expandSchedule(inGap, 'Asia/Damascus', NOW)).toEqual([])
  })

  it('merges windows that overlap or touch, and allows a window to run to 24:00', () => {
    const s = {
      validFrom: '2026-02-01T00:00:00Z',
      validTo: '2026-02-02T00:00:00Z',
      windows: [
        { start: '08:00', end: '10:00' },
        { start: '09:00', end: '11:00' },
        { start: '11:00', end: '12:00' },
        { start: '22:00', end: '24:00' },
      ],
    }
    expect(expandSchedule(s, 'UTC', NOW)).toEqual([
      ['2026-02-01T08:00:00.000Z', '2026-02-01T12:00:00.000Z'],
      ['2026-02-01T22:00:00.000Z', '2026-02-02T00:00:00.000Z'],
    ])
  })

  it(`expands an open validity ${HORIZON_DAYS} days past the later of validFrom and now`, () => {
    const daily = [{ start: '10:00', end: '11:00' }]
    const future = expandSchedule({ validFrom: '2026-06-01T00:00:00Z', validTo: null, windows: daily }, 'UTC', NOW)
    expect(future).toHaveLength(HORIZON_DAYS)
    expect(future.at(-1)).toEqual(['2027-06-01T10:00:00.000Z', '2027-06-01T11:00:00.000Z'])
    const past = expandSchedule({ validFrom: '2025-12-01T00:00:00Z', validTo: null, windows: daily }, 'UTC', NOW)
    expect(past[0]).toEqual(['2025-12-01T10:00:00.000Z', '2025-12-01T11:00:00.000Z'])
    expect(past.at(-1)).toEqual(['2027-01-01T10:00:00.000Z', '2027-01-01T11:00:00.000Z'])
    const long = expandSchedule({ validFrom: '2026-01-01T00:00:00Z', validTo: '2030-01-01T00:00:00Z', windows: daily }, 'UTC', NOW)
    expect(long.at(-1)).toEqual(['2027-01-01T10:00:00.000Z', '2027-01-01T11:00:00.000Z'])
  })
})

describe('scheduleErrors', () => {
  it('names a window that does not end after it starts and a validity that ends before it starts', () => {
    expect(
      scheduleErrors(
        {
          validFrom: '2026-02-01T00:00:00Z',
          validTo: '2026-02-01T00:00:00Z',
          windows: [
            { start: '10:00', end: '13:00' },
            { start: '13:00', end: '13:00' },
            { start: '14:00', end: '09:30' },
          ],
        },
        '/body/schedule',
      ),
    ).toEqual([
      { path: '/body/schedule/validTo', message: 'must be after validFrom (2026-02-01T00:00:00Z)' },
      { path: '/body/schedule/windows/1/end', message: 'must be after start (13:00)' },
      { path: '/body/schedule/windows/2/end', message: 'must be after start (14:00)' },
    ])
    expect(scheduleErrors({ validFrom: '2026-02-01T00:00:00Z', validTo: null, windows: [{ start: '00:00', end: '24:00' }] }, '/body/schedule')).toEqual([])
  })
})
