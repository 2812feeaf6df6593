import { expect } from 'vitest'
import type { Res } from './client.ts'
import type { TestTheatre } from './theatre.ts'

/** An RFC 9457 answer with this status; `paths` are the fields it must name. */
export function expectProblem(res: Res, status: number, ...paths: string[]) {
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  expect(res.body).toMatchObject({ type: expect.stringMatching(/^urn:truce:problem:/), title: expect.any(String), status })
  if (paths.length) expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(paths))
}

/** The theatre's ledger head as its coordinator sees it: a refused write must leave it where it was. */
export async function ledgerHead(tt: TestTheatre): Promise<number> {
  const res = await tt.users.coordAdmin.client.get(`${tt.base}/ledger?limit=1`)
  expect(res.status).toBe(200)
  return res.body.head.seq
}

/** The entries appended after `seq`, as the coordinator sees them. */
export async function entriesAfter(tt: TestTheatre, seq: number): Promise<any[]> {
  const res = await tt.users.coordAdmin.client.get(`${tt.base}/ledger?after=${seq}&limit=500`)
  expect(res.status).toBe(200)
  return res.body.items
}
