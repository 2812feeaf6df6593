import { expect } from 'vitest'
import type { TestTheatre, UserKey } from './theatre.ts'

/** A ceasefire zone over eastern Aleppo (illustrative): 37.1–37.2° E, 36.1–36.2° N, and a point inside and outside. */
export const SQUARE = { type: 'Polygon', coordinates: [[[37.1, 36.1], [37.2, 36.1], [37.2, 36.2], [37.1, 36.2], [37.1, 36.1]]] }
export const INSIDE = { type: 'Point', coordinates: [37.15, 36.15] }
export const OUTSIDE = { type: 'Point', coordinates: [37.6, 36.6] }

/** An agreement in force since 2026-01-01 with one ceasefire zone, SQUARE. */
export async function agreementWithZone(tt: TestTheatre, name = 'Aleppo cessation of hostilities') {
  const coord = tt.users.coordAdmin.client
  const a = (await coord.post(`${tt.base}/agreements`, { name, kind: 'ceasefire', signatories: [tt.actors.gov.id, tt.actors.opp.id], text: 'No attacks.' })).body
  const z = await coord.post(`${tt.base}/agreements/${a.id}/zones`, { name: 'Eastern Aleppo', kind: 'ceasefire', geometry: SQUARE, schedule: { validFrom: '2026-01-01T00:00:00Z' } })
  expect(z.status, JSON.stringify(z.body)).toBe(201)
  const s = await coord.post(`${tt.base}/agreements/${a.id}/status`, { version: a.version, status: 'in_force', reason: 'signed' })
  expect(s.status, JSON.stringify(s.body)).toBe(200)
  return { agreement: s.body, zone: z.body }
}

/** A report by `who`, moved by a monitor through `statuses` (e.g. under_review, corroborated, verified). */
export async function incident(tt: TestTheatre, body: Record<string, unknown>, statuses: string[] = [], who: UserKey = 'monEditor') {
  const res = await tt.users[who].client.post(`${tt.base}/incidents`, { category: 'shelling_artillery_missile_attack', description: 'Shelling', ...body })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  let i = res.body
  for (const status of statuses) {
    const moved = await tt.users.monEditor.client.post(`${tt.base}/incidents/${i.id}/status`, { status, note: `now ${status}` })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    i = moved.body
  }
  return i
}
