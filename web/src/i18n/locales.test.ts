import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.join(import.meta.dirname, 'locales')
const read = (lang: string, ns: string) => JSON.parse(fs.readFileSync(path.join(root, lang, `${ns}.json`), 'utf8'))

/** Every key path of a nested strings object, with its value. */
function flatten(obj: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const [k, v] of Object.entries(obj)) {
    if (v && typeof v === 'object') for (const [kk, vv] of flatten(v as Record<string, unknown>, `${prefix}${k}.`)) out.set(kk, vv)
    else out.set(`${prefix}${k}`, v)
  }
  return out
}

const namespaces = fs.readdirSync(path.join(root, 'en')).map((f) => f.replace(/\.json$/, ''))

describe.each(namespaces)('translations of %s', (ns) => {
  const en = flatten(read('en', ns))
  it.each(['ar', 'ru'])('%s has every English key, and no other, each non-empty', (lang) => {
    const other = flatten(read(lang, ns))
    expect([...other.keys()].sort()).toEqual([...en.keys()].sort())
    for (const [key, value] of other) expect(typeof value === 'string' && value.trim() !== '', `${lang}/${ns}: ${key}`).toBe(true)
  })
  it.each(['ar', 'ru'])('%s keeps every {{placeholder}} of the English string', (lang) => {
    const other = flatten(read(lang, ns))
    for (const [key, value] of en) {
      const holes = (s: unknown) => [...String(s).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort()
      expect(holes(other.get(key)), `${lang}/${ns}: ${key}`).toEqual(holes(value))
    }
  })
})
