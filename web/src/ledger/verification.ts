import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { api, ok } from '../api/client.ts'
import { ChainWalker, GENESIS_HASH, checkEntry, importPublicKey, type Entry, type EntryCheck, type Problem, type PublicKey } from './chain.ts'

/** Why the browser cannot check anything: no WebCrypto (an insecure http:// origin) or no Ed25519 in it. */
export type KeyTrouble = 'insecure' | 'unsupported' | 'unavailable'

export class KeyError extends Error {
  constructor(readonly trouble: KeyTrouble) {
    super(trouble)
  }
}

/** The server's signing key, fetched and imported once; the checks below use nothing else the server says. */
export function useSigningKey() {
  return useQuery({
    queryKey: ['signing-key'],
    staleTime: Infinity,
    retry: false,
    queryFn: async (): Promise<PublicKey> => {
      if (!globalThis.crypto?.subtle) throw new KeyError('insecure')
      let pem: string
      try {
        pem = (await ok(api.GET('/api/v1/signing-key'))).publicKey
      } catch {
        throw new KeyError('unavailable')
      }
      try {
        return await importPublicKey(pem)
      } catch {
        throw new KeyError('unsupported')
      }
    },
  })
}

/**
 * Each shown entry checked on its own (content → hash, signature over the hash), and, where the entry before it is
 * shown too, its link to that entry. Results are kept per entry, so loading more checks only the new ones.
 */
export function useEntryChecks(entries: Entry[], key: PublicKey | undefined): Map<number, EntryCheck> {
  const cache = useRef(new Map<string, EntryCheck>())
  const [, setVersion] = useState(0)
  useEffect(() => {
    if (!key) return
    let cancelled = false
    const todo = entries.filter((e) => !cache.current.has(`${e.seq}:${e.hash}:${e.signature}`))
    if (!todo.length) return
    void (async () => {
      for (const e of todo) {
        const check = await checkEntry(e, key)
        if (cancelled) return
        cache.current.set(`${e.seq}:${e.hash}:${e.signature}`, check)
      }
      setVersion((v) => v + 1)
    })()
    return () => {
      cancelled = true
    }
  }, [entries, key])

  const bySeq = new Map(entries.map((e) => [e.seq, e]))
  const out = new Map<number, EntryCheck>()
  for (const e of entries) {
    const own = cache.current.get(`${e.seq}:${e.hash}:${e.signature}`)
    if (!own) continue
    const before = e.seq === 1 ? { hash: GENESIS_HASH } : bySeq.get(e.seq - 1)
    if (!own.ok || !before) out.set(e.seq, own)
    else if (before.hash === e.prevHash) out.set(e.seq, { ...own, linked: true })
    else out.set(e.seq, { seq: e.seq, ok: false, problem: 'link', linked: false })
  }
  return out
}

export interface ChainState {
  /** The last entry verified, linked back to genesis. */
  verified: { seq: number; hash: string }
  failure?: { seq: number; problem: Problem }
  /** The head the server reported on the last page read. */
  serverHead: { seq: number; hash: string }
}

interface Walk {
  walker: ChainWalker
  serverHead: { seq: number; hash: string }
  /** Walks of one chain run one after another: a refetch waits for the walk in progress. */
  running: Promise<unknown>
}

// Per theatre and key, kept while the app runs: new entries are checked as they arrive, old ones not again.
const walks = new Map<string, Walk>()

/**
 * For members who see every entry (coordinators): the whole chain from genesis, checked in the browser page by page
 * (500 entries a request), continuing from where it stopped each time the ledger changes.
 */
export function useChainWalk(theatre: string, key: PublicKey | undefined, enabled: boolean) {
  const [progress, setProgress] = useState<{ seq: number; of: number } | undefined>()
  const query = useQuery({
    queryKey: ['ledger', theatre, 'chain', key?.keyId],
    enabled: enabled && !!key,
    staleTime: 0,
    queryFn: async ({ signal }): Promise<ChainState> => {
      const id = `${theatre}:${key!.keyId}`
      let walk = walks.get(id)
      if (!walk) walks.set(id, (walk = { walker: new ChainWalker(key!), serverHead: { seq: 0, hash: GENESIS_HASH }, running: Promise.resolve() }))
      const w = walk
      const run = w.running.then(async () => {
        for (;;) {
          if (signal.aborted || w.walker.failure) break
          const page = await ok(
            api.GET('/api/v1/theatres/{theatre}/ledger', { params: { path: { theatre }, query: { after: w.walker.head.seq, limit: 500 } }, signal }),
          )
          w.serverHead = page.head
          await w.walker.feed(page.items as Entry[])
          setProgress({ seq: w.walker.head.seq, of: page.head.seq })
          if (!page.next) break
        }
        return { verified: { ...w.walker.head }, failure: w.walker.failure, serverHead: w.serverHead }
      })
      w.running = run.catch(() => undefined)
      return run
    },
  })
  return { ...query, progress }
}
