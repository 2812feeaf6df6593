import { beforeAll, describe, expect, it } from 'vitest'
import { sharedDatabase, testEngines } from '../../test/helpers/db.ts'
import type { Db } from '../db/engine.ts'
import { Problem } from '../http/problem.ts'
import type { Bbox, Geometry } from './geojson.ts'
import { assertValidGeometry } from './validate.ts'

const SYRIA: Bbox = [35.5, 32.3, 42.4, 37.4]

describe.each(testEngines())('assertValidGeometry on %s', (engine) => {
  let db: Db
  beforeAll(async () => {
    db = await sharedDatabase(engine)
  })

  const errorsOf = async (g: unknown, bbox?: Bbox) => {
    try {
      await assertValidGeometry(db, g as Geometry, '/body/geometry', bbox)
      return []
    } catch (e) {
      expect(e).toBeInstanceOf(Problem)
      return (e as Problem).errors!
    }
  }

  it('accepts valid points, lines and polygons inside the theatre', async () => {
    expect(await errorsOf({ type: 'Point', coordinates: [37.13, 36.2] }, SYRIA)).toEqual([])
    expect(await errorsOf({ type: 'LineString', coordinates: [[36.63, 36.2], [37.13, 36.2]] }, SYRIA)).toEqual([])
    expect(await errorsOf({ type: 'Polygon', coordinates: [[[37, 36], [37.2, 36], [37.2, 36.2], [37, 36]]] }, SYRIA)).toEqual([])
  })

  it('names a self-intersection and where it is', async () => {
    const bowtie = { type: 'Polygon', coordinates: [[[37, 36], [37.2, 36.2], [37.2, 36], [37, 36.2], [37, 36]]] }
    expect(await errorsOf(bowtie)).toEqual([{ path: '/body/geometry', message: 'self-intersection at [37.1, 36.1]' }])
  })

  it('names an unclosed ring, a ring of fewer than 4 positions and a one-point line', async () => {
    expect(await errorsOf({ type: 'Polygon', coordinates: [[[37, 36], [37.2, 36], [37.2, 36.2], [37.1, 36.3]]] })).toEqual([
      { path: '/body/geometry/coordinates/0', message: 'the ring is not closed: it starts at [37, 36] and ends at [37.1, 36.3]' },
    ])
    expect((await errorsOf({ type: 'Polygon', coordinates: [[[37, 36], [37.2, 36], [37, 36]]] }))[0].message).toMatch(/at least 4 positions/)
    expect((await errorsOf({ type: 'LineString', coordinates: [[37, 36]] }))[0].message).toMatch(/at least 2 positions/)
  })

  it('names coordinates out of range and outside the bounding box by their position', async () => {
    expect(await errorsOf({ type: 'Point', coordinates: [37, 95] })).toEqual([{ path: '/body/geometry/coordinates/1', message: 'latitude 95 is outside -90..90' }])
    expect(await errorsOf({ type: 'LineString', coordinates: [[37, 36], [44, 36]] }, SYRIA)).toEqual([
      { path: '/body/geometry/coordinates/1', message: "[44, 36] is outside the theatre's bounding box [35.5, 32.3, 42.4, 37.4]" },
    ])
  })
})
