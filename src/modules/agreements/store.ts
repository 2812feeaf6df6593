import type { Queryable } from '../../db/engine.ts'
import type { AgreementKind, AgreementStatus } from './schema.ts'

export interface SignatureRow {
  agreementId: string
  version: number
  partyId: string
  statement: string
  signature: string | null
  keyId: string | null
  signedBy: string
  signedAt: string | Date
}

export interface AgreementRow {
  theatre_id: string
  id: string
  name: string
  kind: AgreementKind
  signatories: string[]
  status: AgreementStatus
  status_reason: string | null
  status_changed_at: Date | null
  text_version: number
  text: string
  terms: Record<string, unknown>
  signatures: SignatureRow[]
  version: number
  created_at: Date
  updated_at: Date
}

export interface VersionRow {
  version: number
  text: string
  terms: Record<string, unknown>
  created_at: Date
  created_by: string
  signatures: SignatureRow[]
}

/** The signatures of agreement `a` (and of version `v`, when v is given), oldest version first. */
const signatures = (a: string, v: string | null) => `(SELECT coalesce(json_agg(json_build_object('agreementId', s.agreement_id,
    'version', s.version, 'partyId', s.party_id, 'statement', s.statement, 'signature', s.signature, 'keyId', s.key_id,
    'signedBy', s.signed_by, 'signedAt', s.signed_at) ORDER BY s.version, s.signed_at, s.party_id), '[]')
  FROM agreement_signatures s WHERE s.theatre_id = ${a}.theatre_id AND s.agreement_id = ${a}.id${v ? ` AND s.version = ${v}` : ''})`

const SELECT = `SELECT a.theatre_id, a.id, a.name, a.kind, a.signatories, a.status, a.status_reason, a.status_changed_at, a.text_version,
    v.text, v.terms, ${signatures('a', null)} AS signatures, a.version, a.created_at, a.updated_at
  FROM agreements a JOIN agreement_versions v ON v.theatre_id = a.theatre_id AND v.agreement_id = a.id AND v.version = a.text_version`

export async function insertAgreement(
  q: Queryable,
  a: { theatre_id: string; id: string; name: string; kind: string; signatories: string[] },
): Promise<void> {
  await q.query('INSERT INTO agreements (theatre_id, id, name, kind, signatories) VALUES ($1, $2, $3, $4, $5)', [
    a.theatre_id,
    a.id,
    a.name,
    a.kind,
    a.signatories,
  ])
}

export async function insertVersion(
  q: Queryable,
  v: { theatre_id: string; agreement_id: string; version: number; text: string; terms: unknown; created_by: string },
): Promise<void> {
  await q.query('INSERT INTO agreement_versions (theatre_id, agreement_id, version, text, terms, created_by) VALUES ($1, $2, $3, $4, $5, $6)', [
    v.theatre_id,
    v.agreement_id,
    v.version,
    v.text,
    JSON.stringify(v.terms),
    v.created_by,
  ])
}

/** `lock`: inside a write, so status changes, amendments and signatures on one agreement follow one another. */
export async function getAgreement(q: Queryable, theatreId: string, id: string, lock = false): Promise<AgreementRow | undefined> {
  const [row] = await q.query<AgreementRow>(`${SELECT} WHERE a.theatre_id = $1 AND a.id = $2${lock ? ' FOR UPDATE OF a' : ''}`, [theatreId, id])
  return row
}

export async function listAgreements(q: Queryable, theatreId: string, opts: { status?: string; kind?: string; after?: string; limit: number }) {
  return q.query<AgreementRow>(
    `${SELECT}
     WHERE a.theatre_id = $1 AND ($2::text IS NULL OR a.status = $2::text) AND ($3::text IS NULL OR a.kind = $3::text)
       AND ($4::uuid IS NULL OR a.id > $4::uuid)
     ORDER BY a.id LIMIT $5`,
    [theatreId, opts.status ?? null, opts.kind ?? null, opts.after ?? null, opts.limit],
  )
}

/** Applies a change if the agreement is still at `version`; false otherwise. */
export async function updateAgreement(
  q: Queryable,
  theatreId: string,
  id: string,
  version: number,
  a: { name: string; kind: string; signatories: string[]; text_version: number },
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE agreements SET name = $4, kind = $5, signatories = $6, text_version = $7, version = version + 1, updated_at = now()
     WHERE theatre_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    [theatreId, id, version, a.name, a.kind, a.signatories, a.text_version],
  )
  return rows.length > 0
}

export async function setStatus(
  q: Queryable,
  theatreId: string,
  id: string,
  version: number,
  status: AgreementStatus,
  reason: string,
  effectiveAt: string,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE agreements SET status = $4, status_reason = $5, status_changed_at = $6, version = version + 1, updated_at = now()
     WHERE theatre_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    [theatreId, id, version, status, reason, effectiveAt],
  )
  return rows.length > 0
}

export async function listVersions(q: Queryable, theatreId: string, agreementId: string, opts: { after: number; limit: number }) {
  return q.query<VersionRow>(
    `SELECT v.version, v.text, v.terms, v.created_at, v.created_by, ${signatures('a', 'v.version')} AS signatures
     FROM agreement_versions v JOIN agreements a ON a.theatre_id = v.theatre_id AND a.id = v.agreement_id
     WHERE v.theatre_id = $1 AND v.agreement_id = $2 AND v.version > $3 ORDER BY v.version LIMIT $4`,
    [theatreId, agreementId, opts.after, opts.limit],
  )
}

export async function insertSignature(
  q: Queryable,
  s: { theatre_id: string; agreement_id: string; version: number; party_id: string; statement: string; signature: string | null; key_id: string | null; signed_by: string },
): Promise<SignatureRow> {
  const [row] = await q.query<SignatureRow>(
    `INSERT INTO agreement_signatures (theatre_id, agreement_id, version, party_id, statement, signature, key_id, signed_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     RETURNING agreement_id AS "agreementId", version, party_id AS "partyId", statement, signature, key_id AS "keyId",
       signed_by AS "signedBy", signed_at AS "signedAt"`,
    [s.theatre_id, s.agreement_id, s.version, s.party_id, s.statement, s.signature, s.key_id, s.signed_by],
  )
  return row
}
