import type { Client } from './client.ts'

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export interface SseEvent {
  id: string
  event: string
  data: any
}

/** An EventSource as a test needs it: fetch and a stream reader, parsing events and keeping comments aside. */
export async function openStream(base: string, client: Client, path: string, headers: Record<string, string> = {}) {
  const h: Record<string, string> = { accept: 'text/event-stream', ...headers }
  if (client.cookie) h.cookie = client.cookie
  if (client.bearer) h.authorization = `Bearer ${client.bearer}`
  const abort = new AbortController()
  const res = await fetch(base + path, { headers: h, signal: abort.signal })
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  let ended = false
  let pending: Promise<ReadableStreamReadResult<string>> | undefined
  const comments: string[] = []

  /** The next event, or null once the server has ended the stream. */
  async function next(timeoutMs = 5000): Promise<SseEvent | null> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const cut = buffer.indexOf('\n\n')
      if (cut >= 0) {
        const block = buffer.slice(0, cut)
        buffer = buffer.slice(cut + 2)
        const fields: Record<string, string> = {}
        for (const line of block.split('\n')) {
          const colon = line.indexOf(':')
          if (colon === 0) comments.push(line.slice(1).trim())
          else fields[line.slice(0, colon)] = line.slice(colon + 2)
        }
        if (fields.event) return { id: fields.id, event: fields.event, data: JSON.parse(fields.data) }
        continue
      }
      if (ended) return null
      pending ??= reader.read()
      const read = await Promise.race([pending, sleep(deadline - Date.now()).then(() => undefined)])
      if (!read) throw new Error(`no event within ${timeoutMs} ms`)
      pending = undefined
      if (read.done) ended = true
      else buffer += read.value
    }
  }

  /** Events up to and including the first `action` (for `subject`, when given). */
  async function until(action: string, subject?: string): Promise<SseEvent[]> {
    const seen: SseEvent[] = []
    for (;;) {
      const e = await next()
      if (!e) throw new Error(`stream ended before ${action}; got ${seen.map((x) => x.event)}`)
      seen.push(e)
      if (e.event === action && (!subject || e.data.subject.id === subject)) return seen
    }
  }

  return { res, next, until, comments, close: () => abort.abort() }
}

