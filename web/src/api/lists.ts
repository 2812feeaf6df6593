import type { paths } from './schema'
import { jsonOf } from './client.ts'

/** The theatre collections answered as `{items, next}`. */
export type ListPath = {
  [P in keyof paths]: paths[P] extends { get: { responses: { 200: { content: { 'application/json': { items: unknown[]; next: unknown } } } } } } ? P : never
}[keyof paths]

/** The type of one item of a collection, straight from the OpenAPI document. */
export type ItemOf<P extends ListPath> = paths[P]['get']['responses'][200]['content']['application/json']['items'][number]

const fill = (path: string, params: Record<string, string>) => path.replace(/\{(\w+)\}/g, (_, k) => encodeURIComponent(params[k]))

/** Every item of a collection, following `next` 500 at a time (the API's largest page). */
export async function listAll<P extends ListPath>(path: P, params: Record<string, string>, query: Record<string, string | undefined> = {}): Promise<ItemOf<P>[]> {
  const items: ItemOf<P>[] = []
  let cursor: string | null = null
  do {
    const q = new URLSearchParams({ limit: '500' })
    for (const [k, v] of Object.entries(query)) if (v !== undefined) q.set(k, v)
    if (cursor) q.set(path.endsWith('/ledger') ? 'after' : 'cursor', cursor)
    const res = await fetch(`${fill(path, params)}?${q}`, { headers: { accept: 'application/json' } })
    const body = await jsonOf<{ items: ItemOf<P>[]; next: string | null }>(res)
    items.push(...body.items)
    cursor = body.next
  } while (cursor)
  return items
}
