import crypto from 'node:crypto'

/** A bearer secret (session cookie or API token): random, shown once, stored only as its sha256. */
export function newSecret(prefix: string): { secret: string; hash: string } {
  const secret = `${prefix}_${crypto.randomBytes(32).toString('base64url')}`
  return { secret, hash: hashSecret(secret) }
}

export const hashSecret = (secret: string) => crypto.createHash('sha256').update(secret).digest('hex')

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && crypto.timingSafeEqual(x, y)
}
