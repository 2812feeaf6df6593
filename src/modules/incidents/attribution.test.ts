import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testEngines } from '../../../test/helpers/db.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { makeTheatre, type TestTheatre } from '../../../test/helpers/theatre.ts'

/** A ceasefire zone over eastern Aleppo (illustrative): 37.1–37.2° E, 36.1–36.2° N. */
const SQUARE = { type: 'Polygon', coordinates: [[[37.1, 36.1], [37.2, 36.1], [37.2, 36.2], [37.1, 36.2], [37.1, 36.1]]] }
const INSIDE = { type: 'Point', coordinates: [37.15, 36.15] }
/** About 3.1 km east of the zone's edge (0.035° of longitude at 36.15° N). */
const EAST = { type: 'Point', coordinates: [37.235, 36.15] }
/** A hospital, and points about 300 m and 2 km from it (a degree of latitude is ~111 km). */
const HOSPITAL = { type: 'Point', coordinates: [37.3, 36.3] }
const NEAR_HOSPITAL = { type: 'Point', coordinates: [37.3, 36.3027] }
const FAR_FROM_HOSPITAL = { type: 'Point', coordinates: [37.3, 36.318] }
/** A convoy road well away from both, along 36.4° N. */
const ROAD = { type: 'LineString', coordinates: [[37.4, 36.4], [37.5, 36.4]] }
const HOUR = 3_600_000

