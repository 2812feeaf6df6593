import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testEngines } from '../../../test/helpers/db.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { makeTheatre, type TestTheatre } from '../../../test/helpers/theatre.ts'

const HOSPITAL = { type: 'Point', coordinates: [36.635, 35.929] }

describe.each(testEngines())('acknowledgements on %s', (engine) => {
  let t: TestServer
  let th: TestTheatre
  const govKey = crypto.generateKeyPairSync('ed25519')
  beforeAll(async () => {
    t = await startServer(engine)
    th = await makeTheatre(t)
    const gov = th.actors.gov
    const res = await th.users.govAdmin.client.patch(`${th.base}/actors/${gov.id}`, {
      version: gov.version,
      publicKey: govKey.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    })
    expect(res.status).toBe(200)
  })
  afterAll(() => t?.close())

  async function notify(name: string) {
    const site = await th.users.msfEditor.client.post(`${th.base}/sites`, { name, type: 'hospital', geometry: HOSPITAL })
    const acks = (await th.users.coordViewer.client.get(`${th.base}/acknowledgements?subject=${site.body.id}`)).body.items
    return { site: site.body, gov: acks.find((a: any) => a.party === th.actors.gov.id), opp: acks.find((a: any) => a.party === th.actors.opp.id) }
  }

  it('asks every party a site is shared with by default, due by the theatre policy (72 h)', async () => {
    const before = Date.now()
    const { gov, opp } = await notify('Idlib national hospital (illustrative)')
    expect(gov.state).toBe('pending')
    expect(opp.state).toBe('pending')
    const due = new Date(gov.deadline).getTime() - before
    expect(due).toBeGreaterThan(71.9 * 3_600_000)
    expect(due).toBeLessThan(72.1 * 3_600_000)
    expect(gov.statement).toBe(`truce:acknowledgement:${gov.id}:${gov.subject.ref}:v1`)
  })

  it("verifies a party's own signature, and refuses a wrong one or one from a party without a key", async () => {
    const { gov, opp } = await notify('Signed hospital (illustrative)')
    const other = crypto.generateKeyPairSync('ed25519')
    const wrong = await th.users.govEditor.client.post(`${th.base}/acknowledgements/${gov.id}/acknowledge`, {
      signature: crypto.sign(null, Buffer.from(gov.statement), other.privateKey).toString('base64'),
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].path).toBe('/body/signature')
    const noKey = await th.users.oppEditor.client.post(`${th.base}/acknowledgements/${opp.id}/acknowledge`, { signature: 'AAAA' })
    expect(noKey.status).toBe(400)
    expect(noKey.body.errors[0].message).toMatch(/no registered public key/)

    const signature = crypto.sign(null, Buffer.from(gov.statement), govKey.privateKey).toString('base64')
    const ok = await th.users.govEditor.client.post(`${th.base}/acknowledgements/${gov.id}/acknowledge`, { signature })
    expect(ok.status).toBe(200)
    expect(ok.body.acknowledgement.partySignature).toBe(signature)
    expect(ok.body.receipt.entry.payload.partySignature).toBe(signature)
    // the server's signature of the entry checks against its published key
    const { entry, publicKey } = ok.body.receipt
    expect(crypto.verify(null, Buffer.from(entry.hash, 'hex'), crypto.createPublicKey(publicKey), Buffer.from(entry.signature, 'base64'))).toBe(true)
  })

  it('records an objection with its reason, and wants the reason', async () => {
    const { opp } = await notify('Objected hospital (illustrative)')
    const empty = await th.users.oppEditor.client.post(`${th.base}/acknowledgements/${opp.id}/object`, { reason: '' })
    expect(empty.status).toBe(400)
    expect(empty.body.errors[0].path).toBe('/body/reason')
    const res = await th.users.oppEditor.client.post(`${th.base}/acknowledgements/${opp.id}/object`, { reason: 'the coordinates fall on a military position' })
    expect(res.body.acknowledgement).toMatchObject({ state: 'objected', reason: 'the coordinates fall on a military position' })
    const mine = await th.users.msfEditor.client.get(`${th.base}/acknowledgements/${opp.id}`)
    expect(mine.body.state).toBe('objected')
  })

  it('expires what is past its deadline, alerting the coordinator through the ledger, and still takes a late answer', async () => {
    const { site, gov } = await notify('Late hospital (illustrative)')
    const expired = await t.services.acknowledgements.expireOverdue(new Date(Date.now() + 73 * 3_600_000))
    expect(expired).toBeGreaterThanOrEqual(2)
    expect((await th.users.govEditor.client.get(`${th.base}/acknowledgements/${gov.id}`)).body.state).toBe('expired')
    const entries = (await th.users.coordViewer.client.get(`${th.base}/ledger?subject=${gov.id}`)).body.items
    expect(entries.map((e: any) => e.action)).toEqual(['acknowledgement.request', 'acknowledgement.expire'])
    expect(entries[1].payload.alert).toBeTruthy()
    expect((await th.users.wfpEditor.client.get(`${th.base}/ledger?subject=${gov.id}`)).body.items).toEqual([])
    const late = await th.users.govEditor.client.post(`${th.base}/acknowledgements/${gov.id}/acknowledge`, {})
    expect(late.status).toBe(200)
    expect(late.body.receipt.entry.payload.lateAfterExpiry).toBe(true)
    expect(site.ref).toMatch(/-S-\d{6}$/)
  })
})
