import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { mapReady, newUser, signIn } from './browser.ts'

/** Roles the browser exposes for controls a person operates; each needs a name a screen reader can say. */
const CONTROLS = ['button', 'link', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'slider', 'spinbutton', 'switch', 'tab', 'menuitem', 'option']

interface Drawn {
  left: number
  right: number
  top: number
  bottom: number
}

/** Where the map draws the theatre's bounding box, in the page's pixels. */
function theatreOnScreen(page: Page): Promise<Drawn> {
  return page.evaluate(async () => {
    const [w, s, e, n] = (await (await fetch('/api/v1/theatres/SY')).json()).bbox
    const map = (window as any).__truceMap
    const box = map.getContainer().getBoundingClientRect()
    const [sw, ne] = [map.project([w, s]), map.project([e, n])]
    return { left: box.left + sw.x, right: box.left + ne.x, top: box.top + ne.y, bottom: box.top + sw.y }
  })
}

/**
 * The controls in Chromium's own accessibility tree (the one screen readers read) that have no accessible name, as
 * `role` lines of the ARIA snapshot: `- button "Zoom in"` is named, `- button` is not.
 */
async function unnamedControls(page: Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot()
  return snapshot
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => {
      const m = /^- (\w+)(.*)$/.exec(l)
      return !!m && CONTROLS.includes(m[1]) && !/^\s*"/.test(m[2]) && !/^\s*\/.+\/ ?/.test(m[2])
    })
}

/** The same from the DOM side, for what the snapshot might not show: visible controls with no label of any kind. */
async function unlabelledElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()
    const out: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=slider], [tabindex="0"]')) {
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue
      const labelledBy = el.getAttribute('aria-labelledby')?.split(/\s+/).map((id) => text(document.getElementById(id))).join(' ')
      const labels = 'labels' in el ? [...((el as HTMLInputElement).labels ?? [])].map(text).join(' ') : ''
      const own = ['BUTTON', 'A'].includes(el.tagName) || el.getAttribute('role') === 'button' ? text(el) : ''
      const name = [el.getAttribute('aria-label'), labelledBy, labels, el.getAttribute('title'), own].find((n) => n && n.trim())
      if (!name) out.push(el.outerHTML.slice(0, 160))
    }
    return out
  })
}

