/**
 * Who may do what in a theatre, as a table: every user of makeTheatre, an outsider and the instance administrator,
 * against each action, each cell asserting the exact answer (DESIGN.md § Visibility: what a member may not see
 * answers 404, what they see but may not do answers 403).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Client, Res } from './helpers/client.ts'
import { testEngines } from './helpers/db.ts'
import { PASSWORD, startServer, uniqueName, type TestServer } from './helpers/server.ts'
import { makeTheatre, type TestTheatre, type UserKey } from './helpers/theatre.ts'
import { expectProblem } from './helpers/assert.ts'

type Who = UserKey | 'outsider' | 'instanceAdmin'
type Seen = 'sees it' | 'does not see it'

const WHO: Who[] = [
  'coordAdmin',
  'coordViewer',
  'govAdmin',
  'govEditor',
  'govViewer',
  'oppEditor',
  'wfpEditor',
  'msfEditor',
  'monEditor',
  'outsider',
  'instanceAdmin',
]

/**
 * The matrix. Columns: read the theatre; PATCH it; create an actor; add a member to GOV; add one to WFP; how many
 * members the member list shows (of the nine makeTheatre makes) or its status; whether GET {base}/ledger shows the
 * entry recording GOV's editor's membership; the status of that entry's receipt.
 */
const MATRIX: Record<Who, [number, number, number, number, number, number | '404', Seen | 404, number]> = {
  //               read  patch actor  GOV  WFP  members  ledger entry about GOV membership   receipt
  coordAdmin: /*  */ [200, 200, 201, 201, 201, 9, 'sees it', 200],
  coordViewer: /* */ [200, 403, 403, 403, 403, 9, 'sees it', 200],
  govAdmin: /*    */ [200, 403, 403, 201, 403, 3, 'sees it', 200],
  govEditor: /*   */ [200, 403, 403, 403, 403, 3, 'sees it', 200],
  govViewer: /*   */ [200, 403, 403, 403, 403, 3, 'sees it', 200],
  oppEditor: /*   */ [200, 403, 403, 403, 403, 1, 'does not see it', 404],
  wfpEditor: /*   */ [200, 403, 403, 403, 403, 1, 'does not see it', 404],
  msfEditor: /*   */ [200, 403, 403, 403, 403, 1, 'does not see it', 404],
  monEditor: /*   */ [200, 403, 403, 403, 403, 1, 'does not see it', 404],
  outsider: /*    */ [404, 404, 404, 404, 404, '404', 404, 404],
  instanceAdmin: /**/ [200, 200, 201, 201, 201, 9, 'sees it', 200],
}

const ACTIONS = [
  'read theatre',
  'patch theatre',
  'create actor',
  'add member to GOV',
  'add member to WFP',
  'list members',
  'read ledger entries about a GOV membership',
  'get the receipt of a GOV membership entry',
] as const
type Action = (typeof ACTIONS)[number]

const CELLS = WHO.flatMap((who) =>
  ACTIONS.map((action, i) => {
    const expected = MATRIX[who][i]
    const label = typeof expected === 'number' && action === 'list members' ? `200, ${expected} of 9 members` : String(expected)
    return { name: `${who}: ${action} → ${label}`, who, action, expected }
  }),
)