describe.each(testEngines())('incident attribution on %s', (engine) => {
  let t: TestServer
  let tt: TestTheatre
  let agreement: any
  let zone: any
  beforeAll(async () => {
    t = await startServer(engine)
    tt = await makeTheatre(t)
    const coord = tt.users.coordAdmin.client
    agreement = (await coord.post(`${tt.base}/agreements`, { name: 'Aleppo cessation of hostilities', kind: 'ceasefire', signatories: [tt.actors.gov.id], text: 'No attacks.' })).body
    const z = await coord.post(`${tt.base}/agreements/${agreement.id}/zones`, { name: 'Eastern Aleppo', kind: 'ceasefire', geometry: SQUARE, schedule: { validFrom: '2026-01-01T00:00:00Z' } })
    expect(z.status, JSON.stringify(z.body)).toBe(201)
    zone = z.body
    const s = await coord.post(`${tt.base}/agreements/${agreement.id}/status`, { version: agreement.version, status: 'in_force', reason: 'signed' })
    expect(s.status, JSON.stringify(s.body)).toBe(200)
    agreement = s.body
  })
  afterAll(() => t?.close())

  const report = async (body: Record<string, unknown>, who: 'monEditor' | 'wfpEditor' = 'monEditor') => {
    const res = await tt.users[who].client.post(`${tt.base}/incidents`, {
      occurredAt: new Date().toISOString(),
      category: 'shelling_artillery_missile_attack',
      description: 'Shelling',
      allegedPartyId: tt.actors.gov.id,
      ...body,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body
  }
  const ZONE = () => ({ agreementId: agreement.id, agreementTitle: 'Aleppo cessation of hostilities', zoneId: zone.id, zoneName: 'Eastern Aleppo', kind: 'ceasefire' })

  describe('zones in force', () => {
    it('names the agreement and zone an incident inside it may breach, and by whom', async () => {
      const i = await report({ location: INSIDE })
      expect(i.attribution.zones).toEqual([ZONE()])
      expect(i.attribution.summary).toBe('possible breach of Aleppo cessation of hostilities, Eastern Aleppo (ceasefire) by Government forces')
    })

    it('leaves out a zone 3 km away from an exact location, and takes it in when the location is only near a place (5 km)', async () => {
      const exact = await report({ location: EAST })
      expect(exact.attribution.zones).toEqual([])
      expect(exact.attribution.summary).toBe('no zone in force and no notified site or movement there and then')
      const near = await report({ location: EAST, locationPrecision: 'near', placeName: 'Tal Shughayb' })
      expect(near.uncertaintyM).toBe(5000)
      expect(near.uncertaintyArea.type).toBe('Polygon')
      expect(near.attribution.zones).toEqual([ZONE()])
      // and a change of the location is attributed again
      const moved = await tt.users.monEditor.client.patch(`${tt.base}/incidents/${exact.id}`, { version: exact.version, location: INSIDE })
      expect(moved.body.attribution.zones).toEqual([ZONE()])
    })

    it('uses the theatre policy for the radii', async () => {
      const theatre = (await tt.users.coordAdmin.client.get(tt.base)).body
      const res = await tt.users.coordAdmin.client.patch(tt.base, { version: theatre.version, policy: { incidents: { uncertaintyM: { near: 1000 } } } })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      try {
        const near = await report({ location: EAST, locationPrecision: 'near' })
        expect(near.uncertaintyM).toBe(1000)
        expect(near.attribution.zones).toEqual([])
        const district = await report({ location: EAST, locationPrecision: 'district' })
        expect(district.uncertaintyM).toBe(15_000)
        expect(district.attribution.zones).toEqual([ZONE()])
      } finally {
        await tt.users.coordAdmin.client.patch(tt.base, { version: res.body.version, policy: { incidents: { uncertaintyM: { near: 5000 } } } })
      }
    })

    it('counts only the time the agreement was in force, and an event lasting into it', async () => {
      const before = await report({ location: INSIDE, occurredAt: new Date(Date.now() - 3 * HOUR).toISOString() })
      expect(before.attribution.zones).toEqual([])
      const lasting = await report({ location: INSIDE, occurredAt: new Date(Date.now() - 3 * HOUR).toISOString(), occurredUntil: new Date().toISOString() })
      expect(lasting.attribution.zones).toEqual([ZONE()])

      // a second agreement, in force for a moment and then suspended
      const coord = tt.users.coordAdmin.client
      const a = (await coord.post(`${tt.base}/agreements`, { name: 'Humanitarian pause', kind: 'humanitarian_pause', text: 'Pause.' })).body
      const z = (await coord.post(`${tt.base}/agreements/${a.id}/zones`, { name: 'Pause area', kind: 'ceasefire', geometry: SQUARE, schedule: { validFrom: '2026-01-01T00:00:00Z' } })).body
      const on = (await coord.post(`${tt.base}/agreements/${a.id}/status`, { version: a.version, status: 'in_force', reason: 'agreed' })).body
      await new Promise((r) => setTimeout(r, 20))
      const during = new Date().toISOString()
      await new Promise((r) => setTimeout(r, 20))
      await coord.post(`${tt.base}/agreements/${a.id}/status`, { version: on.version, status: 'suspended', reason: 'violations' })
      const inPause = await report({ location: INSIDE, occurredAt: during })
      expect(inPause.attribution.zones.map((x: any) => x.zoneId).sort()).toEqual([zone.id, z.id].sort())
      const after = await report({ location: INSIDE })
      expect(after.attribution.zones.map((x: any) => x.zoneId)).toEqual([zone.id])
    })
  })

  describe('notified sites and movements', () => {
    let site: any
    let movement: any
    beforeAll(async () => {
      site = (await tt.users.msfEditor.client.post(`${tt.base}/sites`, { name: 'Al-Quds hospital', type: 'hospital', geometry: HOSPITAL })).body
      const acks = (await tt.users.coordAdmin.client.get(`${tt.base}/acknowledgements?subject=${site.id}`)).body.items
      const gov = acks.find((x: any) => x.party === tt.actors.gov.id)
      expect((await tt.users.govEditor.client.post(`${tt.base}/acknowledgements/${gov.id}/acknowledge`, {})).status).toBe(200)
      const m = await tt.users.wfpEditor.client.post(`${tt.base}/movements`, {
        name: 'Convoy 12',
        route: ROAD,
        window: { start: new Date(Date.now() - 2 * HOUR).toISOString(), end: new Date(Date.now() + 2 * HOUR).toISOString() },
      })
      expect(m.status, JSON.stringify(m.body)).toBe(201)
      movement = m.body
    })

    it('names a notified site within its protection radius, and when the alleged party had acknowledged it', async () => {
      const i = await report({ location: NEAR_HOSPITAL, category: 'attack_on_notified_site' })
      expect(i.attribution.zones).toEqual([])
      expect(i.attribution.subjects).toEqual([
        { kind: 'site', id: site.id, ref: site.ref, name: 'Al-Quds hospital', acknowledgedByAlleged: { at: expect.any(String), version: 1 } },
      ])
      const day = i.attribution.subjects[0].acknowledgedByAlleged.at.slice(0, 10)
      expect(i.attribution.summary).toBe(`Government forces had acknowledged site ${site.ref} Al-Quds hospital on ${day}`)
      const far = await report({ location: FAR_FROM_HOSPITAL })
      expect(far.attribution.subjects).toEqual([])
    })

    it('says the site was struck without an acknowledgement when the alleged party had none', async () => {
      const i = await report({ location: NEAR_HOSPITAL, allegedPartyId: tt.actors.opp.id })
      expect(i.attribution.subjects).toEqual([expect.objectContaining({ id: site.id, acknowledgedByAlleged: null })])
      expect(i.attribution.summary).toBe(`it may have struck notified site ${site.ref} Al-Quds hospital, allegedly by Opposition forces`)
    })

    it('tells each reader only of the sites they may see', async () => {
      // reported by WFP, which the hospital (MSF's, shared with the parties) is not shared with
      const i = await report({ location: NEAR_HOSPITAL }, 'wfpEditor')
      expect(i.attribution.subjects).toEqual([])
      expect(i.attribution.summary).toBe('no zone in force and no notified site or movement there and then')
      const mon = (await tt.users.monEditor.client.get(`${tt.base}/incidents/${i.id}`)).body
      expect(mon.attribution.subjects.map((s: any) => s.id)).toEqual([site.id])
      const [entry] = (await tt.users.coordAdmin.client.get(`${tt.base}/ledger?subject=${i.id}`)).body.items
      expect(entry.payload.attribution.subjects).toEqual([])
    })

    it('names a movement whose route buffer and window the incident meets', async () => {
      const onRoad = { type: 'Point', coordinates: [37.45, 36.402] }
      const i = await report({ location: onRoad, category: 'attack_on_notified_movement' })
      expect(i.attribution.subjects).toEqual([{ kind: 'movement', id: movement.id, ref: movement.ref, name: 'Convoy 12', acknowledgedByAlleged: null }])
      const earlier = await report({ location: onRoad, occurredAt: new Date(Date.now() - 5 * HOUR).toISOString() })
      expect(earlier.attribution.subjects).toEqual([])
    })
  })
})
