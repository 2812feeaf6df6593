import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { live, signIn } from './browser.ts'

const API = '/api/v1/theatres/SY'

/** The session's CSRF token, which writes made with its cookie send. */
async function csrf(page: Page): Promise<string> {
  return (await (await page.request.get('/api/v1/me')).json()).csrfToken
}

async function actorId(page: Page, shortName: string): Promise<string> {
  const { items } = await (await page.request.get(`${API}/actors?limit=500`)).json()
  const actor = items.find((a: { shortName: string }) => a.shortName === shortName)
  if (!actor) throw new Error(`no actor ${shortName}`)
  return actor.id
}

let n = 0
/** An organisation notifies a site through the API with its browser session, shared with the parties named. */
async function notifySite(page: Page, shareWith: string[]): Promise<{ id: string; ref: string; name: string }> {
  const name = `E2E clinic ${Date.now()}-${++n}`
  const res = await page.request.post(`${API}/sites`, {
    data: { name, type: 'clinic', geometry: { type: 'Point', coordinates: [37.16 + n / 1000, 36.2] }, shareWith },
    headers: { 'x-csrf-token': await csrf(page) },
  })
  expect(res.status(), await res.text()).toBe(201)
  return res.json()
}

async function acksOf(page: Page, subjectId: string) {
  return (await (await page.request.get(`${API}/acknowledgements?subject=${subjectId}`)).json()).items as { state: string; reason: string | null; ledgerSeq: number }[]
}

describe('the acknowledgement inbox', () => {
  it("an organisation's new site reaches the party's inbox; the party acknowledges it there and the organisation is told live", async () => {
    const org = await signIn('sarc', { language: 'en' })
    const saaId = await actorId(org.page, 'SAA')
    const site = await notifySite(org.page, [saaId])
    await org.page.goto(`/t/SY/record/site/${site.id}`)
    await live(org.page)

    const saa = await signIn('saa', { language: 'en', path: '/t/SY/inbox' })
    const item = saa.page.locator(`li[data-ref="${site.ref}"]`)
    await item.waitFor()
    expect(await item.innerText()).toContain(site.name)
    expect(await item.innerText()).toMatch(/due in \d+ days/)
    await item.getByRole('button', { name: 'Acknowledge', exact: true }).click()

    // The answer's receipt: its ledger entry, the hash, a link to the signed receipt.
    const receipts = saa.page.locator('.inbox-receipts')
    await expect.poll(() => receipts.innerText()).toContain(site.ref)
    const [ack] = await acksOf(saa.page, site.id)
    expect(ack.state).toBe('acknowledged')
    expect(await receipts.innerText()).toContain(`ledger entry #${ack.ledgerSeq}`)
    const link = receipts.getByRole('link', { name: 'signed receipt' }).first()
    expect(await link.getAttribute('href')).toBe(`${API}/ledger/${ack.ledgerSeq}/receipt`)
    const receipt = await (await saa.page.request.get(`${API}/ledger/${ack.ledgerSeq}/receipt`)).json()
    expect(receipt.entry.action).toBe('acknowledgement.acknowledge')
    // It leaves the pending list.
    await expect.poll(() => item.count()).toBe(0)

    // The organisation, on its site's page, hears it on the live stream.
    await org.page.locator('.notices [role=status]', { hasText: `${site.ref} acknowledged` }).waitFor({ timeout: 15_000 })
    expect(saa.errors).toEqual([])
  })

  it('tells the party asked, and no one else, that a notification waits for it', async () => {
    const saa = await signIn('saa', { language: 'en', path: '/t/SY/inbox' })
    await live(saa.page)
    const org = await signIn('wfp', { language: 'en' })
    await live(org.page)
    // Every notice the organisation's page shows, however briefly.
    await org.page.evaluate(() => {
      const seen: string[] = ((window as any).__notices = [])
      new MutationObserver(() => document.querySelectorAll('.notice').forEach((n) => seen.push(n.textContent ?? ''))).observe(document.body, { childList: true, subtree: true })
    })
    const site = await notifySite(org.page, [await actorId(org.page, 'SAA'), await actorId(org.page, 'TUR')])
    await saa.page.locator('.notices [role=status]', { hasText: `New notification to acknowledge: ${site.ref}` }).waitFor({ timeout: 15_000 })
    await saa.page.locator(`li[data-ref="${site.ref}"]`).getByRole('button', { name: 'Acknowledge', exact: true }).click()
    // The answer follows the requests on the stream: once the organisation is told of it, it has had the requests.
    await org.page.locator('.notices [role=status]', { hasText: `${site.ref} acknowledged` }).waitFor({ timeout: 15_000 })
    const seen: string[] = await org.page.evaluate(() => (window as any).__notices)
    expect(seen.filter((text) => text.includes('to acknowledge'))).toEqual([])
    expect([...saa.errors, ...org.errors]).toEqual([])
  })

  it('acknowledges two notifications at once', async () => {
    const org = await signIn('wfp', { language: 'en' })
    const saaId = await actorId(org.page, 'SAA')
    const one = await notifySite(org.page, [saaId])
    const two = await notifySite(org.page, [saaId])

    const saa = await signIn('saa', { language: 'en', path: '/t/SY/inbox' })
    await saa.page.locator(`li[data-ref="${two.ref}"]`).waitFor()
    await saa.page.getByRole('checkbox', { name: `Select ${one.ref}` }).check()
    await saa.page.getByRole('checkbox', { name: `Select ${two.ref}` }).check()
    await saa.page.getByRole('button', { name: 'Acknowledge selected (2)' }).click()

    await expect.poll(() => saa.page.locator('.inbox-receipts li').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining(one.ref), expect.stringContaining(two.ref)]),
    )
    await expect.poll(() => saa.page.locator(`li[data-ref="${one.ref}"], li[data-ref="${two.ref}"]`).count()).toBe(0)
    expect((await acksOf(saa.page, one.id)).map((a) => a.state)).toEqual(['acknowledged'])
    expect((await acksOf(saa.page, two.id)).map((a) => a.state)).toEqual(['acknowledged'])
    // The filter shows them among the acknowledged ones.
    await saa.page.getByLabel('Show').selectOption('acknowledged')
    await saa.page.locator(`li[data-ref="${one.ref}"]`).waitFor()
  })

  it('an objection needs a reason, and is recorded with it', async () => {
    const org = await signIn('medic', { language: 'en' })
    const saaId = await actorId(org.page, 'SAA')
    const site = await notifySite(org.page, [saaId])

    const saa = await signIn('saa', { language: 'en', path: '/t/SY/inbox' })
    const item = saa.page.locator(`li[data-ref="${site.ref}"]`)
    await item.waitFor()
    await item.getByRole('button', { name: 'Object' }).click()
    await item.getByRole('button', { name: 'Send objection' }).click()
    const reason = item.getByLabel('Reason for the objection')
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true')
    expect(await item.locator('.field-error').innerText()).toBe('Give a reason for the objection.')
    expect((await acksOf(saa.page, site.id)).map((a) => a.state)).toEqual(['pending'])

    await reason.fill('The coordinates fall inside a military position.')
    await item.getByRole('button', { name: 'Send objection' }).click()
    await expect.poll(() => saa.page.locator('.inbox-receipts').innerText()).toContain(site.ref)
    expect(await saa.page.locator('.inbox-receipts').innerText()).toContain('Objected')
    expect(await acksOf(saa.page, site.id)).toMatchObject([{ state: 'objected', reason: 'The coordinates fall inside a military position.' }])
  })

  it('in Arabic, the inbox reads right to left with its own words', async () => {
    const org = await signIn('sarc', { language: 'en' })
    const site = await notifySite(org.page, [await actorId(org.page, 'SAA')])
    const saa = await signIn('saa', { language: 'ar', path: '/t/SY/inbox' })
    const item = saa.page.locator(`li[data-ref="${site.ref}"]`)
    await item.waitFor()
    expect(await saa.page.getByRole('heading', { level: 2 }).first().innerText()).toBe('الإقرارات')
    expect(await item.getByRole('button', { name: 'إقرار', exact: true }).isVisible()).toBe(true)
    expect(saa.errors).toEqual([])
  })
})

