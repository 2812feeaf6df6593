import type { Queryable } from '../../db/engine.ts'
import type { Role } from '../../authz/principal.ts'
import type { UserRow } from '../accounts/store.ts'

export interface TokenRow {
  theatre_id: string
  id: string
  user_id: string
  actor_id: string
  name: string
  role: Role
  prefix: string
  created_at: Date
  last_used_at: Date | null
  expires_at: Date | null
  revoked_at: Date | null
  version: number
}

const COLUMNS = 'theatre_id, id, user_id, actor_id, name, role, prefix, created_at, last_used_at, expires_at, revoked_at, version'

export async function insertToken(q: Queryable, t: Omit<TokenRow, 'created_at' | 'last_used_at' | 'revoked_at' | 'version'> & { token_hash: string }) {
  const [row] = await q.query<TokenRow>(
    `INSERT INTO api_tokens (theatre_id, id, user_id, actor_id, name, role, prefix, expires_at, token_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
    [t.theatre_id, t.id, t.user_id, t.actor_id, t.name, t.role, t.prefix, t.expires_at, t.token_hash],
  )
  return row
}

export async function getToken(q: Queryable, theatreId: string, id: string): Promise<TokenRow | undefined> {
  const [row] = await q.query<TokenRow>(`SELECT ${COLUMNS} FROM api_tokens WHERE theatre_id = $1 AND id = $2`, [theatreId, id])
  return row
}

export async function revokeToken(q: Queryable, theatreId: string, id: string): Promise<TokenRow | undefined> {
  const [row] = await q.query<TokenRow>(
    `UPDATE api_tokens SET revoked_at = now(), version = version + 1
     WHERE theatre_id = $1 AND id = $2 AND revoked_at IS NULL RETURNING ${COLUMNS}`,
    [theatreId, id],
  )
  return row
}

/**
 * Tokens the caller may list: their own (only those acting for `ownActorId`, when set: the caller is a token), plus
 * all of the actors they administer (null: every token).
 */
export async function listTokens(
  q: Queryable,
  theatreId: string,
  opts: { userId: string; ownActorId?: string; adminOf: string[] | null; after?: string; limit: number },
) {
  return q.query<TokenRow>(
    `SELECT ${COLUMNS} FROM api_tokens
     WHERE theatre_id = $1
       AND ($2::uuid[] IS NULL OR (user_id = $3 AND ($6::uuid IS NULL OR actor_id = $6::uuid)) OR actor_id = ANY($2::uuid[]))
       AND ($4::uuid IS NULL OR id > $4::uuid)
     ORDER BY id LIMIT $5`,
    [theatreId, opts.adminOf, opts.userId, opts.after ?? null, opts.limit, opts.ownActorId ?? null],
  )
}

/** A live token and its user; notes the use at most once a minute so reads stay reads. */
export async function tokenUser(q: Queryable, tokenHash: string): Promise<(TokenRow & { user: UserRow }) | undefined> {
  const [row] = await q.query<TokenRow & { user: UserRow }>(
    `SELECT ${COLUMNS.split(', ').map((c) => `t.${c}`).join(', ')}, row_to_json(u.*) AS user
     FROM api_tokens t JOIN users u ON u.id = t.user_id
     WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`,
    [tokenHash],
  )
  if (row && (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() > 60_000)) {
    await q.query('UPDATE api_tokens SET last_used_at = now() WHERE theatre_id = $1 AND id = $2', [row.theatre_id, row.id])
  }
  return row
}
