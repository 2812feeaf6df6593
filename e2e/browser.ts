import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, inject } from 'vitest'
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts'

let browser: Browser | undefined
const contexts: BrowserContext[] = []

export const baseUrl = () => inject('baseUrl')

async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  return browser
}

afterAll(async () => {
  for (const c of contexts.splice(0)) await c.close()
  await browser?.close()
  browser = undefined
})

export interface Session {
  page: Page
  context: BrowserContext
  /** Page errors and console errors seen so far; a test asserts none happened where it matters. */
  errors: string[]
}

/**
 * A fresh browser profile signed in as a demo user through the sign-in form, in a language, on a viewport (a phone
 * when asked). Each call is a separate person: its own cookies, storage and live stream.
 */
export async function signIn(username: string, opts: { language?: 'en' | 'ar' | 'ru'; phone?: boolean; path?: string } = {}): Promise<Session> {
  const context = await (await launch()).newContext({
    viewport: opts.phone ? { width: 390, height: 844 } : { width: 1400, height: 900 },
    deviceScaleFactor: 1,
    isMobile: opts.phone,
    hasTouch: opts.phone,
    baseURL: baseUrl(),
  })
  contexts.push(context)
  if (opts.language) await context.addInitScript((lang) => localStorage.setItem('truce.language', lang), opts.language)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    // The one expected 401: asking who is signed in before anyone is.
    if (m.type() === 'error' && !/401/.test(m.text())) errors.push(m.text())
  })
  await page.goto('/')
  await page.getByLabel(/username|اسم المستخدم|имя пользователя/i).fill(username)
  await page.getByLabel(/^(password|كلمة المرور|пароль)$/i).fill(inject('demoPassword'))
  await page.locator('form button[type=submit]').click()
  await page.waitForURL(/\/t\/SY\//)
  if (opts.path) await page.goto(opts.path)
  return { page, context, errors }
}

/** Waits until the page's live stream is connected (the header's status reads "Live"). */
export const live = (page: Page) => page.getByRole('status').filter({ hasText: /^Live$/ }).waitFor({ timeout: 30_000 })

/** Waits until the map has drawn the overlays it loaded, and no longer says it is loading. */
export async function mapReady(page: Page) {
  await page.locator('[data-testid=map][data-loaded=true]').waitFor({ timeout: 30_000 })
  await page.waitForFunction(() => (window as any).__truceMap?.loaded())
  await page.locator('.map-loading').waitFor({ state: 'detached', timeout: 30_000 })
}

/**
 * A new user, made by the instance administrator through the API: tests that change someone's memberships use one,
 * so the demo users other tests sign in as keep their roles.
 */
export async function newUser(username: string, displayName: string): Promise<void> {
  const session = await fetch(`${baseUrl()}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: inject('adminPassword') }),
  })
  if (!session.ok) throw new Error(`admin sign-in: ${session.status}`)
  const { csrfToken } = await session.json()
  const res = await fetch(`${baseUrl()}/api/v1/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.headers.get('set-cookie')!.split(';')[0], 'x-csrf-token': csrfToken },
    body: JSON.stringify({ username, password: 'a-password-for-e2e', displayName }),
  })
  if (res.status !== 201) throw new Error(`creating ${username}: ${res.status} ${await res.text()}`)
}
