/**
 * The web app's map in a real browser: the demo scenario plus 50,000 synthetic sites, served by `truce serve` on the
 * embedded database and drawn by Debian's Chromium (playwright-core, SwiftShader WebGL as in the e2e tests).
 *
 * (a) first complete render: navigation start → the map's overlays loaded ([data-testid=map][data-loaded=true]) and
 *     MapLibre idle after drawing them, signed in as the coordinator (who sees every site), cold cache, 5 times;
 * (b) frame time while panning: requestAnimationFrame deltas during ~5 s of scripted map.panBy, over the whole
 *     theatre (clustered sites) and over Aleppo at zoom 12.5 (individual sites);
 * (c) JavaScript shipped beside MapLibre, gzipped: web/dist/assets/*.js without the maplibre chunk and its worker;
 * and, to explain (a), the sites' tiles alone; (a) and (b) beside the reference: MapLibre alone drawing the
 * countries in the same browser, and (b) beside the floor: a bare WebGL canvas covered 0, 1 or 4 times a frame
 * (bench/web-reference.ts).
 *
 * Run with `npx tsx bench/web.ts`; writes the "web" section of docs/PERFORMANCE.md.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { audience } from '../src/authz/audience.ts'
import { loadConfig } from '../src/config.ts'
import { loadDemo } from '../src/demo/load.ts'
import { ensureAdmin, openRuntime } from '../src/runtime.ts'
import { WEB_DIST, ensureWebBuilt } from '../src/web/build.ts'
import { SiteTileSet } from '../src/modules/sites/tiles.ts'
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium.ts'
import { COUNT_FRAMES, fillFloor, framesDrawn, openReference } from './web-reference.ts'
import { ADMIN_PASSWORD, machine, median, onQuietMachine, percentile, startServer, table, tempDir, today, writeSection, type Server } from './lib.ts'

const SITES = 50_000
const RUNS = 5
const PAN_SECONDS = 5
const DEMO_PASSWORD = 'bench-demo-password'
const VIEWPORT = { width: 1400, height: 900 }
const TARGETS = { firstRenderMs: 2000, medianFrameMs: 33, jsKb: 400 }
/** The floor rows of (b): a bare WebGL canvas cleared and covered this many times a frame (bench/web-reference.ts). */
const FLOOR_FILLS = [0, 1, 4]

// Half the sites in four city clusters (as bench/deconfliction.ts), the rest evenly over Syria's bounding box.
const BBOX = [35.5, 32.3, 42.4, 37.4] as const
const CLUSTERS = [
  { at: [37.15, 36.2], weight: 0.35 },
  { at: [36.28, 33.51], weight: 0.3 },
  { at: [36.72, 34.73], weight: 0.2 },
  { at: [36.63, 35.93], weight: 0.15 },
]
const CLUSTER_SHARE = 0.5
const CLUSTER_SIGMA_DEG = 0.15

const fmt = (n: number, digits = 0) => n.toFixed(digits)
const kb = (bytes: number) => bytes / 1024
const percent = (x: number) => `${(x * 100).toFixed(0)}%`

