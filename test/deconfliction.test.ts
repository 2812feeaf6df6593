import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ledgerHead } from './helpers/assert.ts'
import { testEngines } from './helpers/db.ts'
import { receiver, verifySignature } from './helpers/receiver.ts'
import { openStream } from './helpers/sse.ts'
import { startServer, type TestServer } from './helpers/server.ts'
import { makeTheatre, type TestTheatre } from './helpers/theatre.ts'

// Aleppo: a hospital in the east of the city, and a square of about 2 × 2 km around it.
const HOSPITAL = { type: 'Point', coordinates: [37.1836, 36.2093] }
const AROUND = { type: 'Polygon', coordinates: [[[37.17, 36.2], [37.195, 36.2], [37.195, 36.22], [37.17, 36.22], [37.17, 36.2]]] }
const FAR = { type: 'Polygon', coordinates: [[[36.6, 35.9], [36.65, 35.9], [36.65, 35.95], [36.6, 35.95], [36.6, 35.9]]] }
const WINDOW = { start: '2016-09-13T06:00:00Z', end: '2016-09-13T18:00:00Z' }

describe.each(testEngines())('notification and deconfliction on %s', (engine) => {
  let t: TestServer
  let th: TestTheatre
  beforeAll(async () => {
    t = await startServer(engine)
    th = await makeTheatre(t)
  })
  afterAll(() => t?.close())

  it('runs notify → acknowledge → activity 409 → awareOf → conflict views → resolve → stream and webhook', async () => {
    const { users, actors, base } = th
    // MSF listens: its stream, and a webhook for conflicts (a real receiver on loopback)
    const stream = await openStream(t.url, users.msfEditor.client, `${base}/stream`)
    const hook = await receiver()
    const msfAdmin = await t.newUser('msfadmin')
    await t.admin.post(`${base}/members`, { userId: msfAdmin.user.id, actorId: actors.msf.id, role: 'admin' })
    const webhook = await msfAdmin.client.post(`${base}/webhooks`, { actorId: actors.msf.id, url: hook.url, events: ['conflict.'] })
    expect(webhook.status).toBe(201)

    // MSF notifies a hospital, shared with the government only
    const site = await users.msfEditor.client.post(`${base}/sites`, { name: 'Al-Quds hospital (illustrative)', type: 'hospital', geometry: HOSPITAL, shareWith: [actors.gov.id] })
    expect(site.status).toBe(201)
    expect(site.body).toMatchObject({ ref: `${th.theatre.code}-S-000001`, status: 'notified', protectionRadiusM: 500, shareWith: [actors.gov.id], version: 1 })
    expect(site.body.mgrs).toMatch(/^37S/)

    // the government's inbox holds one pending acknowledgement; the opposition's none, and it cannot see the site
    const inbox = await users.govEditor.client.get(`${base}/acknowledgements?state=pending`)
    expect(inbox.body.items).toEqual([
      expect.objectContaining({ subject: { kind: 'site', id: site.body.id, ref: site.body.ref, version: 1, name: site.body.name }, party: actors.gov.id, state: 'pending' }),
    ])
    expect((await users.oppEditor.client.get(`${base}/acknowledgements?state=pending`)).body.items).toEqual([])
    expect((await users.oppEditor.client.get(`${base}/sites/${site.body.id}`)).status).toBe(404)
    expect((await users.wfpEditor.client.get(`${base}/sites/${site.body.id}`)).status).toBe(404)
    expect((await users.monEditor.client.get(`${base}/sites/${site.body.id}`)).status).toBe(200)

    // declaring an activity over it without listing it: 409 and the list of what to acknowledge first
    const declare = { kind: 'air', geometry: AROUND, window: WINDOW, awareOf: [] as { ref: string; version: number }[] }
    const refused = await users.govEditor.client.post(`${base}/activities`, declare)
    expect(refused.status).toBe(409)
    expect(refused.body.missing).toEqual([{ ref: site.body.ref, version: 1, kind: 'site', name: site.body.name, listed: null }])
    expect((await users.coordAdmin.client.get(`${base}/activities`)).body.items).toEqual([])

    // the party acknowledges: the receipt is a signed ledger entry
    const ackId = inbox.body.items[0].id
    expect((await users.oppEditor.client.post(`${base}/acknowledgements/${ackId}/acknowledge`, {})).status).toBe(404)
    expect((await users.govViewer.client.post(`${base}/acknowledgements/${ackId}/acknowledge`, {})).status).toBe(403)
    const ack = await users.govEditor.client.post(`${base}/acknowledgements/${ackId}/acknowledge`, {})
    expect(ack.status).toBe(200)
    expect(ack.body.acknowledgement).toMatchObject({ state: 'acknowledged', answeredBy: users.govEditor.user.id })
    expect(ack.body.receipt.entry).toMatchObject({ action: 'acknowledgement.acknowledge', seq: ack.body.acknowledgement.ledgerSeq })
    expect((await users.govEditor.client.post(`${base}/acknowledgements/${ackId}/acknowledge`, {})).status).toBe(409)

    // declared with awareOf: accepted, and a critical conflict is found
    const activity = await users.govEditor.client.post(`${base}/activities`, { ...declare, awareOf: [{ ref: site.body.ref, version: 1 }] })
    expect(activity.status).toBe(201)
    expect(activity.body).toMatchObject({ ref: `${th.theatre.code}-A-000001`, partyId: actors.gov.id, status: 'declared' })

    const coordView = (await users.coordViewer.client.get(`${base}/conflicts`)).body.items
    expect(coordView).toHaveLength(1)
    expect(coordView[0]).toMatchObject({
      rule: 'activity_site',
      severity: 'critical',
      status: 'open',
      a: { kind: 'activity', id: activity.body.id, owner: actors.gov.id },
      b: { kind: 'site', id: site.body.id, owner: actors.msf.id },
    })
    expect(coordView[0].area.type).toMatch(/Polygon/)
    const conflictId = coordView[0].id

    // the declaring party sees the site (shared with it); MSF learns only that an activity meets it and when
    const govView = (await users.govViewer.client.get(`${base}/conflicts`)).body.items
    expect(govView).toEqual([expect.objectContaining({ id: conflictId, yours: expect.objectContaining({ id: activity.body.id }), other: expect.objectContaining({ ref: site.body.ref }) })])
    expect(govView[0].a).toBeUndefined()
    const msfView = (await users.msfEditor.client.get(`${base}/conflicts/${conflictId}`)).body
    expect(msfView).toMatchObject({ yours: { id: site.body.id }, other: null, area: null, during: [[expect.stringContaining('2016-09-13'), expect.any(String)]] })
    expect(JSON.stringify(msfView)).not.toContain(actors.gov.id)
    expect(JSON.stringify(msfView)).not.toContain(activity.body.id)
    // nobody else has a side
    for (const u of [users.oppEditor, users.wfpEditor, users.monEditor]) {
      expect((await u.client.get(`${base}/conflicts`)).body.items).toEqual([])
      expect((await u.client.get(`${base}/conflicts/${conflictId}`)).status).toBe(404)
      expect((await u.client.get(`${base}/activities/${activity.body.id}`)).status).toBe(404)
    }

    // only the coordinator resolves, with a note, along the allowed steps
    expect((await users.govEditor.client.post(`${base}/conflicts/${conflictId}/resolve`, { status: 'resolved', note: 'x' })).status).toBe(403)
    // MSF heard of it live, and by webhook, without learning whose activity it is
    const heard = await stream.until('conflict.open')
    expect(heard.map((e) => e.event)).toEqual(['member.create', 'webhook.create', 'site.create', 'acknowledgement.request', 'acknowledgement.acknowledge', 'conflict.open'])
    expect(heard.at(-1)!.data.subject).toEqual({ kind: 'conflict', id: null })
    expect(heard.at(-1)!.data.payload).toEqual({ status: 'open', conflicts: [{ id: conflictId, ref: coordView[0].ref, rule: 'activity_site', severity: 'critical', version: 1 }] })
    stream.close()
    expect(await t.services.webhooks.worker.runOnce()).toBeGreaterThanOrEqual(1)
    expect(hook.actions()).toEqual(['conflict.open'])
    expect(verifySignature(webhook.body.secret, String(hook.received[0].headers['x-truce-signature']), hook.received[0].body)).toBe(true)
    expect(hook.received[0].body).not.toContain(actors.gov.id)
    // the worker serves every theatre of this shared database: leave nothing queued for other tests
    expect((await msfAdmin.client.delete(`${base}/webhooks/${webhook.body.id}`)).status).toBe(204)
    await hook.close()

    const resolved = await users.coordAdmin.client.post(`${base}/conflicts/${conflictId}/resolve`, { status: 'resolved', note: 'strike window moved' })
    expect(resolved.status).toBe(200)
    expect(resolved.body).toMatchObject({ status: 'resolved', note: 'strike window moved' })
    const again = await users.coordAdmin.client.post(`${base}/conflicts/${conflictId}/resolve`, { status: 'accepted', note: 'x' })
    expect(again.status).toBe(409)
    expect(again.body.errors).toEqual([{ path: '/body/status', message: 'cannot follow resolved' }])
  })

  it('asks again for a new version and supersedes what was pending; a stale awareOf is refused', async () => {
    const { users, actors, base } = th
    const site = (await users.msfEditor.client.post(`${base}/sites`, { name: 'Clinic (illustrative)', type: 'clinic', geometry: '36.21, 37.18', shareWith: [actors.gov.id, actors.opp.id] })).body
    expect(site.geometry).toEqual({ type: 'Point', coordinates: [37.18, 36.21] })
    const v2 = await users.msfEditor.client.patch(`${base}/sites/${site.id}`, { version: 1, name: 'Clinic, moved (illustrative)', geometry: { type: 'Point', coordinates: [37.181, 36.211] } })
    expect(v2.status).toBe(200)
    expect(v2.body.version).toBe(2)
    const acks = (await users.coordViewer.client.get(`${base}/acknowledgements?subject=${site.id}`)).body.items
    expect(acks.filter((a: any) => a.subject.version === 1).map((a: any) => a.state)).toEqual(['superseded', 'superseded'])
    expect(acks.filter((a: any) => a.subject.version === 2).map((a: any) => a.state)).toEqual(['pending', 'pending'])
    const stale = await users.oppEditor.client.post(`${base}/activities`, {
      kind: 'artillery',
      geometry: AROUND,
      window: WINDOW,
      awareOf: [{ ref: site.ref, version: 1 }],
    })
    expect(stale.status).toBe(409)
    expect(stale.body.missing).toContainEqual(expect.objectContaining({ ref: site.ref, version: 2, listed: 1 }))
    const old = acks.find((a: any) => a.subject.version === 1 && a.party === actors.opp.id)
    const late = await users.oppEditor.client.post(`${base}/acknowledgements/${old.id}/acknowledge`, {})
    expect(late.status).toBe(409)
    expect(late.body.errors).toEqual([{ path: '/params/id', message: 'asks about a superseded version' }])
    // editing another organisation's site
    expect((await users.wfpEditor.client.patch(`${base}/sites/${site.id}`, { version: 2, name: 'x' })).status).toBe(404)
    expect((await users.govEditor.client.patch(`${base}/sites/${site.id}`, { version: 2, name: 'x' })).status).toBe(403)
    expect((await users.msfEditor.client.patch(`${base}/sites/${site.id}`, { version: 1, name: 'x' })).status).toBe(409)
  })

  it('clears a movement once every required party acknowledges', async () => {
    const { users, actors, base } = th
    const route = { type: 'LineString', coordinates: [[36.63, 36.2], [36.9, 36.2], [37.13, 36.2]] }
    const m = await users.wfpEditor.client.post(`${base}/movements`, {
      name: 'Convoy to eastern Aleppo',
      route,
      window: { start: '2030-09-13T06:00:00Z', end: '2030-09-15T18:00:00Z' },
      vehicles: { count: 20, plates: ['ABC-1'], markings: 'white, UN flags' },
      personnel: 40,
      cargo: 'food for 40,000 people',
    })
    expect(m.status).toBe(201)
    expect(m.body).toMatchObject({ status: 'notified', bufferM: 500, requiredParties: expect.arrayContaining([actors.gov.id, actors.opp.id]) })
    expect(m.body.lengthM).toBeGreaterThan(40_000)
    const pending = (await users.coordViewer.client.get(`${base}/acknowledgements?subject=${m.body.id}&state=pending`)).body.items
    expect(new Date(pending[0].deadline).toISOString()).toBe('2030-09-11T06:00:00.000Z')
    for (const a of pending) {
      const u = a.party === actors.gov.id ? users.govEditor : users.oppEditor
      expect((await u.client.post(`${base}/acknowledgements/${a.id}/acknowledge`, {})).status).toBe(200)
    }
    const cleared = await users.wfpEditor.client.get(`${base}/movements/${m.body.id}`)
    expect(cleared.body).toMatchObject({ status: 'cleared', version: 1, clearance: { by: 'acknowledgements' } })
    const underway = await users.wfpEditor.client.post(`${base}/movements/${m.body.id}/status`, { version: 1, status: 'underway' })
    expect(underway.body.status).toBe('underway')
    const bad = await users.wfpEditor.client.post(`${base}/movements/${m.body.id}/status`, { version: 1, status: 'underway' })
    expect(bad.status).toBe(409)
  })

  it('asks of a movement the parties controlling its route in its window, and the theatre-wide ones', async () => {
    const { users, actors, base } = th
    const far = await t.admin.post(`${base}/actors`, { kind: 'party', name: 'Air force (theatre-wide)', shortName: 'AIR' })
    const theatre = (await users.coordAdmin.client.get(base)).body
    await users.coordAdmin.client.patch(base, { version: theatre.version, policy: { theatreWideParties: [far.body.id] } })
    const east = { type: 'Polygon', coordinates: [[[38.5, 34.5], [39.5, 34.5], [39.5, 35.5], [38.5, 35.5], [38.5, 34.5]]] }
    const area = await users.coordAdmin.client.post(`${base}/control-areas`, { partyId: actors.opp.id, geometry: east, validFrom: '2030-01-01T00:00:00Z', validTo: '2031-01-01T00:00:00Z' })
    expect(area.status).toBe(201)
    const body = { name: 'Assessment mission', route: { type: 'LineString', coordinates: [[38.8, 35.0], [39.2, 35.1]] } }
    const inside = await users.wfpEditor.client.post(`${base}/movements`, { ...body, window: { start: '2030-06-01T06:00:00Z', end: '2030-06-01T18:00:00Z' } })
    expect(inside.body.requiredParties.sort()).toEqual([actors.opp.id, far.body.id].sort())
    // when the control area is not in force, only the theatre-wide party is left to ask
    const before = await users.wfpEditor.client.post(`${base}/movements`, { ...body, window: { start: '2029-06-01T06:00:00Z', end: '2029-06-01T18:00:00Z' } })
    expect(before.body.requiredParties).toEqual([far.body.id])
    const bad = await users.coordAdmin.client.patch(base, { version: theatre.version + 1, policy: { theatreWideParties: [actors.wfp.id] } })
    expect(bad.status).toBe(400)
    expect(bad.body.errors).toEqual([{ path: '/body/policy/theatreWideParties/0', message: 'is an organisation, not a party' }])
  })

  it('refuses bad input naming the field, and writes nothing', async () => {
    const { users, base, actors } = th
    const head = () => ledgerHead(th)
    const before = await head()
    const cases: [any, unknown, string][] = [
      [users.msfEditor.client, { name: 'x', type: 'hospital', geometry: { type: 'Polygon', coordinates: [[[37, 36], [37.2, 36.2], [37.2, 36], [37, 36.2], [37, 36]]] } }, '/body/geometry'],
      [users.msfEditor.client, { name: 'x', type: 'hospital', geometry: { type: 'Point', coordinates: [50, 36] } }, '/body/geometry/coordinates'],
      [users.msfEditor.client, { name: 'x', type: 'hospital', geometry: 'somewhere' }, '/body/geometry'],
      [users.msfEditor.client, { name: 'x', type: 'hospital', geometry: HOSPITAL, shareWith: [actors.wfp.id] }, '/body/shareWith/0'],
      [users.msfEditor.client, { name: 'x', type: 'palace', geometry: HOSPITAL }, '/body/type'],
    ]
    for (const [client, body, path] of cases) {
      const res = await client.post(`${base}/sites`, body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.body.errors.map((e: { path: string }) => e.path), JSON.stringify(res.body)).toContain(path)
    }
    const backwards = await users.wfpEditor.client.post(`${base}/movements`, { name: 'x', route: { type: 'LineString', coordinates: [[37, 36], [37.1, 36]] }, window: { start: '2030-01-02T00:00:00Z', end: '2030-01-01T00:00:00Z' } })
    expect(backwards.status).toBe(400)
    expect(backwards.body.errors).toEqual([{ path: '/body/window/end', message: 'must be after start (2030-01-02T00:00:00Z)' }])
    const outside = await users.wfpEditor.client.post(`${base}/movements`, { name: 'x', route: { type: 'LineString', coordinates: [[37, 36], [44, 36]] }, window: WINDOW })
    expect(outside.body.errors[0].path).toBe('/body/route/coordinates/1')
    expect((await users.govEditor.client.post(`${base}/sites`, { name: 'x', type: 'hospital', geometry: HOSPITAL })).status).toBe(403)
    const foreign = await users.govEditor.client.post(`${base}/activities`, { partyId: actors.opp.id, kind: 'air', geometry: FAR, window: WINDOW, awareOf: [] })
    expect(foreign.status).toBe(403)
    expect(await head()).toBe(before)
  })
})
