import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** The server's Ed25519 key: it signs every ledger hash so anyone with the public key can verify an export offline. */
export interface Signer {
  keyId: string
  publicKeyPem: string
  sign(hashHex: string): string
}

export function keyIdOf(publicKey: crypto.KeyObject): string {
  return crypto.createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16)
}

export function signerFromPrivateKey(privateKey: crypto.KeyObject): Signer {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the signing key must be an Ed25519 private key')
  const publicKey = crypto.createPublicKey(privateKey)
  return {
    keyId: keyIdOf(publicKey),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (hashHex) => crypto.sign(null, Buffer.from(hashHex, 'hex'), privateKey).toString('base64'),
  }
}

/**
 * TRUCE_SIGNING_KEY (a PKCS#8 PEM, or the path of one) when set, as several processes on one PostgreSQL must
 * share a key; otherwise `signing-key.pem` in the data directory, created on first start.
 */
export function loadSigner(dataDir: string, fromEnv?: string): Signer {
  if (fromEnv) {
    const pem = fromEnv.includes('-----BEGIN') ? fromEnv : fs.readFileSync(fromEnv, 'utf8')
    return signerFromPrivateKey(crypto.createPrivateKey(pem))
  }
  const file = path.join(dataDir, 'signing-key.pem')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true })
    const { privateKey } = crypto.generateKeyPairSync('ed25519')
    fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' })
  }
  return signerFromPrivateKey(crypto.createPrivateKey(fs.readFileSync(file, 'utf8')))
}

export function verifySignature(publicKey: crypto.KeyObject, hashHex: string, signatureB64: string): boolean {
  try {
    return crypto.verify(null, Buffer.from(hashHex, 'hex'), publicKey, Buffer.from(signatureB64, 'base64'))
  } catch {
    return false
  }
}
