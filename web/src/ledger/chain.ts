import canonicalizeModule from 'canonicalize'

/**
 * The ledger's hash and signature, checked in the browser with WebCrypto so that the member need not take the server's
 * word for it. The server's src/modules/ledger/chain.ts cannot be loaded here (it hashes with node:crypto): this is
 * the same rule in a few lines, and chain.test.ts checks both give the same hash for the same entries.
 *
 *   hash = sha256(prevHash ‖ canonical JSON (RFC 8785) of {seq, theatre, at, actor, user, action, subject, version,
 *   payload}), UTF-8, lowercase hex; signature = Ed25519 over the 32 hash bytes, base64.
 */

// The package is CommonJS: under Node's ESM loader (the unit test) its function is the default export's `default`.
type Serialize = (input: unknown) => string | undefined
const canonicalize: Serialize = (canonicalizeModule as unknown as { default?: Serialize }).default ?? (canonicalizeModule as unknown as Serialize)

export const GENESIS_HASH = '0'.repeat(64)

/** A hex identifier set apart (Unicode first-strong isolate) so that it reads left to right inside Arabic text. */
export const isolate = (s: string) => `\u2068${s}\u2069`

export interface Entry {
  seq: number
  theatre: string
  at: string
  actor: string | null
  user: string | null
  action: string
  subject: { kind: string; id: string | null; ref?: string }
  version: number | null
  payload?: unknown
  prevHash: string
  hash: string
  signature: string
  keyId: string
  partySignature?: string
}

/** The canonical JSON the chain hashes: the entry's own fields, not its place in the chain or its signature. */
export function canonicalEntry(e: Entry): string {
  const { seq, theatre, at, actor, user, action, subject, version, payload } = e
  const text = canonicalize({ seq, theatre, at, actor, user, action, subject, version, payload })
  if (text === undefined) throw new Error('entry cannot be canonicalised')
  return text
}

const encoder = new TextEncoder()
const hex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('')
const fromHex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16))
const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))

export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', encoder.encode(text)))
}

/** What the entry's hash must be, given the hash it links to. */
export const entryHash = (prevHash: string, e: Entry) => sha256Hex(prevHash + canonicalEntry(e))

export interface PublicKey {
  key: CryptoKey
  /** sha256 of the key's SPKI DER, first 16 hex digits: the server's `keyId`. */
  keyId: string
}

/** Imports the server's Ed25519 public key from its SPKI PEM. */
export async function importPublicKey(pem: string): Promise<PublicKey> {
  const der = fromBase64(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''))
  const key = await crypto.subtle.importKey('spki', der, { name: 'Ed25519' }, false, ['verify'])
  return { key, keyId: (await sha256Hex0(der)).slice(0, 16) }
}

async function sha256Hex0(bytes: BufferSource): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', bytes))
}

export async function verifySignature(key: PublicKey, hashHex: string, signatureB64: string): Promise<boolean> {
  try {
    return await crypto.subtle.verify({ name: 'Ed25519' }, key.key, fromBase64(signatureB64), fromHex(hashHex))
  } catch {
    return false
  }
}

export type Problem = 'hash' | 'signature' | 'key' | 'link' | 'gap'

export interface EntryCheck {
  seq: number
  /** Nothing wrong found; `linked` says whether its link to the previous entry could be checked too. */
  ok: boolean
  problem?: Problem
  linked: boolean
}

/** Checks one entry on its own: its content gives its hash (from its own prevHash), and the server signed that hash. */
export async function checkEntry(e: Entry, key: PublicKey): Promise<EntryCheck> {
  const fail = (problem: Problem): EntryCheck => ({ seq: e.seq, ok: false, problem, linked: false })
  let hash: string
  try {
    hash = await entryHash(e.prevHash, e)
  } catch {
    return fail('hash')
  }
  if (hash !== e.hash) return fail('hash')
  if (e.keyId !== key.keyId) return fail('key')
  if (!(await verifySignature(key, e.hash, e.signature))) return fail('signature')
  return { seq: e.seq, ok: true, linked: false }
}

/**
 * Walks a chain from genesis in seq order, page by page, remembering where it stopped, so new entries are checked as
 * they arrive without checking the old ones again. Stops for good at the first bad entry.
 */
export class ChainWalker {
  /** The last entry found good, linked all the way back to genesis. */
  head = { seq: 0, hash: GENESIS_HASH }
  failure: { seq: number; problem: Problem } | undefined

  constructor(readonly key: PublicKey) {}

  /** Feeds the next entries (in seq order, following `head`); returns false once the chain is broken. */
  async feed(entries: Entry[]): Promise<boolean> {
    for (const e of entries) {
      if (this.failure) return false
      if (e.seq <= this.head.seq) continue
      if (e.seq !== this.head.seq + 1) {
        this.failure = { seq: this.head.seq + 1, problem: 'gap' }
        return false
      }
      if (e.prevHash !== this.head.hash) {
        this.failure = { seq: e.seq, problem: 'link' }
        return false
      }
      const check = await checkEntry(e, this.key)
      if (!check.ok) {
        this.failure = { seq: e.seq, problem: check.problem! }
        return false
      }
      this.head = { seq: e.seq, hash: e.hash }
    }
    return !this.failure
  }
}
