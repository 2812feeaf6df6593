import crypto from 'node:crypto'
import { GENESIS_HASH, canonicalJson, entryHash, pickEntry, type SignedEntry } from './chain.ts'
import { keyIdOf, verifySignature } from './signer.ts'

export type VerifyResult =
  | { ok: true; count: number; head: string; theatre: string | null }
  | { ok: false; seq: number; line: number; reason: string }

/**
 * Checks an exported chain offline: every line parses, seqs run 1, 2, 3… without a gap, each entry links to the
 * previous hash, its hash matches its content, and the server signed that hash. Stops at the first bad entry.
 */
export function verifyLedger(lines: string[], publicKeyPem: string): VerifyResult {
  const publicKey = crypto.createPublicKey(publicKeyPem)
  const keyId = keyIdOf(publicKey)
  let prev = GENESIS_HASH
  let theatre: string | null = null
  let count = 0
  const texts = lines.filter((l) => l.trim() !== '')
  for (let i = 0; i < texts.length; i++) {
    const expected = i + 1
    const fail = (reason: string): VerifyResult => ({ ok: false, seq: expected, line: i + 1, reason })
    let e: SignedEntry
    try {
      e = JSON.parse(texts[i])
    } catch {
      return fail('the line is not valid JSON')
    }
    if (e.seq !== expected) return fail(`expected seq ${expected} but found ${JSON.stringify(e.seq)} (an entry removed, added or moved)`)
    if (theatre === null) theatre = e.theatre
    else if (e.theatre !== theatre) return fail('the entry belongs to another theatre')
    if (e.prevHash !== prev) return fail('prevHash does not match the previous entry')
    let hash: string
    try {
      hash = entryHash(prev, canonicalJson(pickEntry(e)))
    } catch {
      return fail('the entry cannot be canonicalised')
    }
    if (hash !== e.hash) return fail('the content does not match its hash (the entry was changed)')
    if (e.keyId !== keyId) return fail(`signed by key ${e.keyId}, not by the given key ${keyId}`)
    if (!verifySignature(publicKey, e.hash, e.signature)) return fail('the server signature is not valid')
    prev = e.hash
    count++
  }
  return { ok: true, count, head: prev, theatre }
}
