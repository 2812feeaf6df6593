import { describe, expect, it } from 'vitest'
import { Problem } from './problem.ts'
import { checkTile } from './tiles.ts'

const pathOf = (f: () => void) => {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(Problem)
    return (e as Problem).errors?.map((x) => x.path)
  }
  return []
}

describe('checkTile', () => {
  it('lets through every tile of the zooms cut, corners included', () => {
    expect(pathOf(() => checkTile(0, 0, 0, 10))).toEqual([])
    expect(pathOf(() => checkTile(10, 1023, 1023, 10))).toEqual([])
  })

  it('names the coordinate that is out of range', () => {
    expect(pathOf(() => checkTile(11, 0, 0, 10))).toEqual(['/params/z'])
    expect(pathOf(() => checkTile(3, 8, 0, 10))).toEqual(['/params/x'])
    expect(pathOf(() => checkTile(3, 0, 8, 10))).toEqual(['/params/y'])
  })
})
