import crypto from 'node:crypto'
import { promisify } from 'node:util'

const scrypt = promisify(crypto.scrypt) as (pw: string, salt: Buffer, len: number, opts: crypto.ScryptOptions) => Promise<Buffer>

// OWASP's minimum for scrypt: N=2^15 would double the cost of every sign-in; 2^14 with r=8 is ~50 ms here.
const N = 16384
const r = 8
const p = 1
const KEY_LEN = 32

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16)
  const key = await scrypt(password, salt, KEY_LEN, { N, r, p })
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`
}

export async function checkPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, rr, pp, salt, key] = stored.split('$')
  if (scheme !== 'scrypt') return false
  const expected = Buffer.from(key, 'base64')
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: +n, r: +rr, p: +pp })
  return crypto.timingSafeEqual(actual, expected)
}

/** Checked against when the username is unknown, so a failed sign-in takes the same time either way. */
export const decoyHash = hashPassword(crypto.randomBytes(16).toString('hex'))

export function generatePassword(): string {
  return crypto.randomBytes(15).toString('base64url')
}

export const PASSWORD_MIN = 10
