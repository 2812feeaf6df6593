import type { Queryable } from '../../db/engine.ts'
import type { ActorKind, Membership, Role } from '../../authz/principal.ts'

export interface ActorRow {
  theatre_id: string
  id: string
  kind: ActorKind
  name: string
  short_name: string
  aliases: string[]
  colour: string | null
  public_key: string | null
  version: number
  created_at: Date
  updated_at: Date
}

const ACTOR_COLUMNS = 'theatre_id, id, kind, name, short_name, aliases, colour, public_key, version, created_at, updated_at'

export async function insertActor(q: Queryable, a: Omit<ActorRow, 'version' | 'created_at' | 'updated_at'>): Promise<ActorRow> {
  const [row] = await q.query<ActorRow>(
    `INSERT INTO actors (theatre_id, id, kind, name, short_name, aliases, colour, public_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${ACTOR_COLUMNS}`,
    [a.theatre_id, a.id, a.kind, a.name, a.short_name, a.aliases, a.colour, a.public_key],
  )
  return row
}

export async function updateActor(
  q: Queryable,
  theatreId: string,
  id: string,
  version: number,
  a: Pick<ActorRow, 'name' | 'short_name' | 'aliases' | 'colour' | 'public_key'>,
): Promise<ActorRow | undefined> {
  const [row] = await q.query<ActorRow>(
    `UPDATE actors SET name = $4, short_name = $5, aliases = $6, colour = $7, public_key = $8,
       version = version + 1, updated_at = now()
     WHERE theatre_id = $1 AND id = $2 AND version = $3 RETURNING ${ACTOR_COLUMNS}`,
    [theatreId, id, version, a.name, a.short_name, a.aliases, a.colour, a.public_key],
  )
  return row
}

export async function getActor(q: Queryable, theatreId: string, id: string): Promise<ActorRow | undefined> {
  const [row] = await q.query<ActorRow>(`SELECT ${ACTOR_COLUMNS} FROM actors WHERE theatre_id = $1 AND id = $2`, [theatreId, id])
  return row
}

export async function listActors(q: Queryable, theatreId: string, opts: { kind?: string; after?: string; limit: number }) {
  return q.query<ActorRow>(
    `SELECT ${ACTOR_COLUMNS} FROM actors
     WHERE theatre_id = $1 AND ($2::text IS NULL OR kind = $2::text) AND ($3::uuid IS NULL OR id > $3::uuid)
     ORDER BY id LIMIT $4`,
    [theatreId, opts.kind ?? null, opts.after ?? null, opts.limit],
  )
}

export interface MemberRow {
  theatre_id: string
  id: string
  user_id: string
  username: string
  display_name: string
  actor_id: string
  role: Role
  version: number
  created_at: Date
  updated_at: Date
}

const MEMBER_SELECT = `SELECT m.theatre_id, m.id, m.user_id, u.username, u.display_name, m.actor_id, m.role, m.version,
  m.created_at, m.updated_at FROM members m JOIN users u ON u.id = m.user_id`

export async function insertMember(q: Queryable, m: { theatre_id: string; id: string; user_id: string; actor_id: string; role: Role }) {
  await q.query('INSERT INTO members (theatre_id, id, user_id, actor_id, role) VALUES ($1, $2, $3, $4, $5)', [
    m.theatre_id,
    m.id,
    m.user_id,
    m.actor_id,
    m.role,
  ])
  return (await getMember(q, m.theatre_id, m.id))!
}

export async function getMember(q: Queryable, theatreId: string, id: string): Promise<MemberRow | undefined> {
  const [row] = await q.query<MemberRow>(`${MEMBER_SELECT} WHERE m.theatre_id = $1 AND m.id = $2`, [theatreId, id])
  return row
}

export async function updateMemberRole(q: Queryable, theatreId: string, id: string, version: number, role: Role) {
  const [row] = await q.query<{ id: string }>(
    `UPDATE members SET role = $4, version = version + 1, updated_at = now()
     WHERE theatre_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    [theatreId, id, version, role],
  )
  return row && getMember(q, theatreId, id)
}

export async function deleteMember(q: Queryable, theatreId: string, id: string) {
  await q.query('DELETE FROM members WHERE theatre_id = $1 AND id = $2', [theatreId, id])
}

/** `actorIds` null: every member of the theatre (coordinators); otherwise members of those actors only. */
export async function listMembers(q: Queryable, theatreId: string, opts: { actorIds: string[] | null; actorId?: string; after?: string; limit: number }) {
  return q.query<MemberRow>(
    `${MEMBER_SELECT} WHERE m.theatre_id = $1 AND ($2::uuid[] IS NULL OR m.actor_id = ANY($2::uuid[]))
       AND ($3::uuid IS NULL OR m.actor_id = $3::uuid) AND ($4::uuid IS NULL OR m.id > $4::uuid)
     ORDER BY m.id LIMIT $5`,
    [theatreId, opts.actorIds, opts.actorId ?? null, opts.after ?? null, opts.limit],
  )
}

export async function membershipsOf(q: Queryable, userId: string, theatreId: string): Promise<Membership[]> {
  return q.query<Membership>(
    `SELECT m.id AS "memberId", m.actor_id AS "actorId", a.kind AS "actorKind", m.role
     FROM members m JOIN actors a ON a.theatre_id = m.theatre_id AND a.id = m.actor_id
     WHERE m.user_id = $1 AND m.theatre_id = $2`,
    [userId, theatreId],
  )
}

/** Every membership of a user across theatres, for GET /me. */
export async function allMembershipsOf(q: Queryable, userId: string) {
  return q.query<{ theatreId: string; theatreCode: string; theatreName: string; actorId: string; actorName: string; actorKind: ActorKind; role: Role; memberId: string }>(
    `SELECT t.id AS "theatreId", t.code AS "theatreCode", t.name AS "theatreName", a.id AS "actorId", a.name AS "actorName",
       a.kind AS "actorKind", m.role, m.id AS "memberId"
     FROM members m JOIN actors a ON a.theatre_id = m.theatre_id AND a.id = m.actor_id JOIN theatres t ON t.id = m.theatre_id
     WHERE m.user_id = $1 ORDER BY t.code, a.name`,
    [userId],
  )
}

export async function theatreIdsOf(q: Queryable, userId: string): Promise<string[]> {
  const rows = await q.query<{ theatre_id: string }>('SELECT DISTINCT theatre_id FROM members WHERE user_id = $1', [userId])
  return rows.map((r) => r.theatre_id)
}
