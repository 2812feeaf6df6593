import { isUtf8 } from 'node:buffer'
import crypto from 'node:crypto'
import { Problem } from '../../http/problem.ts'

/** The evidence Truce keeps: photographs, documents, video and plain text; nothing a browser might run. */
export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'application/pdf', 'video/mp4', 'text/plain'] as const
export type EvidenceType = (typeof EVIDENCE_TYPES)[number]

export const DEFAULT_EVIDENCE_MAX_BYTES = 20 * 1024 * 1024

/** What the first bytes of each type look like, so a file cannot claim to be a PNG and be something else. */
const LOOKS_LIKE: Record<EvidenceType, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'video/mp4': (b) => b.subarray(4, 8).toString('latin1') === 'ftyp',
  'text/plain': (b) => !b.includes(0) && isUtf8(b),
}

const unsupported = (message: string) =>
  new Problem(415, 'unsupported-media-type', 'Unsupported evidence type', `${message}; allowed: ${EVIDENCE_TYPES.join(', ')}`, [
    { path: '/body/file', message },
  ])

export const tooLarge = (limit: number) =>
  new Problem(413, 'body-too-large', 'Evidence file too large', `evidence files may be at most ${limit} bytes`, [
    { path: '/body/file', message: `is larger than the ${limit} bytes allowed` },
  ])

/** Checks a file's declared type against the allowed list and its content; returns the type and its SHA-256. */
export function checkEvidence(bytes: Buffer, declared: string): { mediaType: EvidenceType; sha256: string } {
  const mediaType = declared.split(';')[0].trim().toLowerCase()
  if (!(EVIDENCE_TYPES as readonly string[]).includes(mediaType)) throw unsupported(`is ${mediaType || 'of no declared type'}`)
  if (!bytes.length) throw new Problem(400, 'validation', 'The request is not valid', 'the file is empty', [{ path: '/body/file', message: 'is empty' }])
  if (!LOOKS_LIKE[mediaType as EvidenceType](bytes)) throw unsupported(`says it is ${mediaType} but its content is not`)
  return { mediaType: mediaType as EvidenceType, sha256: crypto.createHash('sha256').update(bytes).digest('hex') }
}
