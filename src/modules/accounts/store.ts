import type { Queryable } from '../../db/engine.ts'
import type { PrincipalUser } from '../../authz/principal.ts'

export interface UserRow {
  id: string
  username: string
  display_name: string
  language: 'en' | 'ar' | 'ru'
  password_hash: string
  is_admin: boolean
  version: number
  created_at: Date
  updated_at: Date
}

const USER_COLUMNS = 'id, username, display_name, language, password_hash, is_admin, version, created_at, updated_at'

export function toUser(row: UserRow) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    language: row.language,
    isAdmin: row.is_admin,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

export const toPrincipalUser = (row: UserRow): PrincipalUser => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  language: row.language,
  isAdmin: row.is_admin,
})

export async function insertUser(
  q: Queryable,
  u: { id: string; username: string; displayName: string; language: string; passwordHash: string; isAdmin: boolean },
): Promise<UserRow> {
  const [row] = await q.query<UserRow>(
    `INSERT INTO users (id, username, display_name, language, password_hash, is_admin)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${USER_COLUMNS}`,
    [u.id, u.username, u.displayName, u.language, u.passwordHash, u.isAdmin],
  )
  return row
}

export async function userByName(q: Queryable, username: string): Promise<UserRow | undefined> {
  const [row] = await q.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE lower(username) = lower($1)`, [username])
  return row
}

export async function userById(q: Queryable, id: string): Promise<UserRow | undefined> {
  const [row] = await q.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id])
  return row
}

export async function listUsers(q: Queryable, opts: { after?: string; limit: number; username?: string }): Promise<UserRow[]> {
  return q.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM users
     WHERE ($1::uuid IS NULL OR id > $1::uuid) AND ($2::text IS NULL OR lower(username) = lower($2::text))
     ORDER BY id LIMIT $3`,
    [opts.after ?? null, opts.username ?? null, opts.limit],
  )
}

export async function countAdmins(q: Queryable): Promise<number> {
  const [row] = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM users WHERE is_admin')
  return row.n
}

export async function setPassword(q: Queryable, id: string, passwordHash: string): Promise<UserRow> {
  const [row] = await q.query<UserRow>(
    `UPDATE users SET password_hash = $2, version = version + 1, updated_at = now() WHERE id = $1 RETURNING ${USER_COLUMNS}`,
    [id, passwordHash],
  )
  return row
}

export async function insertSession(q: Queryable, tokenHash: string, userId: string, csrf: string, expiresAt: Date) {
  await q.query('INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)', [
    tokenHash,
    userId,
    csrf,
    expiresAt,
  ])
}

export async function sessionUser(q: Queryable, tokenHash: string): Promise<(UserRow & { csrf_token: string }) | undefined> {
  const [row] = await q.query<UserRow & { csrf_token: string }>(
    `SELECT ${USER_COLUMNS.split(', ').map((c) => `u.${c}`).join(', ')}, s.csrf_token
     FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [tokenHash],
  )
  return row
}

export async function deleteSession(q: Queryable, tokenHash: string) {
  await q.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash])
}

/** After a password change every other session ends: whoever knew the old password is signed out. */
export async function deleteSessionsOf(q: Queryable, userId: string, except?: string) {
  await q.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [userId, except ?? ''])
}
