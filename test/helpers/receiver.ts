import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

interface Received {
  method: string
  headers: http.IncomingHttpHeaders
  body: string
}

/** A real HTTP endpoint on loopback; it answers with `answer()` (200 unless told otherwise), or never when that is null. */
export async function receiver(answer: () => number | null = () => 200) {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push({ method: req.method!, headers: req.headers, body })
      const status = answer()
      if (status === null) return
      res.writeHead(status, status === 302 ? { location: 'http://127.0.0.1:9/elsewhere' } : {}).end('thanks')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/truce?from=test`,
    received,
    actions: () => received.map((r) => JSON.parse(r.body).action as string),
    close: () => {
      server.closeAllConnections()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** What a receiver does with X-Truce-Signature: recompute the HMAC over "<t>.<raw body>" and check the time. */
export function verifySignature(secret: string, header: string, rawBody: string, toleranceSeconds = 300): boolean {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header)
  if (!m) return false
  const expected = crypto.createHmac('sha256', secret).update(`${m[1]}.${rawBody}`).digest()
  const fresh = Math.abs(Date.now() / 1000 - Number(m[1])) <= toleranceSeconds
  return fresh && crypto.timingSafeEqual(expected, Buffer.from(m[2], 'hex'))
}

