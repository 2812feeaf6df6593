import { invalidField } from './problem.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Cursors are opaque to clients: base64url of the id (a UUIDv7, so ordered by creation) of the last record of the
 * previous page. Anything else is a 400 naming the cursor, never a 500 from the database failing to cast it.
 */
export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined
  const key = Buffer.from(cursor, 'base64url').toString('utf8')
  if (!UUID.test(key) || Buffer.from(key, 'utf8').toString('base64url') !== cursor) throw invalidField('/query/cursor', 'is not a cursor this API gave')
  return key
}

export const encodeCursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url')

/** Stores fetch limit + 1 rows; the extra row only tells that another page exists. */
export function page<T>(rows: T[], limit: number, keyOf: (row: T) => string): { items: T[]; next: string | null } {
  const items = rows.slice(0, limit)
  return { items, next: rows.length > limit ? encodeCursor(keyOf(items[items.length - 1])) : null }
}
