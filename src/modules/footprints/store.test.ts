import { describe, expect, it } from 'vitest'
import { emptyDatabase, oneConnection, plansOf, sharedDatabase, testEngines } from '../../../test/helpers/db.ts'
import type { Queryable } from '../../db/engine.ts'
import { newId } from '../../db/ids.ts'
import { migrate } from '../../db/migrate.ts'
import { insertTheatre } from '../theatres/store.ts'
import type { FootprintKind, Window } from './service.ts'
import { overlapping, overlappingSql, upsert } from './store.ts'

const DAY_1: Window = ['2027-03-01T00:00:00Z', '2027-03-02T00:00:00Z']
const DAY_2: Window = ['2027-03-02T00:00:00Z', '2027-03-03T00:00:00Z']
const square = (x: number, y: number, d = 0.01) => ({
  type: 'Polygon' as const,
  coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]],
})

/** A theatre of its own, with footprints around Aleppo: the subject, and what meets it or not. */
async function setUp(q: Queryable) {
  const theatreId = newId()
  await insertTheatre(q, { id: theatreId, code: `F${theatreId.slice(-8)}`, name: 'Footprints', timezone: 'UTC', bbox: [35.5, 32.3, 42.4, 37.4], policy: {} })
  const put = async (kind: FootprintKind, geometry: ReturnType<typeof square>, during: Window[]) => {
    const subjectId = newId()
    await upsert(q, { theatreId, kind, subjectId, version: 1, geometry, during })
    return subjectId
  }
  const subject = await put('activity', square(37.1, 36.2, 0.05), [DAY_1])
  const met = {
    site: await put('site', square(37.12, 36.22), [DAY_1]),
    zone: await put('zone', square(37.14, 36.18, 0.04), [DAY_1, DAY_2]),
  }
  const notMet = {
    elsewhere: await put('site', square(37.5, 36.5), [DAY_1]),
    later: await put('site', square(37.12, 36.22), [DAY_2]),
    otherKind: await put('movement', square(37.12, 36.22), [DAY_1]),
  }
  return { theatreId, subject, met, notMet }
}

describe.each(testEngines())('footprints store on %s', (engine) => {
  it('finds the footprints of the kinds asked for that meet the subject in space and in time, and nothing else', async () => {
    const db = await sharedDatabase(engine)
    const { theatreId, subject, met } = await setUp(db)
    const found = await overlapping(db, theatreId, 'activity', subject, ['site', 'zone', 'activity'])
    expect(found.map((o) => o.subjectId).sort()).toEqual([met.site, met.zone].sort())
    const zone = found.find((o) => o.subjectId === met.zone)!
    // the zone is in force on both days, the activity on the first only
    expect({ kind: zone.kind, coversDuring: zone.coversDuring, coveredBy: zone.coveredBy }).toEqual({ kind: 'zone', coversDuring: true, coveredBy: false })
  })

  it('refuses a kind that is not a footprint kind rather than writing it into a statement', () => {
    expect(() => overlappingSql('site', ["site') OR true --" as FootprintKind])).toThrow('not a footprint kind')
  })
})

describe.each(testEngines().filter((e) => e === 'postgresql'))('footprints store on %s, plans', (engine) => {
  it('keeps one plan per connection for the overlap query, instead of planning it on every call', { timeout: 120_000 }, async () => {
    // A database of its own, as big as a busy theatre's, and one connection, so that the queries and the look at its
    // prepared statements share a session.
    const name = `truce_test_plans_w${process.env.VITEST_POOL_ID ?? '0'}`
    const setup = await emptyDatabase(engine, name)
    await migrate(setup)
    await setup.close()
    const db = await oneConnection(name)
    try {
      const { theatreId, subject } = await setUp(db)
      // 100,000 footprints, sites six in nine, and statistics that say so: then a plan that cannot use the kinds asked
      // for scans several times what one that can does, and PostgreSQL weighs one against the other.
      await db.query(
        `INSERT INTO footprints (theatre_id, subject_kind, subject_id, version, shape, during)
         SELECT $1, (ARRAY['site', 'site', 'site', 'site', 'site', 'site', 'activity', 'movement', 'zone'])[1 + g % 9], gen_random_uuid(), 1,
           ST_MakeEnvelope(35.5 + (g % 316) * 0.022, 32.3 + (g / 316) * 0.016, 35.505 + (g % 316) * 0.022, 32.305 + (g / 316) * 0.016, 4326),
           tstzmultirange(tstzrange('2027-01-01'::timestamptz + (g % 700) * interval '1 day', '2027-01-03'::timestamptz + (g % 700) * interval '1 day'))
         FROM generate_series(0, 99999) g`,
        [theatreId],
      )
      await db.exec('ANALYZE footprints')
      for (let i = 0; i < 12; i++) await overlapping(db, theatreId, 'activity', subject, ['site', 'zone'])
      // PostgreSQL tries five plans made for the values before it weighs one made without them.
      expect(await plansOf(db, 'SELECT o.subject_kind AS kind')).toEqual({ custom: 5, generic: 7 })
    } finally {
      await db.close()
    }
  })
})