/** The demo, then 50,000 notified sites and their footprints in SQL, as sites/store.ts and footprints/store.ts write them. */
async function seed(dataDir: string): Promise<{ seconds: number; sites: number }> {
  const started = performance.now()
  const config = loadConfig({ ...process.env, TRUCE_DATA_DIR: dataDir, TRUCE_ADMIN_PASSWORD: ADMIN_PASSWORD, TRUCE_DEMO_PASSWORD: DEMO_PASSWORD, TRUCE_LOG_LEVEL: 'warn' })
  const services = await openRuntime(config, (l) => console.log(`  ${l}`))
  try {
    await ensureAdmin(services, config, () => {})
    await loadDemo(services, () => {}, DEMO_PASSWORD)
    const theatre = (await services.theatres.find('SY'))!
    const actors = await services.db.query<{ id: string; kind: string }>('SELECT id, kind FROM actors WHERE theatre_id = $1', [theatre.id])
    const organisations = actors.filter((a) => a.kind === 'organisation').map((a) => a.id)
    const parties = actors.filter((a) => a.kind === 'party').map((a) => a.id)
    const radii = (theatre.policy as { protectionRadiusM: Record<string, number> }).protectionRadiusM
    const types = Object.keys(radii)
    const [w, s, e, n] = BBOX
    let acc = 0
    const pick = (c: 0 | 1) => `CASE ${CLUSTERS.map((k) => `WHEN c < ${(acc += k.weight).toFixed(4)} THEN ${k.at[c]}`).join(' ')} ELSE ${CLUSTERS.at(-1)!.at[c]} END`
    const cx = pick(0)
    acc = 0
    const cy = pick(1)
    const clamp = (x: string, lo: number, hi: number) => `least(greatest(${x}, ${lo}), ${hi})`
    // One audience per organisation: the owner, every party (shared with all), monitors.
    const audiences = organisations.map((o) => audience.shared(o, parties))
    await services.db.tx(async (q) => {
      await q.query('SELECT setseed(0.2016)')
      await q.query(
        `WITH r AS MATERIALIZED (
           SELECT i, random() AS u, random() AS c, random() AS g1, random() AS g2, random() AS x, random() AS y,
             1 + floor(random() * ${types.length})::int AS k, 1 + floor(random() * ${organisations.length})::int AS o
           FROM generate_series(1, ${SITES}) i),
         p AS (SELECT i, k, o, CASE WHEN u < ${CLUSTER_SHARE}
             THEN ST_SetSRID(ST_MakePoint(
               ${clamp(`(${cx}) + ${CLUSTER_SIGMA_DEG} * sqrt(-2 * ln(1 - g1)) * cos(2 * pi() * g2) / cos(radians(${cy}))`, w, e)},
               ${clamp(`(${cy}) + ${CLUSTER_SIGMA_DEG} * sqrt(-2 * ln(1 - g1)) * sin(2 * pi() * g2)`, s, n)}), 4326)
             ELSE ST_SetSRID(ST_MakePoint(${w} + ${e - w} * x, ${s} + ${n - s} * y), 4326) END AS pos FROM r)
         INSERT INTO sites (theatre_id, id, ref, organisation_id, name, type, geometry, protection_radius_m, share_with, status, details, audience)
         SELECT $1, gen_random_uuid(), 'SY-S-' || lpad((100000 + i)::text, 6, '0'), ($2::uuid[])[o], 'Synthetic site ' || i,
           (ARRAY[${types.map((t) => `'${t}'`).join(', ')}])[k], pos, (ARRAY[${types.map((t) => radii[t]).join(', ')}])[k],
           $3::uuid[], 'notified', '{}', ARRAY(SELECT jsonb_array_elements_text(($4::jsonb)[o - 1]))
         FROM p`,
        [theatre.id, organisations, parties, JSON.stringify(audiences)],
      )
      await q.query(
        `INSERT INTO footprints (theatre_id, subject_kind, subject_id, version, ref, owner_actor_id, shape, during, attrs)
         SELECT theatre_id, 'site', id, version, ref, organisation_id, ST_Buffer(geometry::geography, protection_radius_m)::geometry,
           tstzmultirange(tstzrange('-infinity', NULL, '[)')), jsonb_build_object('name', name, 'type', type, 'shareWith', to_jsonb(share_with))
         FROM sites WHERE theatre_id = $1 AND ref LIKE 'SY-S-1%' AND length(ref) = 11`,
        [theatre.id],
      )
      // New references continue after the synthetic ones.
      await q.query(
        `INSERT INTO reference_counters (theatre_id, letter, last) VALUES ($1, 'S', ${100000 + SITES})
         ON CONFLICT (theatre_id, letter) DO UPDATE SET last = greatest(reference_counters.last, EXCLUDED.last)`,
        [theatre.id],
      )
    })
    await services.db.query('ANALYZE')
    const [{ count }] = await services.db.query<{ count: number }>('SELECT count(*)::int AS count FROM sites WHERE theatre_id = $1', [theatre.id])
    return { seconds: (performance.now() - started) / 1000, sites: count }
  } finally {
    await services.db.close()
  }
}

/** The sites' tiles as the map asks for them (web/src/map/queries.ts): the TileJSON naming them. */
const sitesTileJson = (url: string) => `${url}/api/v1/theatres/SY/sites/tiles.json`

