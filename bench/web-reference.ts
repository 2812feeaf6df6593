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

/**
 * The floor under any WebGL page's frame time in this browser: a bare WebGL 2 canvas the size of the window, no
 * MapLibre, that each frame clears it and then fills it `fills` times with one flat-coloured rectangle (the least work
 * a map layer covering the window costs). Answers the `requestAnimationFrame` deltas of `frames` frames.
 */
export async function fillFloor(browser: Browser, viewport: { width: number; height: number }, fills: number, frames: number): Promise<number[]> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 })
  try {
    const page = await context.newPage()
    await page.setContent('<style>body { margin: 0 }</style><canvas style="display: block; width: 100vw; height: 100vh"></canvas>')
    // A string, not a function: tsx would wrap named functions in a helper the page does not have.
    return (await page.evaluate(String.raw`(async () => {
      const canvas = document.querySelector('canvas')
      canvas.width = innerWidth
      canvas.height = innerHeight
      const gl = canvas.getContext('webgl2')
      const shader = (type, source) => {
        const s = gl.createShader(type)
        gl.shaderSource(s, source)
        gl.compileShader(s)
        return s
      }
      const program = gl.createProgram()
      gl.attachShader(program, shader(gl.VERTEX_SHADER, '#version 300 es\nin vec2 p; void main() { gl_Position = vec4(p, 0, 1); }'))
      gl.attachShader(program, shader(gl.FRAGMENT_SHADER, '#version 300 es\nprecision mediump float; uniform float shade; out vec4 colour; void main() { colour = vec4(shade, 0.5, 0.5, 1); }'))
      gl.linkProgram(program)
      gl.useProgram(program)
      gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer())
      gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), gl.STATIC_DRAW)
      gl.enableVertexAttribArray(0)
      gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0)
      const shade = gl.getUniformLocation(program, 'shade')
      const times = []
      await new Promise((done) => {
        const frame = (t) => {
          times.push(t)
          gl.clearColor((t % 1000) / 1000, 0.2, 0.3, 1)
          gl.clear(gl.COLOR_BUFFER_BIT)
          for (let i = 0; i < ${fills}; i++) {
            gl.uniform1f(shade, ((t + i * 100) % 1000) / 1000)
            gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4)
          }
          if (times.length <= ${frames}) requestAnimationFrame(frame)
          else done()
        }
        requestAnimationFrame(frame)
      })
      return times.slice(1).map((t, i) => t - times[i])
    })()`)) as number[]
  } finally {
    await context.close()
  }
}