describe('the conflicts board', () => {
  it('the coordinator resolves a conflict with a note, which is required', async () => {
    const { page, errors } = await signIn('coordinator', { language: 'en', path: '/t/SY/conflicts' })
    const open = (await (await page.request.get(`${API}/conflicts?status=open&limit=500`)).json()).items
    expect(open.length).toBeGreaterThan(0)
    const conflict = open.find((c: { area: unknown }) => c.area) ?? open[0]
    const card = page.locator(`li[data-conflict="${conflict.ref}"]`)
    await card.waitFor()
    expect(await card.locator('.badge', { hasText: 'Open' }).count()).toBe(1)

    // Choosing it flies the map to where it happens.
    await page.waitForFunction(() => (window as any).__truceMap?.loaded())
    const before = await page.evaluate(() => (window as any).__truceMap.getZoom())
    await card.locator('button.conflict-ref').click()
    await expect.poll(() => page.evaluate(() => (window as any).__truceMap.getZoom()), { timeout: 5000 }).toBeGreaterThan(before)

    await card.getByRole('button', { name: 'Resolve…' }).click()
    await card.getByLabel('New status').selectOption('resolved')
    await card.getByRole('button', { name: 'Save' }).click()
    const note = card.getByLabel('Note', { exact: true })
    await expect.poll(() => note.getAttribute('aria-invalid')).toBe('true')
    expect(await card.locator('.field-error').innerText()).toContain('Write a note')

    await note.fill('Russian liaison confirmed the strike plan was withdrawn.')
    await card.getByRole('button', { name: 'Save' }).click()
    const resolved = page.getByRole('region', { name: 'Resolved or accepted' }).locator(`li[data-conflict="${conflict.ref}"]`)
    await resolved.waitFor()
    expect(await resolved.innerText()).toContain('Russian liaison confirmed the strike plan was withdrawn.')
    expect(await resolved.locator('.badge', { hasText: 'Resolved' }).count()).toBe(1)
    const after = await (await page.request.get(`${API}/conflicts/${conflict.id}`)).json()
    expect(after).toMatchObject({ status: 'resolved', note: 'Russian liaison confirmed the strike plan was withdrawn.' })
    expect(errors).toEqual([])
  })

  it("a party sees its side of a conflict and no resolve button", async () => {
    const { page } = await signIn('russia', { language: 'en', path: '/t/SY/conflicts' })
    await page.locator('li[data-conflict]').first().waitFor()
    expect(await page.getByRole('button', { name: 'Resolve…' }).count()).toBe(0)
    expect(await page.locator('.conflict-side', { hasText: 'Yours' }).count()).toBeGreaterThan(0)
  })
})
