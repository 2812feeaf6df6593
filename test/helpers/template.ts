import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..')
const version = (pkg: string) => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version

/** The embedded database with PostGIS installed, dumped once (per PGlite version) and cloned by each worker. */
export const TEMPLATE = path.join(
  root,
  `node_modules/.cache/truce/pglite-${version('@electric-sql/pglite')}-postgis-${version('@electric-sql/pglite-postgis')}.tgz`,
)
