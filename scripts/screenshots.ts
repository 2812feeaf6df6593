/**
 * Screenshots of the web app's main screens in English, Arabic and Russian, for the docs and for reviewing a change
 * by eye: starts `truce serve --demo` on a throwaway data directory (as the e2e tests do), signs in as the demo
 * users of several roles in Debian's Chromium, and writes docs/screenshots/<language>-<screen>.png.
 *
 *   npx tsx scripts/screenshots.ts [screen …]      (all screens when none is named)
 */
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { root, startServer, tempDir } from '../bench/lib.ts'
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium.ts'

const OUT = path.join(root, 'docs/screenshots')
const PASSWORD = 'screenshots-demo-password'
const LANGUAGES = ['en', 'ar', 'ru'] as const
type Language = (typeof LANGUAGES)[number]

interface Screen {
  name: string
  /** The demo user whose view it is. */
  user: string
  path: (ids: Ids) => string
  phone?: boolean
  /** What to wait for beyond the map, and anything to do before the picture. */
  prepare?: (page: Page) => Promise<void>
}

interface Ids {
  site: string
}

const SCREENS: Screen[] = [
  { name: 'map', user: 'coordinator', path: () => '/t/SY/map' },
  { name: 'inbox', user: 'saa', path: () => '/t/SY/inbox' },
  { name: 'conflicts', user: 'coordinator', path: () => '/t/SY/conflicts' },
  { name: 'agreements', user: 'coordinator', path: () => '/t/SY/agreements' },
  {
    name: 'ledger',
    user: 'coordinator',
    path: () => '/t/SY/ledger',
    prepare: async (page) => {
      await page.locator('[data-testid=ledger-verify][data-state=ok], [data-testid=ledger-verify][data-state=bad]').waitFor({ timeout: 60_000 })
    },
  },
  { name: 'record', user: 'coordinator', path: (ids) => `/t/SY/record/site/${ids.site}` },
  { name: 'admin', user: 'coordinator', path: () => '/t/SY/admin/actors' },
  { name: 'phone', user: 'wfp', path: () => '/t/SY/map', phone: true },
]

async function shoot(browser: Browser, url: string, screen: Screen, language: Language, ids: Ids): Promise<string> {
  const context = await browser.newContext({
    baseURL: url,
    viewport: screen.phone ? { width: 390, height: 844 } : { width: 1400, height: 900 },
    deviceScaleFactor: 1,
    isMobile: screen.phone,
    hasTouch: screen.phone,
    locale: language,
  })
  try {
    const res = await context.request.post('/api/v1/session', { data: { username: screen.user, password: PASSWORD } })
    if (!res.ok()) throw new Error(`signing in as ${screen.user} answered ${res.status()}`)
    await context.addInitScript((lang) => localStorage.setItem('truce.language', lang), language)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(screen.path(ids))
    // The map beside (or under) every screen: its overlays loaded and drawn.
    await page.locator('[data-testid=map][data-loaded=true]').waitFor({ timeout: 60_000 })
    await page.waitForFunction(() => (window as any).__truceMap?.loaded(), undefined, { timeout: 60_000 })
    await screen.prepare?.(page)
    await page.evaluate(() => document.fonts.ready)
    await page.evaluate(() => new Promise((r) => ((window as any).__truceMap.loaded() ? r(null) : (window as any).__truceMap.once('idle', r))))
    await page.waitForTimeout(300)
    const file = path.join(OUT, `${language}-${screen.name}.png`)
    await page.screenshot({ path: file })
    if (errors.length) console.warn(`  ${path.basename(file)}: page errors: ${errors.join('; ')}`)
    return file
  } finally {
    await context.close()
  }
}

const wanted = process.argv.slice(2)
const screens = wanted.length ? SCREENS.filter((s) => wanted.includes(s.name)) : SCREENS
if (!screens.length) throw new Error(`no such screen; screens: ${SCREENS.map((s) => s.name).join(', ')}`)
fs.mkdirSync(OUT, { recursive: true })
console.log('starting truce serve --demo on a new data directory …')
const dataDir = tempDir('truce-screenshots-')
const server = await startServer({ TRUCE_DATA_DIR: dataDir, TRUCE_DEMO_PASSWORD: PASSWORD }, 300_000, ['--demo'])
let browser: Browser | undefined
try {
  // A record to open: the first of the demo's sites.
  const session = await fetch(`${server.url}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'coordinator', password: PASSWORD }) })
  const cookie = session.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
  const sites = (await (await fetch(`${server.url}/api/v1/theatres/SY/sites?limit=1`, { headers: { cookie } })).json()) as { items: { id: string }[] }
  const ids: Ids = { site: sites.items[0].id }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  for (const language of LANGUAGES) {
    for (const screen of screens) {
      const file = await shoot(browser, server.url, screen, language, ids)
      console.log(`wrote ${path.relative(root, file)}`)
    }
  }
} finally {
  await browser?.close()
  await server.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
}