async function signInCookie(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'coordinator', password: DEMO_PASSWORD }) })
  if (!res.ok) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`)
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
}

/**
 * The sites' tiles alone: the TileJSON the first time since the server started (it clusters every site the reader may
 * see, sites/tiles.ts) and from the server's cache after that, and the tiles covering the theatre at the zoom the map
 * opens on, fetched together as the browser does.
 */
async function tilesEndpoint(url: string, cookie: string) {
  const timed = async (what: string) => {
    const t0 = performance.now()
    const res = await fetch(what, { headers: { cookie } })
    const body = Buffer.from(await res.arrayBuffer())
    if (!res.ok) throw new Error(`${what} answered ${res.status}`)
    return { ms: performance.now() - t0, body }
  }
  const cold = await timed(sitesTileJson(url))
  const tileJson = JSON.parse(cold.body.toString()) as { tiles: string[]; count: number }
  const template = new URL(tileJson.tiles[0], sitesTileJson(url)).href.replace(/%7B/g, '{').replace(/%7D/g, '}')
  const cached: number[] = []
  const views: { ms: number; bytes: number }[] = []
  const view = viewTiles()
  for (let i = 0; i < RUNS + 1; i++) {
    const c = await timed(sitesTileJson(url))
    const t0 = performance.now()
    const tiles = await Promise.all(view.map(([z, x, y]) => timed(template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y)))))
    if (i === 0) continue
    cached.push(c.ms)
    views.push({ ms: performance.now() - t0, bytes: tiles.reduce((a, t) => a + t.body.length, 0) })
  }
  return { count: tileJson.count, cold: cold.ms, cached: median(cached), tiles: view.length, zoom: view[0][0], viewMs: median(views.map((v) => v.ms)), viewBytes: views[0].bytes }
}

/** The tiles covering the theatre's box at the zoom the map opens on in the benchmark's window (fitted to the box). */
function viewTiles(): [number, number, number][] {
  const [w, s, e, n] = BBOX
  const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))
  const fit = Math.min(Math.log2((VIEWPORT.width * 360) / ((e - w) * 512)), Math.log2((VIEWPORT.height * 2 * Math.PI) / ((mercY(n) - mercY(s)) * 512)))
  const z = Math.floor(fit)
  const tile = (lon: number, lat: number) => [Math.floor(((lon + 180) / 360) * 2 ** z), Math.floor(((1 - mercY(lat) / Math.PI) / 2) * 2 ** z)]
  const [x0, y0] = tile(w, n)
  const [x1, y1] = tile(e, s)
  const out: [number, number, number][] = []
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push([z, x, y])
  return out
}

/** Tiles of the demo's own sites (not the synthetic SY-S-1xxxxx), cut as the server cuts them: the baseline's sites. */
async function demoTiles(url: string, cookie: string): Promise<SiteTileSet> {
  type Feature = { geometry: { type: string; coordinates: number[] }; properties: { id: string; ref: string; name: string; status: string } }
  const all = (await (await fetch(`${url}/api/v1/theatres/SY/sites.geojson?properties=id,ref,name,status`, { headers: { cookie } })).json()) as { features: Feature[] }
  const demo = all.features.filter((f) => !/^SY-S-1\d{5}$/.test(f.properties.ref) && f.geometry.type === 'Point')
  return new SiteTileSet(demo.map((f) => ({ ...f.properties, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] })))
}

interface Render {
  /** ms from navigation start */
  responseEnd: number
  domContentLoaded: number
  /** The last of the basemap's tiles the first picture needed. */
  basemap?: { lastTile: number; tiles: number }
  mapConstructed?: number
  styleLoaded?: number
  mapLoaded: number
  overlaysLoaded: number
  idle: number
  /** The sites' TileJSON received, and the last of their tiles the first picture needed. */
  siteTiles?: { json: number; lastTile: number; tiles: number }
  /** GPU programs MapLibre compiled for the first picture, and the style's layers. */
  programs: number
  /** Frames WebGL drew until the map was idle. */
  frames: number
  layers: number
  /** The scripts the page loaded (file names). */
  scripts: string[]
}

// Runs in the page before any of the app's scripts: notes when the map appears, when its overlays have loaded and
// when MapLibre is next idle (every source loaded and drawn). A string, not a function: tsx would wrap the named
// functions inside with a helper (__name) that the page does not have.
const WATCH = `(() => {
  const b = (window.__bench = {})
  const tick = () => {
    const m = window.__truceMap
    if (!b.overlaysLoaded && document.querySelector('[data-testid=map][data-loaded=true]')) b.overlaysLoaded = performance.now()
    if (m && !b.mapLoaded) b.mapLoaded = performance.now()
    if (m && b.overlaysLoaded) {
      const done = () => {
        b.idle = performance.now()
        b.done = true
      }
      // The overlays' data may have been handed over just now: the map is busy until the worker has tiled it and it is drawn.
      if (m.loaded() && !m.isMoving()) requestAnimationFrame(() => (m.loaded() ? done() : m.once('idle', done)))
      else m.once('idle', done)
      return
    }
    setTimeout(tick, 4)
  }
  tick()
})()`

/**
 * How many GPU programs the map compiled (MapLibre's own cache of them: not public API, so 0 when it moves; on a device
 * without a GPU each costs tens of milliseconds before the first picture), and how many layers its style has.
 */
const PROGRAMS = () => {
  const programs = (window as any).__truceMap?.painter?.programCache?.programs ?? {}
  return { programs: (programs instanceof Map ? programs.size : Object.keys(programs).length) as number, layers: ((window as any).__truceMap?.getStyle().layers.length ?? 0) as number }
}

/** requestAnimationFrame deltas while the map pans back and forth, 0.5 s a pan; a string for the same reason. */
const PAN = (seconds: number) => `(async () => {
  const m = window.__truceMap
  const deltas = []
  let last = 0
  let running = true
  const frame = (t) => {
    if (last) deltas.push(t - last)
    last = t
    if (running) requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
  for (let i = 0; i < ${Math.round(seconds / 0.5)}; i++) {
    const moved = new Promise((r) => m.once('moveend', r))
    m.panBy(i % 2 ? [-320, 180] : [320, -180], { duration: 500, easing: (x) => x })
    await moved
  }
  running = false
  return deltas
})()`

/**
 * A signed-in page on the map, with the watcher installed. `demoOnly`: the browser answers the sites' tiles itself with
 * tiles of the demo's own sites, the same app drawing 6 sites instead of 50,006 (the baseline the 50,000 are compared with).
 */
async function openMap(browser: Browser, url: string, demoOnly?: SiteTileSet) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, baseURL: url })
  const res = await context.request.post('/api/v1/session', { data: { username: 'coordinator', password: DEMO_PASSWORD } })
  if (!res.ok()) throw new Error(`sign-in answered ${res.status()}`)
  await context.addInitScript({ content: WATCH })
  await context.addInitScript({ content: COUNT_FRAMES })
  if (demoOnly)
    await context.route('**/sites/tiles/*/*/*.mvt*', (route) => {
      const [z, x, y] = new URL(route.request().url()).pathname.split('/').slice(-3).map((p) => parseInt(p, 10))
      return route.fulfill({ status: 200, contentType: 'application/vnd.mapbox-vector-tile', body: Buffer.from(demoOnly.tile(z, x, y)) })
    })
  const page = await context.newPage()
  const scripts: string[] = []
  const trouble: string[] = []
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' || /\.m?js$/.test(new URL(r.url()).pathname)) scripts.push(path.basename(new URL(r.url()).pathname))
    if (r.status() >= 400) trouble.push(`${r.status()} ${new URL(r.url()).pathname}`)
  })
  page.on('pageerror', (e) => trouble.push(e.message))
  // MapLibre's worker fetches the tiles: they are in the worker's resource timings, not the page's, so they are timed
  // here (epoch ms, as the request's timing gives them).
  const tiles = { sites: [] as number[], basemap: [] as number[] }
  page.on('requestfinished', (r) => {
    const end = r.timing().startTime + r.timing().responseEnd
    if (r.url().includes('/sites/tiles/')) tiles.sites.push(end)
    else if (r.url().includes('/basemap/tiles/')) tiles.basemap.push(end)
  })
  try {
    await page.goto('/t/SY/map', { waitUntil: 'commit' })
    await page.waitForFunction(() => (window as any).__bench?.done === true, undefined, { timeout: 90_000, polling: 50 })
  } catch (e) {
    const state = await page.evaluate(() => JSON.stringify({ bench: (window as any).__bench, loaded: document.querySelector('[data-testid=map]')?.getAttribute('data-loaded') })).catch(() => '?')
    await context.close()
    throw new Error(`the map did not finish drawing (${state}; ${trouble.join('; ') || 'no failed request or page error'}): ${(e as Error).message}`)
  }
  return { context, page, scripts, tiles }
}

/**
 * Runs `fn` again (up to twice more) when the page failed to draw: on a machine where others rebuild web/dist, an
 * asset the page asks for can vanish under it. Each failure is reported.
 */
async function retried<T>(what: string, fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn()
    } catch (e) {
      if (attempt === 3) throw e
      console.warn(`${what}: ${(e as Error).message.split('\n')[0]}; trying again`)
    }
  }
}

async function firstRender(browser: Browser, url: string, demoOnly?: SiteTileSet): Promise<Render> {
  const { context, page, scripts, tiles } = await openMap(browser, url, demoOnly)
  try {
    const timings = await page.evaluate(({ sites: tileEnds, basemap: basemapEnds }) => {
      const b = (window as any).__bench
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      const g = resources.find((r) => r.name.includes('/sites/tiles.json'))
      return {
        responseEnd: nav.responseEnd,
        domContentLoaded: nav.domContentLoadedEventEnd,
        basemap: basemapEnds.length ? { lastTile: Math.max(...basemapEnds) - performance.timeOrigin, tiles: basemapEnds.length } : undefined,
        // (no helper function here: the page would not know tsx's __name, which it wraps a named function in)
        mapConstructed: performance.getEntriesByName('truce:map-created', 'mark')[0]?.startTime,
        styleLoaded: performance.getEntriesByName('truce:style-loaded', 'mark')[0]?.startTime,
        mapLoaded: b.mapLoaded,
        overlaysLoaded: b.overlaysLoaded,
        idle: b.idle,
        siteTiles: g && { json: g.responseEnd, lastTile: Math.max(...tileEnds) - performance.timeOrigin, tiles: tileEnds.length },
      }
    }, tiles)
    return { ...timings, ...(await page.evaluate(PROGRAMS)), frames: await page.evaluate(framesDrawn), scripts }
  } finally {
    await context.close()
  }
}

type View = 'theatre' | 'aleppo' | 'bare' | 'aleppoBare' | 'reference'
const OVERLAY_SOURCES = ['sites', 'movements', 'activities', 'zones', 'controlAreas', 'conflicts']

/**
 * Frame times while panning: over the whole theatre or over Aleppo at zoom 12.5, with the overlays or with every
 * overlay layer hidden (the basemap alone: what SwiftShader costs without any of the app's data), and the reference
 * (MapLibre alone, bench/web-reference.ts).
 */
async function panFrames(browser: Browser, url: string, view: View): Promise<number[]> {
  const { context, page } = view === 'reference' ? await openReference(browser, VIEWPORT) : await openMap(browser, url)
  try {
    if (view !== 'reference')
      await page.evaluate(
        ([v, sources]) =>
          new Promise<void>((resolve) => {
            const m = (window as any).__truceMap
            if (v === 'aleppo' || v === 'aleppoBare') m.jumpTo({ center: [37.15, 36.2], zoom: 12.5 })
            if (v === 'bare' || v === 'aleppoBare') for (const l of m.getStyle().layers) if (sources.includes(l.source)) m.setLayoutProperty(l.id, 'visibility', 'none')
            m.once('idle', () => resolve())
            m.triggerRepaint()
          }),
        [view, OVERLAY_SOURCES] as const,
      )
    return (await page.evaluate(PAN(PAN_SECONDS))) as number[]
  } finally {
    await context.close()
  }
}

/** Every script in web/dist/assets, its size and its size as served: gzipped, by the build (level 9, file.gz beside it). */
function scriptSizes() {
  const dir = path.join(WEB_DIST, 'assets')
  return fs
    .readdirSync(dir)
    .filter((f) => /\.m?js$/.test(f))
    .map((f) => ({ file: f, bytes: fs.statSync(path.join(dir, f)).size, gzip: fs.statSync(path.join(dir, `${f}.gz`)).size, maplibre: /^maplibre/.test(f) }))
    .sort((a, b) => b.bytes - a.bytes)
}

// TRUCE_BENCH_WEB_DATA names a data directory to keep and reuse (seeded on the first run): for working on the figures.
const keep = process.env.TRUCE_BENCH_WEB_DATA
const dataDir = keep ? path.resolve(keep) : tempDir('truce-bench-web-')
const reuse = !!keep && fs.existsSync(path.join(dataDir, 'pgdata'))
let server: Server | undefined
let browser: Browser | undefined
try {
  console.log('building the web app if its sources changed …')
  await ensureWebBuilt((l) => console.log(`  ${l}`))
  const scripts = scriptSizes()
  console.log(`seeding the demo and ${SITES.toLocaleString('en')} sites in ${dataDir} …`)
  const seeded = reuse ? { seconds: NaN, sites: NaN } : await seed(dataDir)
  if (!reuse) console.log(`  ${seeded.sites} sites in theatre SY after ${fmt(seeded.seconds, 1)} s`)
  server = await startServer({ TRUCE_DATA_DIR: dataDir, TRUCE_DEMO_PASSWORD: DEMO_PASSWORD })
  const url = server.url
  const cookie = await signInCookie(url)

  const endpoint = await onQuietMachine(() => tilesEndpoint(url, cookie))
  console.log(`sites' tiles: ${endpoint.result.count} sites, built in ${fmt(endpoint.result.cold)} ms; ${endpoint.result.tiles} tiles for the first view, ${fmt(kb(endpoint.result.viewBytes))} KB, median ${fmt(endpoint.result.viewMs)} ms`)

  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  // One unmeasured load: the server's first answers (caches, JIT) are not what people see after it has run a while.
  await retried('first render', () => firstRender(browser!, url))
  const renders = await onQuietMachine(async () => {
    const out: Render[] = []
    for (let i = 0; i < RUNS; i++) {
      out.push(await retried('first render', () => firstRender(browser!, url)))
      console.log(`first render ${i + 1}: ${fmt(out.at(-1)!.idle)} ms`)
    }
    return out
  })
  // The same app and server with only the demo's 6 sites (answered by the browser harness): the baseline.
  const demoOnly = await demoTiles(url, cookie)
  const baseline = await onQuietMachine(async () => {
    const out: Render[] = []
    for (let i = 0; i < RUNS; i++) out.push(await retried('baseline', () => firstRender(browser!, url, demoOnly)))
    console.log(`baseline (demo sites only): median ${fmt(median(out.map((x) => x.idle)))} ms`)
    return out
  })
  // MapLibre alone in the same browser (bench/web-reference.ts), after one unmeasured load as for the app.
  await (await openReference(browser, VIEWPORT)).context.close()
  const reference = await onQuietMachine(async () => {
    const out: { idle: number; frames: number; programs: number; layers: number }[] = []
    for (let i = 0; i < RUNS; i++) {
      const { context, page, idle, frames } = await openReference(browser!, VIEWPORT)
      out.push({ idle, frames, ...(await page.evaluate(PROGRAMS)) })
      await context.close()
    }
    console.log(`reference (MapLibre alone): median ${fmt(median(out.map((x) => x.idle)))} ms`)
    return out
  })
  const pans: Record<View, { result: number[]; others: number }> = {
    theatre: await onQuietMachine(() => retried('pan', () => panFrames(browser!, url, 'theatre'))),
    aleppo: await onQuietMachine(() => retried('pan', () => panFrames(browser!, url, 'aleppo'))),
    bare: await onQuietMachine(() => retried('pan', () => panFrames(browser!, url, 'bare'))),
    aleppoBare: await onQuietMachine(() => retried('pan', () => panFrames(browser!, url, 'aleppoBare'))),
    reference: await onQuietMachine(() => panFrames(browser!, url, 'reference')),
  }
  for (const [view, p] of Object.entries(pans)) console.log(`pan (${view}): ${p.result.length} frames, median ${fmt(median(p.result), 1)} ms, p95 ${fmt(percentile(p.result, 95), 1)} ms`)
  // As many frames as the reference drew while panning, for a like-for-like median.
  const floors = new Map<number, { result: number[]; others: number }>()
  for (const fills of FLOOR_FILLS) floors.set(fills, await onQuietMachine(() => fillFloor(browser!, VIEWPORT, fills, Math.max(60, pans.reference.result.length))))
  for (const [fills, f] of floors) console.log(`floor (${fills} fills a frame): median ${fmt(median(f.result), 1)} ms`)

  const r = renders.result
  const refMedian = median(reference.result.map((x) => x.idle))
  const idle = r.map((x) => x.idle)
  const firstMedian = median(idle)
  const firstP95 = percentile(idle, 95)
  const appJs = scripts.filter((s) => !s.maplibre)
  const libJs = scripts.filter((s) => s.maplibre)
  const appGzip = appJs.reduce((a, s) => a + s.gzip, 0)
  const libGzip = libJs.reduce((a, s) => a + s.gzip, 0)
  const loaded = new Set(r[0].scripts)
  const appLoadedGzip = appJs.filter((s) => loaded.has(s.file)).reduce((a, s) => a + s.gzip, 0)
  const met = (ok: boolean) => (ok ? 'yes' : '**no**')
  const phase = (pick: (x: Render) => number | undefined, runs = r) => fmt(median(runs.map((x) => pick(x) ?? NaN)))
  const b = baseline.result
  const frameRow = ({ result: d, others }: { result: number[]; others: number }, label: string) => [
    label,
    d.length,
    fmt(median(d), 1),
    fmt(percentile(d, 95), 1),
    fmt(Math.max(...d), 0),
    fmt(1000 / median(d), 0),
    `≤ ${TARGETS.medianFrameMs}`,
    met(median(d) <= TARGETS.medianFrameMs),
    percent(others),
  ]
  const panRow = (view: View, label: string) => frameRow(pans[view], label)
  const floorRow = (fills: number) =>
    frameRow(floors.get(fills)!, `floor: a bare WebGL canvas (no MapLibre), cleared${fills ? ` and filled ${fills === 1 ? 'once' : `${fills} times`}` : ''} each frame`)
  const [oneFill, fourFills] = [median(floors.get(1)!.result), median(floors.get(4)!.result)]
  const sitesAdd = firstMedian - median(b.map((x) => x.idle))

  writeSection(
    'web',
    `## The map in a browser (web app)

${today()} · ${machine()} · Chromium ${await browser.version()} (SwiftShader: WebGL on the CPU, no GPU)

\`npx tsx bench/web.ts\`: the demo scenario plus ${SITES.toLocaleString('en')} synthetic notified sites (seeded in SQL into
\`sites\` and \`footprints\` as their stores write them, half in four city clusters, the rest evenly over the theatre;
${reuse ? 'seeded on an earlier run' : `${fmt(seeded.seconds, 0)} s to seed with the demo`}), ${endpoint.result.count.toLocaleString('en')} sites in all, served by \`tsx src/cli.ts serve\` on the
embedded database and drawn by \`/usr/bin/chromium\` through playwright-core with the e2e tests' flags, in a
${VIEWPORT.width} × ${VIEWPORT.height} window, signed in as the coordinator (who sees every site). Browser, server and
benchmark share the machine's cores.

**(a) First complete render**: from navigation start (PerformanceNavigationTiming) to the map's overlays loaded
(\`[data-testid=map][data-loaded=true]\`) and MapLibre's next \`idle\` (all sources loaded and drawn), each in a new browser
context (cold cache, no service worker), after one unmeasured load; ${RUNS} runs.

${table(
  ['figure', 'median (ms)', 'p95 (ms)', 'frames drawn', 'GPU programs', 'target', 'met', 'other load'],
  [
    [`navigation → map drawn with all overlays, ${endpoint.result.count.toLocaleString('en')} sites`, fmt(firstMedian), fmt(firstP95), fmt(median(r.map((x) => x.frames))), r[0].programs, `≤ ${TARGETS.firstRenderMs}`, met(firstMedian <= TARGETS.firstRenderMs), percent(renders.others)],
    ['the same with the demo\'s 6 sites only (baseline)', phase((x) => x.idle, b), fmt(percentile(b.map((x) => x.idle), 95)), fmt(median(b.map((x) => x.frames))), b[0].programs, '—', '—', percent(baseline.others)],
    ['reference: MapLibre alone drawing the countries (bench/web-reference.ts)', fmt(refMedian), fmt(percentile(reference.result.map((x) => x.idle), 95)), fmt(median(reference.result.map((x) => x.frames))), reference.result[0].programs, '—', '—', percent(reference.others)],
  ],
)}

Against the reference: the app with ${endpoint.result.count.toLocaleString('en')} sites takes ${fmt(firstMedian / refMedian, 1)} times as long, with the demo's sites
${fmt(median(b.map((x) => x.idle)) / refMedian, 1)} times. The reference is MapLibre GL JS alone (the version the app ships), in the same browser
and window, drawing a background, the world's countries filled and their borders, with every file answered by the browser
harness: no sign-in, no server, no app. It is what SwiftShader charges any MapLibre map before it shows anything.
"Frames drawn": the frames WebGL drew until the map was idle (median); the app draws none until its first picture is
complete (\`web/src/map/firstPicture.ts\`), as each costs SwiftShader a full frame's work. "GPU programs": the shader
programs MapLibre compiled for the first picture (one per layer type and set of per-feature paint properties: the app's
layers of a type all read the same ones, \`web/src/map/paint.ts\`).

Where the time goes (medians, ms from navigation start; the baseline's site tiles are answered by the browser harness):

${table(
  ['step', `${endpoint.result.count.toLocaleString('en')} sites`, 'baseline'],
  [
    ['HTML received (responseEnd)', phase((x) => x.responseEnd), phase((x) => x.responseEnd, b)],
    ['DOMContentLoaded (scripts parsed and run)', phase((x) => x.domContentLoaded), phase((x) => x.domContentLoaded, b)],
    ['the sites\' TileJSON received', phase((x) => x.siteTiles?.json), phase((x) => x.siteTiles?.json, b)],
    ['map made (\`new maplibregl.Map\`, once the app has rendered and the basemap\'s place names are in)', phase((x) => x.mapConstructed), phase((x) => x.mapConstructed, b)],
    ['basemap style parsed (\`style.load\`: the overlays are added)', phase((x) => x.styleLoaded), phase((x) => x.styleLoaded, b)],
    [`the last basemap tile received (of ${r[0].basemap?.tiles ?? '?'})`, phase((x) => x.basemap?.lastTile), phase((x) => x.basemap?.lastTile, b)],
    [`the last site tile received (of ${r[0].siteTiles?.tiles ?? '?'})`, phase((x) => x.siteTiles?.lastTile), phase((x) => x.siteTiles?.lastTile, b)],
    ['overlays\' data handed to the map (data-loaded=true)', phase((x) => x.overlaysLoaded), phase((x) => x.overlaysLoaded, b)],
    ['map loaded (MapLibre \`load\`: basemap and overlays drawn once)', phase((x) => x.mapLoaded), phase((x) => x.mapLoaded, b)],
    ['map idle: everything drawn', phase((x) => x.idle), phase((x) => x.idle, b)],
  ],
)}

The sites' tiles alone (Node's fetch with the coordinator's session, median of ${RUNS} after one unmeasured): the
TileJSON, which clusters the ${endpoint.result.count.toLocaleString('en')} sites the first time since the server started, took ${fmt(endpoint.result.cold)} ms
(once per change to a site: the server keeps the clustered sites per theatre, audience and the ledger's last site entry), and ${fmt(endpoint.result.cached)} ms
from the server's cache; the ${endpoint.result.tiles} tiles covering the theatre at zoom ${endpoint.result.zoom}, fetched together, ${fmt(endpoint.result.viewMs)} ms,
${fmt(kb(endpoint.result.viewBytes))} KB in all.

**(b) Frame time while panning**: \`requestAnimationFrame\` deltas while \`map.panBy\` moves the map by 320 × 180 px
back and forth, 0.5 s a pan, for ${PAN_SECONDS} s.

${table(
  ['view', 'frames', 'median (ms)', 'p95 (ms)', 'worst (ms)', 'fps (median)', 'target median', 'met', 'other load'],
  [
    panRow('theatre', 'whole theatre (sites clustered)'),
    panRow('aleppo', 'Aleppo, zoom 12.5 (individual sites)'),
    panRow('bare', 'whole theatre, every overlay hidden (basemap only)'),
    panRow('aleppoBare', 'Aleppo, zoom 12.5, every overlay hidden'),
    panRow('reference', 'reference: MapLibre alone, countries over the whole theatre'),
    ...FLOOR_FILLS.map(floorRow),
  ],
)}

The floor rows are a canvas of the window's size that each frame is cleared and then covered by one flat-coloured
rectangle per fill, the least work any map layer covering the window costs (\`fillFloor\` in bench/web-reference.ts).

**(c) JavaScript shipped** (web/dist/assets, gzipped as the server sends it: the build writes each file's \`.gz\`, level 9):

${table(
  ['scripts', 'files', 'raw (KB)', 'gzipped (KB)', 'target', 'met'],
  [
    ['the app, beside MapLibre', appJs.length, fmt(kb(appJs.reduce((a, s) => a + s.bytes, 0))), fmt(kb(appGzip)), `≤ ${TARGETS.jsKb}`, met(kb(appGzip) <= TARGETS.jsKb)],
    ['of which loaded by the map screen', appJs.filter((s) => loaded.has(s.file)).length, fmt(kb(appJs.filter((s) => loaded.has(s.file)).reduce((a, s) => a + s.bytes, 0))), fmt(kb(appLoadedGzip)), '—', '—'],
    ['MapLibre (chunk and worker), for reference', libJs.length, fmt(kb(libJs.reduce((a, s) => a + s.bytes, 0))), fmt(kb(libGzip)), '—', '—'],
  ],
)}

${table(['file', 'raw (KB)', 'gzipped (KB)'], scripts.map((s) => [`\`${s.file}\``, fmt(kb(s.bytes)), fmt(kb(s.gzip))]))}

