import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'
import type { Say } from '../runtime.ts'

export const WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url))
export const WEB_DIST = path.join(WEB_ROOT, 'dist')
const STAMP = path.join(WEB_DIST, '.source-hash')

/** A hash of everything the build reads, so a checkout that changed the app rebuilds it and one that did not skips it. */
function sourceHash(): string {
  const hash = crypto.createHash('sha256')
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(file)
      else hash.update(path.relative(WEB_ROOT, file)).update('\0').update(fs.readFileSync(file))
    }
  }
  for (const part of ['src', 'public']) walk(path.join(WEB_ROOT, part))
  // …and how it is built: this file too (it compresses the output).
  for (const file of ['index.html', 'vite.config.ts', '../package-lock.json', '../src/web/build.ts']) hash.update(fs.readFileSync(path.join(WEB_ROOT, file)))
  return hash.digest('hex')
}

// Text the browser asks for gzipped; fonts (woff2), images and the like are compressed already.
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|txt|map)$/

/**
 * Writes a gzipped copy beside each text file of the build, which the server sends to browsers that accept it
 * (@fastify/static's preCompressed): 2.5 MB of JavaScript reaches a phone in the field as some 700 KB, and the server
 * compresses nothing per request.
 */
function precompress(dir: string) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) precompress(file)
    else if (COMPRESSIBLE.test(entry.name)) fs.writeFileSync(`${file}.gz`, zlib.gzipSync(fs.readFileSync(file), { level: 9 }))
  }
}

export function webIsCurrent(): boolean {
  try {
    return fs.readFileSync(STAMP, 'utf8') === sourceHash()
  } catch {
    return false
  }
}

/**
 * Builds web/ into web/dist when it is missing or older than its sources, so `npm install && npm start` is enough.
 * Vite is loaded only then: a server whose app is current never pays for it.
 */
export async function ensureWebBuilt(say: Say, opts: { force?: boolean } = {}): Promise<void> {
  if (!opts.force && webIsCurrent()) return
  const started = Date.now()
  say('building the web app (first start or changed sources, a few seconds) …')
  const { build } = await import('vite')
  // Vite and React take a development build from NODE_ENV, which a server started by a test runner inherits as
  // "test": the served app then ran twice as slow and mounted the map twice (StrictMode). What is served is production.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ configFile: path.join(WEB_ROOT, 'vite.config.ts'), logLevel: 'warn' })
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
  precompress(WEB_DIST)
  fs.writeFileSync(STAMP, sourceHash())
  say(`web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