describe.each(testEngines())('authorisation matrix on %s', (engine) => {
  let t: TestServer
  /** Only read: its member counts and ledger stay as makeTheatre left them. */
  let r: TestTheatre
  /** Written to by the cells that change things. */
  let w: TestTheatre
  /** The seq of r's ledger entry that made GOV's editor a member. */
  let govMemberSeq: number
  let n = 0

  beforeAll(async () => {
    t = await startServer(engine)
    ;[r, w] = await Promise.all([makeTheatre(t), makeTheatre(t)])
    const entries = (await r.users.coordAdmin.client.get(`${r.base}/ledger?subject=${r.users.govEditor.memberId}`)).body.items
    expect(entries).toEqual([expect.objectContaining({ action: 'member.create', actor: r.actors.gov.id })])
    govMemberSeq = entries[0].seq
  })
  afterAll(() => t?.close())

  const clientOf = (tt: TestTheatre, who: Who): Client =>
    who === 'instanceAdmin' ? t.admin : who === 'outsider' ? tt.outsider.client : tt.users[who].client

  /** A collection of w as its coordinator admin sees it (all of it), and w's ledger head. */
  const snapshot = async (collection: 'actors' | 'members') => {
    const c = w.users.coordAdmin.client
    const [list, ledger] = await Promise.all([c.get(`${w.base}/${collection}?limit=500`), c.get(`${w.base}/ledger?limit=1`)])
    return { items: list.body.items as any[], head: ledger.body.head.seq as number }
  }

  /** Runs a write and checks that what was refused left no trace, and that what was allowed is there. */
  const write = async (collection: 'actors' | 'members', expected: number, run: () => Promise<Res>) => {
    const before = await snapshot(collection)
    const res = await run()
    const after = await snapshot(collection)
    if (expected === 201) {
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      expect(after.items.map((x) => x.id)).toContain(res.body.id)
      expect(after.head).toBe(before.head + 1)
    } else {
      expectProblem(res, expected)
      expect(after).toEqual(before)
    }
  }

  const newUserId = async () => {
    const res = await t.admin.post('/api/v1/users', { username: uniqueName('mx'), password: PASSWORD, displayName: 'Matrix member' })
    expect(res.status).toBe(201)
    return res.body.id as string
  }

  const run: Record<Action, (who: Who, expected: any) => Promise<void>> = {
    async 'read theatre'(who, expected) {
      const res = await clientOf(r, who).get(r.base)
      if (expected === 200) expect(res.body).toMatchObject({ id: r.theatre.id, code: r.theatre.code })
      else expectProblem(res, expected)
      expect(res.status).toBe(expected)
    },

    async 'patch theatre'(who, expected) {
      const current = (await t.admin.get(w.base)).body
      const head = (await snapshot('actors')).head
      const res = await clientOf(w, who).patch(w.base, { version: current.version, name: `Renamed by ${who}` })
      const after = (await t.admin.get(w.base)).body
      if (expected === 200) {
        expect(res.status).toBe(200)
        expect(after).toMatchObject({ name: `Renamed by ${who}`, version: current.version + 1 })
        expect((await snapshot('actors')).head).toBe(head + 1)
      } else {
        expectProblem(res, expected)
        expect(after).toEqual(current)
        expect((await snapshot('actors')).head).toBe(head)
      }
    },

    async 'create actor'(who, expected) {
      const shortName = `X${++n}`
      await write('actors', expected, () => clientOf(w, who).post(`${w.base}/actors`, { kind: 'organisation', name: `Made by ${who}`, shortName }))
    },

    async 'add member to GOV'(who, expected) {
      const userId = await newUserId()
      await write('members', expected, () => clientOf(w, who).post(`${w.base}/members`, { userId, actorId: w.actors.gov.id, role: 'viewer' }))
    },

    async 'add member to WFP'(who, expected) {
      const userId = await newUserId()
      await write('members', expected, () => clientOf(w, who).post(`${w.base}/members`, { userId, actorId: w.actors.wfp.id, role: 'viewer' }))
    },

    async 'list members'(who, expected) {
      const res = await clientOf(r, who).get(`${r.base}/members?limit=500`)
      if (expected === '404') return expectProblem(res, 404)
      expect(res.status).toBe(200)
      expect(res.body.items).toHaveLength(expected)
      // What they see is their own actor's members (or everyone's, for coordinators).
      if (expected === 3) expect(res.body.items.every((m: any) => m.actorId === r.actors.gov.id)).toBe(true)
      if (who !== 'instanceAdmin' && who !== 'outsider') expect(res.body.items.map((m: any) => m.id)).toContain(r.users[who].memberId)
    },

    async 'read ledger entries about a GOV membership'(who, expected) {
      const c = clientOf(r, who)
      const all = await c.get(`${r.base}/ledger?limit=500`)
      const about = await c.get(`${r.base}/ledger?subject=${r.users.govEditor.memberId}`)
      if (expected === 404) {
        expectProblem(all, 404)
        expectProblem(about, 404)
        return
      }
      expect(all.status).toBe(200)
      expect(about.status).toBe(200)
      const seqs = all.body.items.map((e: any) => e.seq)
      const aboutGovMembers = all.body.items.filter((e: any) => e.subject.kind === 'member' && e.actor === r.actors.gov.id)
      if (expected === 'sees it') {
        expect(seqs).toContain(govMemberSeq)
        expect(about.body.items.map((e: any) => e.seq)).toEqual([govMemberSeq])
        expect(aboutGovMembers).toHaveLength(3)
      } else {
        expect(seqs).not.toContain(govMemberSeq)
        expect(about.body.items).toEqual([])
        expect(aboutGovMembers).toEqual([])
        expect(JSON.stringify(all.body.items)).not.toContain(r.users.govEditor.memberId)
      }
      // Everyone who may read the ledger sees the theatre's creation, and the same head.
      expect(all.body.items[0]).toMatchObject({ seq: 1, action: 'theatre.create' })
      expect(all.body.head.seq).toBeGreaterThanOrEqual(govMemberSeq)
    },

    async 'get the receipt of a GOV membership entry'(who, expected) {
      const res = await clientOf(r, who).get(`${r.base}/ledger/${govMemberSeq}/receipt`)
      if (expected === 200) {
        expect(res.status).toBe(200)
        expect(res.body).toMatchObject({
          algorithm: 'Ed25519',
          entry: { seq: govMemberSeq, action: 'member.create', subject: { kind: 'member', id: r.users.govEditor.memberId } },
        })
      } else {
        expectProblem(res, expected)
        // Exactly as for an entry that does not exist.
        const missing = await clientOf(r, who).get(`${r.base}/ledger/999999/receipt`)
        expectProblem(missing, 404)
        if (who !== 'outsider') expect(Object.keys(res.body).sort()).toEqual(Object.keys(missing.body).sort())
      }
    },
  }

  it.each(CELLS.map((cell) => [cell.name, cell] as const))('%s', async (_name, { who, action, expected }) => {
    await run[action](who, expected)
  })
})
