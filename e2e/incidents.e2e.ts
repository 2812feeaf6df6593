import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { mapReady, signIn } from './browser.ts'

/** Where on the page a longitude/latitude is drawn now (the map's own projection, offset by its container). */
async function pagePoint(page: Page, lngLat: [number, number]) {
  const box = (await page.getByTestId('map').boundingBox())!
  const p = await page.evaluate((ll) => (window as any).__truceMap.project(ll) as { x: number; y: number }, lngLat)
  return { x: box.x + p.x, y: box.y + p.y }
}

const statusOf = (page: Page) => page.locator('article[data-incident]').getAttribute('data-status')

describe('incidents', () => {
  let id = ''
  let ref = ''

  it('a monitor reports an incident by clicking the map, then verifies it step by step with notes', async () => {
    const { page, errors } = await signIn('monitor', { path: '/t/SY/incidents' })
    await mapReady(page)
    await page.getByRole('link', { name: 'Incidents', exact: true }).waitFor()
    expect(await page.getByRole('link', { name: 'Incidents', exact: true }).getAttribute('aria-current')).toBe('page')
    await page.getByRole('button', { name: 'Report incident' }).click()
    await page.getByRole('heading', { name: 'Report an incident' }).waitFor()

    // Nothing filled: the form says what is missing, without asking the server.
    await page.getByRole('button', { name: 'Report incident' }).click()
    expect(await page.getByText('Click the map or type a location.').isVisible()).toBe(true)

    // A place the server cannot read: its message appears on the location field.
    const location = page.getByLabel('Location', { exact: true })
    await location.fill('somewhere near Aleppo')
    await page.getByLabel('Category').selectOption('shelling_artillery_missile_attack')
    await page.getByLabel('Alleged perpetrator', { exact: true }).selectOption({ label: 'SAA — Syrian government forces' })
    await page.getByLabel('How precise').selectOption('near')
    await page.getByLabel('Place name (optional)').fill('al-Shaar, eastern Aleppo')
    const killed = page.getByRole('group', { name: 'Killed' })
    await killed.getByLabel('At least', { exact: true }).fill('2')
    await killed.getByLabel('At most', { exact: true }).fill('4')
    await killed.getByLabel('Children, at least').fill('1')
    await page.getByRole('group', { name: 'Injured' }).getByLabel('At least', { exact: true }).fill('7')
    await page.getByLabel('Description').fill('Artillery shells hit a residential street near the field hospital in the morning.')
    await page.getByRole('button', { name: 'Add a source' }).click()
    await page.getByRole('group', { name: 'Source 1' }).getByLabel('Title').fill('Local council statement')
    await page.getByRole('button', { name: 'Report incident' }).click()
    const locationError = page.locator('.field', { has: location }).locator('.field-error')
    await locationError.waitFor()
    expect(await location.getAttribute('aria-invalid')).toBe('true')

    // A click on the map puts the point there and writes its coordinates into the field.
    const at = await pagePoint(page, [37.172, 36.205])
    await page.mouse.click(at.x, at.y)
    await expect.poll(() => location.inputValue()).toMatch(/^36\.20\d*, 37\.17\d*$/)
    await page.getByRole('button', { name: 'Report incident' }).click()

    await page.waitForURL(/\/t\/SY\/incidents\/incident\/[0-9a-f-]{36}$/)
    id = page.url().split('/').at(-1)!
    const heading = await page.locator('#incident-title').innerText()
    ref = /SY-I-\d+/.exec(heading)![0]
    expect(heading).toContain('Shelling, artillery or missile attack')
    expect(await statusOf(page)).toBe('reported')
    const facts = await page.locator('.facts').innerText()
    expect(facts).toContain('Syrian government forces')
    expect(facts).toMatch(/2–4 \(children: 1\)/)
    expect(facts).toContain('al-Shaar, eastern Aleppo')
    expect(await page.getByRole('link', { name: 'Local council statement' }).count() + (await page.getByText('Local council statement').count())).toBeGreaterThan(0)

    // It is in the list, by its reference.
    await page.getByRole('link', { name: '← All incidents' }).click()
    const item = page.locator(`.incident-item[data-ref="${ref}"]`)
    await item.waitFor()
    expect(await item.innerText()).toContain('Reported')
    await item.getByRole('link', { name: new RegExp(ref) }).click()
    await page.waitForURL(new RegExp(`/incidents/incident/${id}$`))

    // Evidence: a file uploaded (multipart) is listed with a download link.
    await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'witness-statement.txt', mimeType: 'text/plain', buffer: Buffer.from('Statement of a witness, taken by the monitoring team.\n') })
    await page.getByRole('button', { name: 'Upload' }).click()
    const evidence = page.getByRole('link', { name: 'witness-statement.txt' })
    await evidence.waitFor()
    expect(await evidence.getAttribute('href')).toMatch(new RegExp(`/api/v1/theatres/SY/incidents/${id}/evidence/[0-9a-f]{64}$`))

    // Verification, one step at a time; each step needs a note.
    const note = page.getByLabel('Note', { exact: true })
    await page.getByRole('button', { name: 'Move to: Under review' }).click()
    expect(await page.getByText('Say why before moving the status.').isVisible()).toBe(true)
    for (const [step, status, why] of [
      ['Under review', 'under_review', 'Two reports received; opening a review.'],
      ['Corroborated', 'corroborated', 'Hospital staff and a local council confirm the shelling.'],
      ['Verified', 'verified', 'Crater analysis and photographs match; time and place confirmed.'],
    ] as const) {
      await note.fill(why)
      await page.getByRole('button', { name: `Move to: ${step}` }).click()
      await expect.poll(() => statusOf(page)).toBe(status)
      await page.locator('.status-history').getByText(why).waitFor()
    }
    // Verified is final: no further steps, and only the coordinator publishes.
    expect(await page.getByRole('button', { name: /^Move to:/ }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0)
    // The alleged party was asked to reply when the review began.
    expect(await page.locator('section[aria-labelledby=incident-replies]').innerText()).toMatch(/Syrian government forces asked/)
    // The one expected error: the 400 the unreadable location was answered with.
    expect(errors).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)'])
  })

  it('the alleged party, asked to reply when the review began, answers', async () => {
    expect(id).not.toBe('')
    const { page, errors } = await signIn('saa', { language: 'en', path: `/t/SY/incidents/incident/${id}` })
    await page.locator('#incident-title').getByText(ref).waitFor()
    const replies = page.locator('section[aria-labelledby=incident-replies]')
    expect(await replies.innerText()).toContain('Awaiting reply')
    // A party neither moves the status nor merges.
    expect(await page.getByRole('button', { name: /^Move to:/ }).count()).toBe(0)
    await page.getByLabel("Your party's reply").fill('No artillery was fired in this sector that morning.')
    await page.getByRole('button', { name: 'Send reply' }).click()
    // The reply shows once the incident is read again (not the text still in the box being sent).
    await expect.poll(() => replies.locator('blockquote, p, li').filter({ hasText: 'No artillery was fired in this sector that morning.' }).count()).toBeGreaterThan(0)
    await expect.poll(() => replies.innerText()).toContain('Answered')
    expect(errors).toEqual([])
  })

  it('the coordinator sees it verified and publishes it', async () => {
    expect(id).not.toBe('')
    const { page, errors } = await signIn('coordinator', { path: `/t/SY/incidents/incident/${id}` })
    await page.locator('#incident-title').getByText(ref).waitFor()
    expect(await statusOf(page)).toBe('verified')
    expect(await page.locator('.incident-header .badge').first().innerText()).toBe('Verified')
    await page.getByRole('button', { name: 'Publish' }).click()
    await page.locator('.incident-header .badge', { hasText: 'Published' }).waitFor()
    expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0)
    expect(await page.getByText(/^Published .+\.$/).count()).toBe(1)

    // The list, filtered to verified incidents, has it, marked published.
    await page.getByRole('link', { name: '← All incidents' }).click()
    await page.getByLabel('Status').selectOption('verified')
    const item = page.locator(`.incident-item[data-ref="${ref}"]`)
    await item.waitFor()
    expect(await item.innerText()).toContain('Published')

    // The figures count it, and the CSV downloads.
    await page.getByRole('link', { name: 'Figures' }).click()
    await page.getByRole('heading', { name: 'Compliance figures' }).waitFor()
    await expect.poll(() => page.getByText(/^Incidents in the period: \d+$/).innerText()).not.toBe('Incidents in the period: 0')
    expect(await page.locator('.figures-table tbody').innerText()).toContain('SAA')
    expect(await page.locator('.chart canvas').count()).toBeGreaterThan(0)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()])
    expect(download.suggestedFilename()).toMatch(/^compliance-SY-.*\.csv$/)
    expect(await page.getByRole('link', { name: 'PDF' }).getAttribute('href')).toMatch(/\/api\/v1\/theatres\/SY\/reports\/daily\?date=\d{4}-\d{2}-\d{2}&format=pdf$/)
    expect(errors).toEqual([])
  })
})
