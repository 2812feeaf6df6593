/**
 * The reference the web app's map is measured against: MapLibre GL JS alone, the same build the app ships, in the same
 * browser with the same flags and window, drawing the least a map of the theatre can show: a background, the world's
 * countries (the app's own Natural Earth file) filled, and their borders. No app, no sign-in, no server: every file is
 * answered by the browser harness. What a first render or a pan costs here is what SwiftShader charges any MapLibre map.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { feature } from 'topojson-client'

const require = createRequire(import.meta.url)
const read = (module: string) => fs.readFileSync(require.resolve(module))
const ORIGIN = 'http://reference.invalid'

function files(): Record<string, [string, Buffer | string]> {
  const world = JSON.parse(String(read('world-atlas/countries-110m.json')))
  const countries = JSON.stringify(feature(world, world.objects.countries))
  const page = `<!doctype html><html><head><link rel="stylesheet" href="/maplibre-gl.css">
<style>html, body, #map { margin: 0; height: 100% }</style></head><body><div id="map"></div>
<script type="module">
import * as maplibregl from '/maplibre-gl.mjs'
maplibregl.setWorkerUrl(location.origin + '/maplibre-gl-worker.mjs')
const data = await (await fetch('/countries.json')).json()
const m = new maplibregl.Map({
  container: 'map',
  bounds: ${JSON.stringify(BOUNDS)},
  fadeDuration: 0,
  style: {
    version: 8,
    sources: { countries: { type: 'geojson', data } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#cfe0ea' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f3f1ea' } },
      { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': '#9a9488', 'line-width': 1 } },
    ],
  },
})
window.__truceMap = m
m.once('idle', () => (window.__bench = { idle: performance.now(), done: true }))
</script></body></html>`
  return {
    '/': ['text/html', page],
    '/maplibre-gl.mjs': ['text/javascript', read('maplibre-gl/dist/maplibre-gl.mjs')],
    '/maplibre-gl-shared.mjs': ['text/javascript', read('maplibre-gl/dist/maplibre-gl-shared.mjs')],
    '/maplibre-gl-worker.mjs': ['text/javascript', read('maplibre-gl/dist/maplibre-gl-worker.mjs')],
    '/maplibre-gl.css': ['text/css', read('maplibre-gl/dist/maplibre-gl.css')],
    '/countries.json': ['application/json', countries],
  }
}

/** Syria's bounding box, as the demo theatre's. */
const BOUNDS = [35.5, 32.3, 42.4, 37.4]

let served: ReturnType<typeof files> | undefined

/**
 * Counts the frames a page's WebGL draws (MapLibre clears the colour buffer once a frame) in `window.__frames`; added
 * to a context before its pages' scripts run. A string for the reason WATCH in web.ts is one.
 */
export const COUNT_FRAMES = `(() => {
  const frames = (window.__frames = [])
  const clear = WebGL2RenderingContext.prototype.clear
  WebGL2RenderingContext.prototype.clear = function (mask) {
    if (mask & this.COLOR_BUFFER_BIT) frames.push(performance.now())
    return clear.call(this, mask)
  }
})()`

/** The frames drawn so far (COUNT_FRAMES). */
export const framesDrawn = () => ((window as any).__frames?.length ?? 0) as number

/**
 * A new context (cold cache) with the reference map drawn: `idle` is navigation → MapLibre idle, `frames` the frames
 * drawn until then.
 */
export async function openReference(browser: Browser, viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page; idle: number; frames: number }> {
  served ??= files()
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 })
  await context.addInitScript({ content: COUNT_FRAMES })
  await context.route(`${ORIGIN}/**`, (route) => {
    const file = served![new URL(route.request().url()).pathname]
    return file ? route.fulfill({ status: 200, contentType: file[0], body: file[1] }) : route.fulfill({ status: 404 })
  })
  const page = await context.newPage()
  await page.goto(`${ORIGIN}/`)
  await page.waitForFunction(() => (window as any).__bench?.done === true, undefined, { timeout: 60_000, polling: 50 })
  return { context, page, idle: await page.evaluate(() => (window as any).__bench.idle as number), frames: await page.evaluate(framesDrawn) }
}