describe('ledger, administration and the phone layout', () => {
  it("the coordinator's browser verifies the whole demo chain itself and shows 'verified'", async () => {
    const { page, errors } = await signIn('coordinator', { path: '/t/SY/ledger' })
    const head = await page.evaluate(async () => (await (await fetch('/api/v1/theatres/SY/ledger?limit=1')).json()).head.seq as number)
    expect(head).toBeGreaterThan(50)
    const banner = page.getByTestId('ledger-verify')
    await expect.poll(() => banner.getAttribute('data-state'), { timeout: 30_000 }).toBe('ok')
    // The background jobs may append entries meanwhile (deadlines passing): the chain is verified to the head or beyond.
    const verified = Number(/Chain verified up to seq (\d+)/.exec(await banner.innerText())?.[1])
    expect(verified).toBeGreaterThanOrEqual(head)
    expect(await banner.innerText()).toMatch(/This is the head the server reports|newer entries are checked/)
    // Newest first, each entry marked as checked here.
    const first = page.locator('.ledger-entry').first()
    expect(Number(await first.getAttribute('data-seq'))).toBeGreaterThanOrEqual(head)
    await expect.poll(() => page.locator('.ledger-entry.ledger-ok').count()).toBe(await page.locator('.ledger-entry').count())
    // Older entries load on demand, back to the theatre's creation.
    const older = page.getByRole('button', { name: 'Load older entries' })
    // A page at a time, each verified in the browser as it arrives: on a busy machine that takes a few seconds.
    await expect
      .poll(
        async () => {
          if (await older.isVisible()) await older.click({ timeout: 2000 }).catch(() => undefined)
          return page.locator('.ledger-entry').last().getAttribute('data-seq')
        },
        { timeout: 30_000 },
      )
      .toBe('1')
    expect(await page.getByText('This is the first entry you may see.').isVisible()).toBe(true)
    // A receipt, checked again in the browser.
    await first.getByRole('button', { name: 'Receipt' }).click()
    await expect.poll(() => first.getByRole('group', { name: /Receipt of entry/ }).innerText()).toContain('Checked in this browser')
    // What the conflict engine did to several conflicts at once is one entry that counts them; one conflict is named.
    const conflictEntries = page.locator('.ledger-entry', { has: page.locator('code', { hasText: /^conflict\.open$/ }) })
    expect(await conflictEntries.filter({ hasText: /Conflict ×[2-9]/ }).count()).toBeGreaterThan(0)
    expect(await conflictEntries.getByRole('link', { name: /SY-C-/ }).count()).toBeGreaterThan(0)
    // A subject reference opens its record.
    const siteEntry = page.locator('.ledger-entry', { has: page.locator('code', { hasText: /^site\.create$/ }) }).first()
    await siteEntry.getByRole('link', { name: /SY-S-/ }).click()
    await expect.poll(() => page.url()).toMatch(/\/t\/SY\/record\/site\//)
    expect(errors).toEqual([])
  })

  it('a member who sees only some entries verifies their signatures and is told why not the chain', async () => {
    const { page, errors } = await signIn('wfp', { path: '/t/SY/ledger' })
    const banner = page.getByTestId('ledger-verify')
    await expect.poll(() => banner.getAttribute('data-state'), { timeout: 30_000 }).toBe('ok')
    const text = await banner.innerText()
    expect(text).toMatch(/Signatures verified on all \d+ entries shown/)
    expect(text).toContain('cannot be verified from here')
    // WFP sees its own sites, not the parties' confidential activities.
    expect(await page.locator('.ledger-entry code', { hasText: /^activity\./ }).count()).toBe(0)
    expect(errors).toEqual([])
  })

  it('a coordinator creates an API token, sees it once, and it works', async () => {
    const { page, errors } = await signIn('coordinator', { path: '/t/SY/admin/tokens' })
    await page.getByLabel('What it is for').fill('e2e liaison system')
    await page.getByRole('button', { name: 'Create token' }).click()
    const shown = page.getByTestId('new-token')
    await shown.waitFor()
    const secret = (await shown.locator('code.secret').innerText()).trim()
    expect(secret.length).toBeGreaterThan(20)
    await expect.poll(() => page.getByTestId('token').filter({ hasText: 'e2e liaison system' }).count()).toBe(1)
    // The token acts for the coordinator's actor.
    const me = await page.evaluate(async (token) => {
      const res = await fetch('/api/v1/me', { headers: { authorization: `Bearer ${token}` }, credentials: 'omit' })
      return { status: res.status, body: await res.json() }
    }, secret)
    expect(me.status).toBe(200)
    expect(me.body.via).toBe('token')
    // Once dismissed, and after a reload, the secret is nowhere on the page; the list shows its prefix only.
    await page.getByRole('button', { name: 'I have stored it' }).click()
    expect(await page.getByTestId('new-token').count()).toBe(0)
    await page.reload()
    await page.getByTestId('token').filter({ hasText: 'e2e liaison system' }).waitFor()
    expect(await page.content()).not.toContain(secret)
    // Revoked, it stops working.
    const row = page.getByTestId('token').filter({ hasText: 'e2e liaison system' })
    await row.getByRole('button', { name: 'Revoke' }).click()
    await row.getByRole('button', { name: 'Yes' }).click()
    await expect.poll(() => row.innerText()).toContain('Revoked')
    const after = await page.evaluate(async (token) => (await fetch('/api/v1/me', { headers: { authorization: `Bearer ${token}` }, credentials: 'omit' })).status, secret)
    expect(after).toBe(401)
    expect(errors).toEqual([])
  })

  it("the API's field errors appear on the fields they name", async () => {
    const { page } = await signIn('coordinator', { path: '/t/SY/admin/actors' })
    await page.getByRole('button', { name: 'New actor' }).click()
    await page.getByLabel('Name', { exact: true }).fill('Another army')
    await page.getByLabel('Short name').fill('SAA')
    await page.getByRole('button', { name: 'Create', exact: true }).click()
    const shortName = page.getByLabel('Short name')
    await expect.poll(() => shortName.getAttribute('aria-invalid')).toBe('true')
    const described = await shortName.getAttribute('aria-describedby')
    expect(await page.locator(`[id="${described!.split(' ').at(-1)}"]`).innerText()).toBe('is taken')
    // Corrected, it is created and listed.
    await shortName.fill('AA2')
    await page.getByRole('button', { name: 'Create', exact: true }).click()
    await expect.poll(() => page.locator('.admin-section .card').filter({ hasText: 'Another army' }).count()).toBe(1)
  })

  it('a coordinator registers a webhook, adds a member found by username, and sees the delivery it caused', async () => {
    await newUser('newcomer', 'Newly arrived officer')
    const { page, errors } = await signIn('coordinator', { path: '/t/SY/admin/webhooks' })
    await page.getByLabel('For actor').selectOption({ label: 'JIC — Joint Implementation Cell (illustrative)' })
    await page.getByLabel('URL').fill('http://127.0.0.1:9/hook')
    await page.getByLabel('Other events').fill('member.')
    await page.getByRole('button', { name: 'Register' }).click()
    await page.getByTestId('new-webhook-secret').waitFor()
    expect(await page.getByTestId('new-webhook-secret').locator('code.secret').innerText()).toMatch(/^whsec_/)
    await page.getByRole('button', { name: 'I have stored it' }).click()

    await page.getByRole('navigation', { name: 'Administration sections' }).getByRole('link', { name: 'Members' }).click()
    const form = page.getByRole('form', { name: 'Add a member' })
    await form.getByLabel('Username').fill('nobody-here')
    await form.getByRole('button', { name: 'Add' }).click()
    await expect.poll(() => form.getByText('There is no user with this username.').count()).toBe(1)
    await form.getByLabel('Username').fill('newcomer')
    await form.getByLabel('Actor').selectOption({ label: 'JIC — Joint Implementation Cell (illustrative)' })
    await form.getByLabel('Role').selectOption('viewer')
    await form.getByRole('button', { name: 'Add' }).click()
    await expect.poll(() => form.getByRole('status').innerText()).toContain('Newly arrived officer is now a member of JIC')
    const role = page.getByRole('combobox', { name: 'Role of Newly arrived officer in JIC' })
    expect(await role.inputValue()).toBe('viewer')
    await role.selectOption('editor')
    await expect.poll(() => role.inputValue()).toBe('editor')

    await page.getByRole('navigation', { name: 'Administration sections' }).getByRole('link', { name: 'Webhooks' }).click()
    const hook = page.locator('.card', { hasText: 'http://127.0.0.1:9/hook' })
    await hook.getByRole('button', { name: 'Deliveries' }).click()
    // A private address is refused at delivery: the log says so, attempt by attempt.
    await expect.poll(() => hook.locator('table').innerText(), { timeout: 30_000 }).toContain('member.create')
    await hook.getByRole('button', { name: 'Delete' }).click()
    await hook.getByRole('button', { name: 'Yes' }).click()
    await expect.poll(() => page.locator('.card', { hasText: 'http://127.0.0.1:9/hook' }).count()).toBe(0)
    expect(errors).toEqual([])
  })

  it('on a phone the map fills the screen, the panel is a bottom sheet that hides and shows, and every control has a name', async () => {
    const { page, errors } = await signIn('wfp', { phone: true })
    await mapReady(page)
    const viewport = page.viewportSize()!
    const map = (await page.getByTestId('map').boundingBox())!
    expect(map.width).toBe(viewport.width)
    const sheet = page.getByRole('complementary')
    const open = (await sheet.boundingBox())!
    expect(open.y + open.height).toBeCloseTo(viewport.height, 0)
    expect(open.y).toBeGreaterThan(viewport.height * 0.3)
    // The theatre is fitted in the part of the map above the sheet, not under it.
    const within = (t: Drawn, bottom: number) => t.left >= -1 && t.right <= viewport.width + 1 && t.top >= map.y - 1 && t.bottom <= bottom + 1
    await expect.poll(async () => within(await theatreOnScreen(page), open.y)).toBe(true)
    const handle = page.getByRole('button', { name: 'Hide panel' })
    expect(await handle.getAttribute('aria-expanded')).toBe('true')
    await handle.click()
    const shut = page.getByRole('button', { name: 'Show panel' })
    expect(await shut.getAttribute('aria-expanded')).toBe('false')
    expect(await page.getByRole('navigation', { name: 'Sections' }).isVisible()).toBe(false)
    const closed = (await sheet.boundingBox())!
    expect(closed.height).toBeLessThan(80)
    // The map is still there, and the untouched theatre is fitted in the larger part in view.
    expect(await page.evaluate(() => (window as any).__truceMap.loaded())).toBe(true)
    await expect.poll(async () => (await theatreOnScreen(page)).bottom).toBeGreaterThan(open.y + 1)
    expect(within(await theatreOnScreen(page), closed.y)).toBe(true)
    // Once the map has been moved, showing the sheet leaves the picture where it is.
    await page.evaluate(() => (window as any).__truceMap.panBy([0, -40], { animate: false }))
    const before = await theatreOnScreen(page)
    await shut.click()
    await page.getByRole('navigation', { name: 'Sections' }).waitFor()
    await expect.poll(() => page.evaluate(() => (window as any).__truceMap.getPadding().bottom)).toBeGreaterThan(300)
    const after = await theatreOnScreen(page)
    expect(after.top).toBeCloseTo(before.top, 0)
    expect(after.bottom).toBeCloseTo(before.bottom, 0)

    expect(await unnamedControls(page)).toEqual([])
    expect(await unlabelledElements(page)).toEqual([])
    expect(errors).toEqual([])
  })

  it('every control on the map tab has an accessible name on a desktop too, in Arabic as well', async () => {
    for (const language of ['en', 'ar'] as const) {
      const { page } = await signIn('coordinator', { language })
      await mapReady(page)
      expect(await unnamedControls(page), language).toEqual([])
      expect(await unlabelledElements(page), language).toEqual([])
    }
  })
})
