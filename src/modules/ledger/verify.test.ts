import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { GENESIS_HASH, canonicalJson, entryHash, type LedgerEntry, type SignedEntry } from './chain.ts'
import { signerFromPrivateKey } from './signer.ts'
import { verifyLedger } from './verify.ts'

const signer = signerFromPrivateKey(crypto.generateKeyPairSync('ed25519').privateKey)
const theatre = '0190a0a0-0000-7000-8000-000000000001'

function chain(n: number): string[] {
  let prev = GENESIS_HASH
  const lines: string[] = []
  for (let seq = 1; seq <= n; seq++) {
    const entry: LedgerEntry = {
      seq,
      theatre,
      at: new Date(Date.UTC(2016, 8, 12, 10, seq)).toISOString(),
      actor: null,
      user: null,
      action: 'actor.create',
      subject: { kind: 'actor', id: crypto.randomUUID() },
      version: 1,
      payload: { name: `Actor ${seq}`, aliases: ['حلب', 'Алеппо'], radius: 0.1 * seq },
    }
    const hash = entryHash(prev, canonicalJson(entry))
    const signed: SignedEntry = { ...entry, prevHash: prev, hash, signature: signer.sign(hash), keyId: signer.keyId }
    lines.push(JSON.stringify(signed))
    prev = hash
  }
  return lines
}

describe('verifyLedger', () => {
  it('accepts an intact chain and reports its length and head', () => {
    const lines = chain(5)
    const r = verifyLedger(lines, signer.publicKeyPem)
    expect(r).toEqual({ ok: true, count: 5, head: JSON.parse(lines[4]).hash, theatre })
  })

  it('finds any changed byte of any entry, naming its seq', () => {
    const lines = chain(6)
    for (let i = 0; i < lines.length; i++) {
      for (const at of [5, Math.floor(lines[i].length / 2), lines[i].length - 5]) {
        const tampered = [...lines]
        const ch = tampered[i][at]
        tampered[i] = tampered[i].slice(0, at) + (ch === 'a' ? 'b' : 'a') + tampered[i].slice(at + 1)
        const r = verifyLedger(tampered, signer.publicKeyPem)
        expect(r.ok, `byte ${at} of seq ${i + 1}`).toBe(false)
        // a change to an entry's own hash shows up there or, through prevHash, at the next entry
        if (!r.ok) expect([i + 1, i + 2]).toContain(r.seq)
      }
    }
  })

  it('finds a removed entry and two swapped entries', () => {
    const lines = chain(5)
    const removed = verifyLedger([...lines.slice(0, 2), ...lines.slice(3)], signer.publicKeyPem)
    expect(removed).toMatchObject({ ok: false, seq: 3 })
    const swapped = verifyLedger([lines[0], lines[2], lines[1], lines[3], lines[4]], signer.publicKeyPem)
    expect(swapped).toMatchObject({ ok: false, seq: 2 })
  })

  it('finds a rewritten history that was re-hashed but could not be re-signed', () => {
    const lines = chain(3)
    const e = JSON.parse(lines[2]) as SignedEntry
    e.payload = { name: 'rewritten' }
    const { prevHash, hash: _h, signature, keyId, ...entry } = e
    e.hash = entryHash(prevHash, canonicalJson(entry))
    const r = verifyLedger([lines[0], lines[1], JSON.stringify({ ...e, signature, keyId })], signer.publicKeyPem)
    expect(r).toMatchObject({ ok: false, seq: 3, reason: expect.stringContaining('signature') })
  })

  it('refuses a chain checked against another key', () => {
    const other = signerFromPrivateKey(crypto.generateKeyPairSync('ed25519').privateKey)
    expect(verifyLedger(chain(2), other.publicKeyPem)).toMatchObject({ ok: false, seq: 1 })
  })

  it('hashes canonical JSON, so key order does not matter', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 'x', c: null }] })).toBe('{"a":[2,{"c":null,"d":"x"}],"b":1}')
  })
})
