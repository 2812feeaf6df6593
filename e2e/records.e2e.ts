import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { live, mapReady, signIn } from './browser.ts'

// A spot in Hama governorate, away from the demo's Aleppo records, where the new site goes and the activity meets it.
const SITE: [number, number] = [36.752, 35.131]
const SITE_NAME = `Clinic e2e ${Date.now().toString(36)}`
let site: { id: string; ref: string } | undefined

/** Centres the map on a place and answers the page pixel of a longitude/latitude there. */
async function pixel(page: Page, [lon, lat]: [number, number]) {
  return page.evaluate(([lon, lat]) => {
    const map = (window as any).__truceMap
    const p = map.project([lon, lat])
    const box = map.getCanvas().getBoundingClientRect()
    return { x: box.left + p.x, y: box.top + p.y }
  }, [lon, lat])
}

async function centre(page: Page, at: [number, number], zoom: number) {
  await page.evaluate(([lon, lat, zoom]) => (window as any).__truceMap.jumpTo({ center: [lon, lat], zoom }), [...at, zoom])
  await page.waitForFunction(() => !(window as any).__truceMap.isMoving())
}

/** What the API answers errors with in the console (the browser logs each 4xx): expected in these flows. */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of (400|409)/.test(e))

describe('work screens: records', () => {
  it('an organisation creates a site by clicking the map and sees it in its record panel', async () => {
    const { page, errors } = await signIn('wfp', { path: '/t/SY/new/site' })
    await mapReady(page)
    await expect.poll(() => page.getByRole('heading', { name: 'Notify a site' }).count()).toBe(1)
    await centre(page, SITE, 10)
    const at = await pixel(page, SITE)
    await page.mouse.click(at.x, at.y)
    const location = page.getByLabel('Location', { exact: true })
    await expect.poll(() => location.inputValue()).toMatch(/^35\.1\d+, 36\.7\d+$/)
    await page.getByLabel('Name', { exact: true }).fill(SITE_NAME)
    await page.getByLabel('Type', { exact: true }).selectOption('clinic')
    await page.getByRole('button', { name: 'Notify', exact: true }).click()

    await page.waitForURL(/\/t\/SY\/record\/site\/[0-9a-f-]{36}$/)
    const heading = page.getByRole('heading', { level: 2 })
    await expect.poll(() => heading.innerText()).toMatch(new RegExp(`^SY-S-\\d{6} ${SITE_NAME}$`))
    site = { id: page.url().split('/').at(-1)!, ref: /SY-S-\d{6}/.exec(await heading.innerText())![0] }
    const panel = page.getByRole('complementary')
    await expect.poll(() => panel.innerText()).toContain('Clinic')
    // every party is asked to acknowledge it, and the ledger has its first version
    await expect.poll(() => page.getByRole('region', { name: 'Acknowledgements' }).innerText()).toContain('0 of 5 parties acknowledged')
    await expect.poll(() => page.getByRole('region', { name: 'Version history' }).innerText()).toContain('First version.')
    // the map's sites layer reloaded: the new site is drawn where it was clicked
    await expect
      .poll(() => page.evaluate((id) => (window as any).__truceMap.querySourceFeatures('sites', { sourceLayer: 'sites' }).some((f: any) => f.properties.id === id), site!.id), { timeout: 15_000 })
      .toBe(true)
    expect(unexpected(errors)).toEqual([])
  }, 120_000)

  it("a bad coordinate typed into the point field shows the API's error on that field and creates nothing", async () => {
    const { page } = await signIn('wfp', { path: '/t/SY/new/site' })
    await mapReady(page)
    const name = `Nowhere e2e ${Date.now().toString(36)}`
    await page.getByLabel('Name', { exact: true }).fill(name)
    const location = page.getByLabel('Location', { exact: true })
    const submit = page.getByRole('button', { name: 'Notify', exact: true })

    for (const [typed, message] of [
      ['95, 200', /latitude 95 is outside -90\.\.90/],
      ['garbage', /"garbage" is not a coordinate/],
    ] as const) {
      await location.fill(typed)
      await submit.click()
      await expect.poll(() => location.getAttribute('aria-invalid')).toBe('true')
      const describedBy = (await location.getAttribute('aria-describedby'))!
      await expect.poll(() => page.locator(`[id="${describedBy}"]`).innerText()).toMatch(message)
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true')
      expect(page.url()).toMatch(/\/t\/SY\/new\/site$/)
    }
    const names = await page.evaluate(async () => {
      const body = await (await fetch('/api/v1/theatres/SY/sites.geojson')).json()
      return body.features.map((f: any) => f.properties.name)
    })
    expect(names).not.toContain(name)
    expect(names).toContain(SITE_NAME)
  }, 120_000)

  it('a party declaring an activity over the site is told to acknowledge it first, does so from the list, then declares', async () => {
    expect(site, 'the site of the first test').toBeDefined()
    const { page, errors } = await signIn('saa', { path: '/t/SY/new/activity' })
    await mapReady(page)
    await page.getByLabel('Kind of activity').selectOption('artillery')
    // draw the area around the site: four corners, then the first again to close it
    await centre(page, SITE, 11)
    const d = 0.03
    const corners: [number, number][] = [
      [SITE[0] - d, SITE[1] - d],
      [SITE[0] + d, SITE[1] - d],
      [SITE[0] + d, SITE[1] + d],
      [SITE[0] - d, SITE[1] + d],
      [SITE[0] - d, SITE[1] - d],
    ]
    for (const corner of corners) {
      const p = await pixel(page, corner)
      await page.mouse.click(p.x, p.y)
      await page.waitForTimeout(150)
    }
    await expect.poll(() => page.getByLabel('Area', { exact: true }).inputValue()).toMatch(/^\{"type":"Polygon","coordinates":\[\[\[/)

    const declare = page.getByRole('button', { name: 'Declare activity' })
    await declare.click()
    const list = page.getByRole('region', { name: 'Acknowledge these first' })
    await expect.poll(() => list.innerText()).toContain(site!.ref)
    expect(page.url()).toMatch(/\/new\/activity$/)
    // acknowledge every item listed (another test's site could lie there too), the new site among them
    await list.getByRole('button', { name: `Acknowledge ${site!.ref}` }).waitFor()
    const buttons = list.getByRole('button', { name: /^Acknowledge SY-/ })
    for (let n = await buttons.count(); n > 0; n = await buttons.count()) {
      await buttons.first().click()
      await expect.poll(() => buttons.count(), { timeout: 10_000 }).toBeLessThan(n)
    }
    await expect.poll(() => list.getByRole('listitem').filter({ hasText: site!.ref }).innerText(), { timeout: 10_000 }).toMatch(/Acknowledged — receipt #\d+/)
    await expect.poll(() => list.innerText()).toContain('Everything is acknowledged')

    // the site's organisation, on the site's page, is told of the conflict live, by its reference
    const wfp = await signIn('wfp', { language: 'en', path: `/t/SY/record/site/${site!.id}` })
    await live(wfp.page)
    await declare.click()
    await page.waitForURL(/\/t\/SY\/record\/activity\/[0-9a-f-]{36}$/)
    await expect.poll(() => page.getByRole('heading', { level: 2 }).innerText()).toMatch(/^SY-A-\d{6}$/)
    const panel = page.getByRole('complementary')
    await expect.poll(() => panel.innerText()).toContain(`${site!.ref} v1`)
    // the engine finds the activity meets the protected site: a critical conflict, listed on the record
    await expect.poll(() => page.getByRole('region', { name: 'Conflicts' }).innerText(), { timeout: 15_000 }).toContain(site!.ref)
    await wfp.page.locator('.notices [role=alert]', { hasText: /New conflict SY-C-\d{6}/ }).waitFor({ timeout: 15_000 })
    expect(unexpected(errors)).toEqual([])
    expect(unexpected(wfp.errors)).toEqual([])
  }, 120_000)
})
