import { describe, expect, it } from 'vitest'
import { coveredBelow } from './sheet.ts'

const box = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height })

describe('coveredBelow', () => {
  it('is the height of a sheet across the lower part of the map, as on a phone', () => {
    expect(coveredBelow(box(0, 48, 390, 796), box(0, 320, 390, 524))).toBe(524)
  })

  it('is what a closed sheet still covers', () => {
    expect(coveredBelow(box(0, 48, 390, 796), box(0, 804, 390, 40))).toBe(40)
  })

  it('is nothing for a panel beside the map, in either direction of writing', () => {
    expect(coveredBelow(box(400, 48, 1000, 852), box(0, 48, 400, 852))).toBe(0)
    expect(coveredBelow(box(0, 48, 1000, 852), box(1000, 48, 400, 852))).toBe(0)
  })

  it('is nothing for a panel that does not reach across the map or down to its edge', () => {
    expect(coveredBelow(box(0, 48, 390, 796), box(20, 500, 300, 344))).toBe(0)
    expect(coveredBelow(box(0, 48, 390, 796), box(0, 300, 390, 200))).toBe(0)
  })

  it('is at most the map itself', () => {
    expect(coveredBelow(box(0, 48, 390, 796), box(0, 0, 390, 844))).toBe(796)
  })
})
