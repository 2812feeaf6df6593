import { describe, expect, it } from 'vitest'
import { signIn } from './browser.ts'

const API = '/api/v1/theatres/SY'

describe('agreements', () => {
  it('the coordinator drafts, brings into force and amends an agreement; a signatory signs the current version', async () => {
    const coord = await signIn('coordinator', { language: 'en', path: '/t/SY/agreements' })
    const { page } = coord
    await page.getByRole('button', { name: 'New agreement' }).click()

    // Nothing typed: the fields say what they need.
    await page.getByRole('button', { name: 'Create draft' }).click()
    await expect.poll(() => page.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true')

    const name = `E2E pause ${Date.now()}`
    await page.getByLabel('Name', { exact: true }).fill(name)
    await page.getByLabel('Kind').selectOption('humanitarian_pause')
    await page.getByRole('checkbox', { name: /^SAA/ }).check()
    await page.getByRole('checkbox', { name: /^OPP/ }).check()
    await page.getByLabel('Text', { exact: true }).fill('# Pause\n\n1. No shelling from 10:00 to 13:00.\n\n<img src=x onerror="window.__pwned=1">')
    await page.getByLabel(/Structured terms/).fill('{"hours": 3}')
    await page.getByRole('button', { name: 'Create draft' }).click()

    const article = page.locator('article.agreement')
    await article.waitFor()
    expect(await page.getByRole('heading', { level: 2, name }).count()).toBe(1)
    // The Markdown is rendered, the raw HTML shown as text and never run.
    expect(await article.locator('.agreement-text ol li').innerText()).toBe('No shelling from 10:00 to 13:00.')
    expect(await article.locator('.agreement-text img').count()).toBe(0)
    expect(await article.locator('.agreement-text').innerText()).toContain('<img src=x')
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined()
    const id = await article.getAttribute('data-agreement')

    // Into force, with the reason.
    await page.getByRole('button', { name: 'Change status…' }).click()
    await page.getByLabel('New status').selectOption('in_force')
    await page.getByLabel(/^Reason/).fill('Agreed at the liaison meeting')
    await page.getByRole('button', { name: 'Change status', exact: true }).click()
    await expect.poll(() => article.locator('.agreement-status-now').innerText()).toContain('Agreed at the liaison meeting')

    // An amendment makes version 2, and the versions show what changed.
    await page.getByRole('button', { name: 'Amend' }).click()
    await page.getByLabel('Text', { exact: true }).fill('# Pause\n\n1. No shelling from 09:00 to 14:00.')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => article.locator('header').innerText()).toContain('version 2')
    const diff = article.locator('pre.diff')
    await expect.poll(() => diff.innerText()).toContain('+ 1. No shelling from 09:00 to 14:00.')
    expect(await diff.innerText()).toContain('− 1. No shelling from 10:00 to 13:00.')

    // SAA signs version 2 from the same page.
    const saa = await signIn('saa', { language: 'en', path: `/t/SY/agreements/agreement/${id}` })
    const row = saa.page.locator('.signatory', { hasText: 'SAA' })
    await row.getByRole('button', { name: 'Sign version 2' }).click()
    // the signature is written, then the page refetches the agreement: under a loaded machine that can take a while
    await expect.poll(() => row.innerText(), { timeout: 15_000 }).toContain('signed by membership')
    const agreement = await (await saa.page.request.get(`${API}/agreements/${id}`)).json()
    expect(agreement.signatures).toMatchObject([{ version: 2, signature: null }])
    // OPP has not signed; the coordinator's page shows it live.
    await expect.poll(() => page.locator('.signatory', { hasText: 'SAA' }).innerText(), { timeout: 15_000 }).toContain('Signed')
    expect(await page.locator('.signatory', { hasText: 'OPP' }).innerText()).toContain('Not signed')
    expect(coord.errors).toEqual([])
    expect(saa.errors).toEqual([])
  })

  it("an agreement's zones show their schedule in theatre time, and one flies the map to it", async () => {
    const { page } = await signIn('opposition', { language: 'en', path: '/t/SY/agreements' })
    await page.getByRole('link', { name: 'Cessation of hostilities, September 2016' }).click()
    const zone = page.locator('li.zone', { hasText: 'Aleppo city daily humanitarian pause' })
    await zone.waitFor()
    expect(await zone.innerText()).toContain('daily 10:00–13:00')
    expect(await zone.innerText()).toContain('Prohibits')
    expect(await page.getByRole('button', { name: 'Change status…' }).count()).toBe(0)
    await page.waitForFunction(() => (window as any).__truceMap?.loaded())
    const before = await page.evaluate(() => (window as any).__truceMap.getZoom())
    await zone.getByRole('button', { name: 'Aleppo city daily humanitarian pause' }).click()
    await expect.poll(() => page.evaluate(() => (window as any).__truceMap.getZoom()), { timeout: 5000 }).toBeGreaterThan(before + 1)
  })
})
