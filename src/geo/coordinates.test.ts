import { describe, expect, it } from 'vitest'
import { CoordinateError, parsePoint, toMgrs } from './coordinates.ts'

const close = (a: number[], b: number[], eps = 1e-4) => expect(Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1])).toBeLessThan(eps)

describe('parsePoint', () => {
  it('reads decimal "latitude, longitude" as people copy it from a map', () => {
    expect(parsePoint('36.2021, 37.1343')).toEqual([37.1343, 36.2021])
    expect(parsePoint('36.2021 37.1343')).toEqual([37.1343, 36.2021])
  })

  it('reads degrees–minutes–seconds in either order and common spellings', () => {
    close(parsePoint(`36°12'07.6"N 37°08'03.5"E`), [37.134306, 36.202111])
    close(parsePoint(`37°08'03.5"E, 36°12'07.6"N`), [37.134306, 36.202111])
    close(parsePoint('N36 12 07.6 E37 08 03.5'), [37.134306, 36.202111])
    close(parsePoint(`33°30'S 70°40'W`), [-70.666667, -33.5])
  })

  it('reads MGRS and round-trips through toMgrs to the metre', () => {
    const here: [number, number] = [37.1343, 36.2021]
    const ref = toMgrs(here)!
    expect(ref).toMatch(/^37S[A-Z]{2}\d{10}$/)
    close(parsePoint(ref), here, 1e-4)
    close(parsePoint(ref.replace(/^(\d+\w)(\w\w)(\d{5})(\d{5})$/, '$1 $2 $3 $4')), here, 1e-4)
  })

  it('says what is wrong with a coordinate it cannot read', () => {
    expect(() => parsePoint('96.1, 37.1')).toThrow(/latitude 96.1 is outside/)
    expect(() => parsePoint('36.1, 237.1')).toThrow(CoordinateError)
    expect(() => parsePoint('Aleppo')).toThrow(/not a coordinate/)
    expect(() => parsePoint(`36°72'N 37°08'E`)).toThrow(/below 60/)
    expect(() => parsePoint(`36°12'N 37°08'N`)).toThrow(/one latitude/)
  })
})
