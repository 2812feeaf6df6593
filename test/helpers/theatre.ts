import crypto from 'node:crypto'
import { Client } from './client.ts'
import type { TestServer } from './server.ts'

export const SYRIA_BBOX = [35.5, 32.3, 42.4, 37.4]

export const uniqueCode = () => `T${crypto.randomBytes(4).toString('hex').toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 6)}`

const ACTORS = {
  cell: { kind: 'coordinator', name: 'Coordination cell', shortName: 'CELL' },
  gov: { kind: 'party', name: 'Government forces', shortName: 'GOV' },
  opp: { kind: 'party', name: 'Opposition forces', shortName: 'OPP' },
  wfp: { kind: 'organisation', name: 'World Food Programme', shortName: 'WFP' },
  msf: { kind: 'organisation', name: 'Médecins Sans Frontières', shortName: 'MSF' },
  mon: { kind: 'monitor', name: 'Ceasefire monitors', shortName: 'MON' },
} as const

/** Who the theatre's test users are: the actor they belong to and their role there. */
const USERS = {
  coordAdmin: ['cell', 'admin'],
  coordViewer: ['cell', 'viewer'],
  govAdmin: ['gov', 'admin'],
  govEditor: ['gov', 'editor'],
  govViewer: ['gov', 'viewer'],
  oppEditor: ['opp', 'editor'],
  wfpEditor: ['wfp', 'editor'],
  msfEditor: ['msf', 'editor'],
  monEditor: ['mon', 'editor'],
} as const

export type ActorKey = keyof typeof ACTORS
export type UserKey = keyof typeof USERS

export interface TestTheatre {
  theatre: any
  base: string
  actors: Record<ActorKey, any>
  users: Record<UserKey, { user: any; client: Client; memberId: string }>
  /** A signed-in user of the instance who belongs to no actor of this theatre. */
  outsider: { user: any; client: Client }
}

/** A theatre with one actor of each kind and a user per role, made through the API as an operator would. */
export async function makeTheatre(t: TestServer): Promise<TestTheatre> {
  const code = uniqueCode()
  const res = await t.admin.post('/api/v1/theatres', { code, name: `Test ${code}`, timezone: 'Asia/Damascus', bbox: SYRIA_BBOX })
  if (res.status !== 201) throw new Error(JSON.stringify(res.body))
  const theatre = res.body
  const base = `/api/v1/theatres/${code}`
  const actors = {} as Record<ActorKey, any>
  for (const [key, a] of Object.entries(ACTORS)) {
    const r = await t.admin.post(`${base}/actors`, a)
    if (r.status !== 201) throw new Error(JSON.stringify(r.body))
    actors[key as ActorKey] = r.body
  }
  const users = {} as TestTheatre['users']
  await Promise.all(
    Object.entries(USERS).map(async ([key, [actor, role]]) => {
      const { user, client } = await t.newUser(key.toLowerCase())
      const m = await t.admin.post(`${base}/members`, { userId: user.id, actorId: actors[actor].id, role })
      if (m.status !== 201) throw new Error(JSON.stringify(m.body))
      users[key as UserKey] = { user, client, memberId: m.body.id }
    }),
  )
  return { theatre, base, actors, users, outsider: await t.newUser('outsider') }
}
