import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { GENESIS_HASH as SERVER_GENESIS, canonicalJson, entryHash as serverHash, pickEntry, type LedgerEntry, type SignedEntry } from '../../../src/modules/ledger/chain.ts'
import { signerFromPrivateKey } from '../../../src/modules/ledger/signer.ts'
import { verifyLedger } from '../../../src/modules/ledger/verify.ts'
import { ChainWalker, GENESIS_HASH, canonicalEntry, checkEntry, entryHash, importPublicKey, type Entry } from './chain.ts'

// The browser's verification (WebCrypto, under vitest in Node) against the server's own chain code: if either drifts,
// the browser would call a good ledger broken, or a broken one good.

const signer = signerFromPrivateKey(crypto.generateKeyPairSync('ed25519').privateKey)
const theatre = '01a22ede-41fd-7379-93ed-0d5faa3ad6ca'

/** Entries that exercise the canonical form: key order, Unicode, escapes, numbers, nulls, a missing ref, deep payloads. */
const SAMPLES: Omit<LedgerEntry, 'seq'>[] = [
  { theatre, at: '2016-09-12T19:00:00.000Z', actor: null, user: '01a22ede-4151-703d-b725-d2674bcdcfe7', action: 'theatre.create', subject: { kind: 'theatre', id: theatre }, version: 1, payload: { code: 'SY', bbox: [35.5, 32.3, 42.4, 37.4], policy: { z: 1, a: { b: [1, 2, { c: null }] } } } },
  { theatre, at: '2016-09-12T19:00:01.000Z', actor: '01a22ede-43ff-718e-a903-86e76f1b8cd1', user: null, action: 'site.create', subject: { kind: 'site', id: '01a22ede-5000-7000-8000-000000000001', ref: 'SY-S-000001' }, version: 1, payload: { name: 'مستشفى القدس — Al-Quds hospital', type: 'hospital', note: 'line\nbreak "quoted" \\ back\u0001 \u2028 😀', radius: 500 } },
  { theatre, at: '2016-09-12T19:00:02.000Z', actor: null, user: null, action: 'acknowledgement.acknowledge', subject: { kind: 'acknowledgement', id: null }, version: null, payload: { numbers: [0, -0, 1e21, 1e-7, 0.1 + 0.2, -123.456, 2 ** 53, 1.5e300] } },
  { theatre, at: '2016-09-12T19:00:03.000Z', actor: null, user: null, action: 'movement.update', subject: { kind: 'movement', id: '01a22ede-5000-7000-8000-000000000002', ref: 'SY-M-000001' }, version: 7, payload: null },
  { theatre, at: '2016-09-12T19:00:04.000Z', actor: null, user: null, action: 'zone.create', subject: { kind: 'zone', id: '01a22ede-5000-7000-8000-000000000003' }, version: 1, payload: { 'Ключ': 'значение', '': 'empty key', b: true, a: false, '\u00e9': 'é', e: 'é' } },
]

/** A chain as the server's LedgerService makes one (service.ts `chain`), exported as the API answers it. */
function serverChain(): SignedEntry[] {
  let prev = SERVER_GENESIS
  return SAMPLES.map((s, i) => {
    const entry: LedgerEntry = { seq: i + 1, ...s }
    const hash = serverHash(prev, canonicalJson(entry))
    const signed: SignedEntry = { ...entry, prevHash: prev, hash, signature: signer.sign(hash), keyId: signer.keyId }
    prev = hash
    // Through JSON, as the browser receives it.
    return JSON.parse(JSON.stringify(signed))
  })
}

describe('the browser ledger check', () => {
  it('canonicalises and hashes every sample exactly as the server does', async () => {
    expect(GENESIS_HASH).toBe(SERVER_GENESIS)
    for (const e of serverChain()) {
      expect(canonicalEntry(e as Entry)).toBe(canonicalJson(pickEntry(e)))
      expect(await entryHash(e.prevHash, e as Entry)).toBe(e.hash)
    }
  })

  it('imports the server key from its PEM with the same key id, and accepts its signatures', async () => {
    const key = await importPublicKey(signer.publicKeyPem)
    expect(key.keyId).toBe(signer.keyId)
    for (const e of serverChain()) expect(await checkEntry(e as Entry, key)).toEqual({ seq: e.seq, ok: true, linked: false })
  })

  it('verifies a good chain from genesis to its head, as truce ledger verify does', async () => {
    const chain = serverChain()
    expect(verifyLedger(chain.map((e) => JSON.stringify(e)), signer.publicKeyPem)).toMatchObject({ ok: true, count: chain.length })
    const walker = new ChainWalker(await importPublicKey(signer.publicKeyPem))
    // In two pages, as the view loads them.
    expect(await walker.feed(chain.slice(0, 2) as Entry[])).toBe(true)
    expect(await walker.feed(chain.slice(2) as Entry[])).toBe(true)
    expect(walker.head).toEqual({ seq: chain.length, hash: chain.at(-1)!.hash })
  })

  const tampered: [string, (c: SignedEntry[]) => void, number, string][] = [
    ['a changed payload', (c) => ((c[2].payload as { numbers: number[] }).numbers[1] = 1), 3, 'hash'],
    ['a changed action', (c) => (c[1].action = 'site.withdraw'), 2, 'hash'],
    ['a changed time', (c) => (c[3].at = '2016-09-12T19:00:03.001Z'), 4, 'hash'],
    ['a ref added to the subject', (c) => (c[4].subject.ref = 'SY-Z-1'), 5, 'hash'],
    ['a re-hashed entry the key did not sign', (c) => ((c[1].payload as { name: string }).name = 'elsewhere'), 2, 'signature'],
    ['a forged signature', (c) => (c[0].signature = signer.sign('ff'.repeat(32))), 1, 'signature'],
    ['another key', (c) => (c[1].keyId = '0123456789abcdef'), 2, 'key'],
    ['a removed entry', (c) => c.splice(2, 1), 3, 'gap'],
    ['a broken link', (c) => (c[3].prevHash = c[1].hash), 4, 'link'],
  ]
  it.each(tampered)('names the first bad entry after %s', async (_, tamper, seq, problem) => {
    const chain = serverChain()
    tamper(chain)
    if (problem === 'signature' && seq === 2) {
      // Recompute the hash after the change, so that only the signature can tell.
      chain[1].hash = serverHash(chain[1].prevHash, canonicalJson(pickEntry(chain[1])))
      chain[2].prevHash = chain[1].hash
    }
    const walker = new ChainWalker(await importPublicKey(signer.publicKeyPem))
    expect(await walker.feed(chain as Entry[])).toBe(false)
    expect(walker.failure).toEqual({ seq, problem })
    expect(walker.head.seq).toBe(seq - 1)
    // The server's offline verifier agrees on the entry.
    const offline = verifyLedger(chain.map((e) => JSON.stringify(e)), signer.publicKeyPem)
    expect(offline).toMatchObject({ ok: false, seq })
  })

  it('checks an entry on its own (a member who sees only some entries): content, hash and signature', async () => {
    const key = await importPublicKey(signer.publicKeyPem)
    const [, site] = serverChain()
    expect((await checkEntry(site as Entry, key)).ok).toBe(true)
    ;(site.payload as { radius: number }).radius = 50
    expect(await checkEntry(site as Entry, key)).toEqual({ seq: 2, ok: false, problem: 'hash', linked: false })
  })
})
