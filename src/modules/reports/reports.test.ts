// pdf.js 3 (CommonJS): later versions need Node 22.
import pdfjs from 'pdfjs-dist/legacy/build/pdf.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectProblem } from '../../../test/helpers/assert.ts'
import { testEngines } from '../../../test/helpers/db.ts'
import { agreementWithZone, incident, INSIDE, OUTSIDE } from '../../../test/helpers/incidents.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { makeTheatre, type TestTheatre } from '../../../test/helpers/theatre.ts'

/** Every text run of a PDF, page after page, as one string. */
async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise
  const pages: string[] = []
  for (let p = 1; p <= doc.numPages; p++) pages.push((await (await doc.getPage(p)).getTextContent()).items.map((i: any) => i.str).join(' '))
  return pages.join(' ').replace(/\s+/g, ' ')
}

describe.each(testEngines())('the daily situation report on %s', (engine) => {
  let t: TestServer
  let tt: TestTheatre
  let date: string
  let shelling: any
  beforeAll(async () => {
    t = await startServer(engine)
    tt = await makeTheatre(t)
    await agreementWithZone(tt)
    // Now, with the agreement just in force, and the report for that day of the theatre's calendar (Damascus).
    const at = new Date()
    date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Damascus' }).format(at)
    shelling = await incident(tt, { occurredAt: at.toISOString(), location: INSIDE, allegedPartyId: tt.actors.gov.id, killed: { min: 2, max: 4 } }, ['under_review', 'corroborated', 'verified'])
    await incident(tt, { occurredAt: at.toISOString(), location: OUTSIDE, allegedPerpetratorText: 'unidentified aircraft', category: 'air_drone_strike' }, [])
    const site = await tt.users.wfpEditor.client.post(`${tt.base}/sites`, { name: 'Bakery', type: 'bakery', geometry: OUTSIDE, shareWith: [tt.actors.gov.id] })
    expect(site.status).toBe(201)
  })
  afterAll(() => t?.close())

  it('summarises incidents per party and zone, notifications per party, open conflicts, and ends with the ledger head', async () => {
    const head = (await tt.users.coordAdmin.client.get(`${tt.base}/ledger?limit=1`)).body.head
    const res = await tt.users.coordAdmin.client.get(`${tt.base}/reports/daily?date=${date}&format=json`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const r = res.body
    expect(r.theatre).toMatchObject({ code: tt.theatre.code, timezone: 'Asia/Damascus' })
    expect(r.incidents.total).toBe(2)
    expect(r.incidents.summary.map((s: any) => [s.party, s.zone, s.incidents, s.killed])).toEqual(
      expect.arrayContaining([
        ['Government forces', 'Eastern Aleppo (Aleppo cessation of hostilities)', 1, { min: 2, max: 4 }],
        ['unknown / not a party', 'outside any zone in force', 1, { min: 0, max: 0 }],
      ]),
    )
    expect(r.incidents.list.find((i: any) => i.ref === shelling.ref)).toMatchObject({ alleged: 'Government forces', status: 'verified' })
    expect(r.conduct).toEqual([expect.objectContaining({ party: 'Government forces', requested: 1, pending: 1 })])
    expect(r.ledgerHead).toEqual({ seq: head.seq, hash: head.hash })
  })

  it('renders it as a print-ready HTML page with the same figures', async () => {
    const res = await tt.users.coordAdmin.client.get(`${tt.base}/reports/daily?date=${date}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const html = String(res.body)
    expect(html).toContain('@page { size: A4')
    expect(html).toContain('1. Incidents and violations: 2')
    expect(html).toMatch(/<td>Government forces<\/td><td>Eastern Aleppo \(Aleppo cessation of hostilities\)<\/td><td>1<\/td><td>2–4<\/td>/)
    expect(html).toContain(shelling.ref)
  })

  it('makes a PDF in-process that opens, with the same table and the ledger head', async () => {
    const head = (await tt.users.coordAdmin.client.get(`${tt.base}/ledger?limit=1`)).body.head
    const res = await tt.users.coordAdmin.client.bytes(`${tt.base}/reports/daily?date=${date}&format=pdf`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-')
    const text = await pdfText(res.body)
    expect(text).toContain('daily situation report')
    expect(text).toContain('Government forces Eastern Aleppo (Aleppo cessation of hostilities) 1 2–4 0 0')
    expect(text).toContain('Government forces 1 0 0 0 0 1 —')
    expect(text).toContain(shelling.ref)
    expect(text).toContain(head.hash.slice(0, 16))
  })

  it("gives a party its own view: verified incidents only, and no other party's conduct detail it may not see", async () => {
    const res = await tt.users.oppEditor.client.get(`${tt.base}/reports/daily?date=${date}&format=json`)
    expect(res.status).toBe(200)
    expect(res.body.incidents.total).toBe(1)
  })

  it.each([
    ['a date that is not one', 'date=2026-02-30', '/query/date'],
    ['a malformed date', 'date=30.11.2026', '/query/date'],
    ['a day in the future', 'date=2099-01-01', '/query/date'],
    ['an unknown format', `date=2026-01-01&format=docx`, '/query/format'],
  ])('refuses %s, naming the parameter', async (_what, query, path) => {
    expectProblem(await tt.users.coordAdmin.client.get(`${tt.base}/reports/daily?${query}`), 400, path)
  })

  it('is not there for an outsider', async () => {
    expectProblem(await tt.outsider.client.get(`${tt.base}/reports/daily?date=${date}`), 404)
  })
})
