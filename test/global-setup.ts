import fs from 'node:fs'
import path from 'node:path'
import { freshMemoryPglite } from '../src/db/pglite.ts'
import { TEMPLATE } from './helpers/template.ts'

/** initdb + CREATE EXTENSION postgis costs ~15 s; do it once and let every worker clone the dump (~2 s). */
export default async function setup() {
  if (fs.existsSync(TEMPLATE)) return
  const { db, dump } = await freshMemoryPglite()
  const blob = await dump()
  await db.close()
  fs.mkdirSync(path.dirname(TEMPLATE), { recursive: true })
  fs.writeFileSync(`${TEMPLATE}.tmp`, Buffer.from(await blob.arrayBuffer()))
  fs.renameSync(`${TEMPLATE}.tmp`, TEMPLATE)
}
