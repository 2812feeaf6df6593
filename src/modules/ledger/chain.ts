import crypto from 'node:crypto'
import canonicalizeModule from 'canonicalize'

// The package is CommonJS: under Node's ESM loader its function arrives as the default export's `default`.
type Serialize = (input: unknown) => string | undefined
const canonicalize: Serialize =
  (canonicalizeModule as unknown as { default?: Serialize }).default ?? (canonicalizeModule as unknown as Serialize)

/** What each ledger entry records; its canonical JSON (RFC 8785) is what the chain hashes. */
export interface LedgerEntry {
  seq: number
  theatre: string
  at: string
  actor: string | null
  user: string | null
  action: string
  subject: { kind: string; id: string | null; ref?: string }
  version: number | null
  payload: unknown
}

/** An entry as exported and verified offline: the entry plus its place in the chain and the server's signature. */
export interface SignedEntry extends LedgerEntry {
  prevHash: string
  hash: string
  signature: string
  keyId: string
  /** A party's own Ed25519 signature over `hash`, when it signed (acknowledgements). */
  partySignature?: string
}

export const GENESIS_HASH = '0'.repeat(64)

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value)
  if (text === undefined) throw new Error('value cannot be canonicalised')
  return text
}

/** hash = sha256(prev_hash ‖ canonical JSON of the entry), both as UTF-8 text, in lowercase hex. */
export function entryHash(prevHash: string, canonicalEntry: string): string {
  return crypto.createHash('sha256').update(prevHash).update(canonicalEntry).digest('hex')
}

export function pickEntry(e: LedgerEntry): LedgerEntry {
  const { seq, theatre, at, actor, user, action, subject, version, payload } = e
  return { seq, theatre, at, actor, user, action, subject, version, payload }
}