"Other load": the share of the machine's CPU that processes other than the benchmark, its browser and its server used
while the figure was taken (taken again, up to three times, when above 10%).

**Reading the figures.** MapLibre alone, with three layers of countries and nothing else, needs ${fmt(refMedian)} ms to its first
idle map, ${refMedian >= TARGETS.firstRenderMs ? `more than the whole target of ${fmt(TARGETS.firstRenderMs)}` : `which leaves the app ${fmt(TARGETS.firstRenderMs - refMedian)} ms of the target's ${fmt(TARGETS.firstRenderMs)}`}, and
${fmt(median(pans.reference.result), 1)} ms a frame to pan, ${median(pans.reference.result) > TARGETS.medianFrameMs ? `so the frame-time target (${TARGETS.medianFrameMs} ms) is out of reach in this browser whatever the app draws` : `within the frame-time target`}. SwiftShader runs WebGL on the CPU: it compiles every GPU program and rasterises every
${VIEWPORT.width} × ${VIEWPORT.height} frame on the ${os.availableParallelism()} cores the page, its worker and the server share, work a GPU does in a few
milliseconds. A bare WebGL canvas with no map at all takes ${fmt(oneFill, 1)} ms a frame here when it is covered once a frame, and
${fmt(fourFills, 1)} ms when covered four times (a sea, the land and two area layers: less than the basemap and the overlays draw)${fourFills > TARGETS.medianFrameMs ? `, so no map can meet the ${TARGETS.medianFrameMs} ms target in this browser on this machine: it can be checked only on a device with a GPU` : ''}. The app's baseline (6 sites) takes ${fmt(median(b.map((x) => x.idle)) / refMedian, 1)} times the reference: it signs in and fetches the theatre, the basemap's
place names and every overlay (sent for at once by the page's first, small module, while the app's code loads), then draws
${b[0].layers} style layers with ${b[0].programs} GPU programs to the reference's ${reference.result[0].layers} and ${reference.result[0].programs} (the basemap's boundaries from ${r[0].basemap?.tiles ?? '?'} vector tiles the server cuts). The
${endpoint.result.count.toLocaleString('en')} sites add ${sitesAdd > 0 ? `${fmt(sitesAdd)} ms` : `nothing measurable (the median was ${fmt(-sitesAdd)} ms less, within the runs' scatter)`}: the server clusters them (once per change to a site)
and the page asks only for the ${endpoint.result.tiles} vector tiles of what it shows, ${fmt(kb(endpoint.result.viewBytes))} KB, which MapLibre's worker reads as it reads
any tiles; no browser holds every site. Panning the basemap alone takes ${fmt(median(pans.bare.result), 1)} ms a frame over the whole theatre and
${fmt(median(pans.aleppoBare.result), 1)} ms over Aleppo, as much as the reference, so these frame times say little about a real
device. What the app controls is the difference the overlays make: ${fmt(median(pans.theatre.result) - median(pans.bare.result), 1)} ms a frame
over the whole theatre (clustered sites) and ${fmt(median(pans.aleppo.result) - median(pans.aleppoBare.result), 1)} ms over Aleppo (thousands of individual
sites and their labels); frame times come in whole vsync intervals (16.7 ms), so a difference of one or two intervals is
within the noise.
`,
  )
} finally {
  await browser?.close()
  await server?.stop()
  if (!keep) fs.rmSync(dataDir, { recursive: true, force: true })
}
