import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ok } from '../api/client.ts'
import { listAll } from '../api/lists.ts'
import { useActors } from '../app/actors.ts'
import { formatTime } from '../app/format.ts'
import { href, navigate } from '../app/router.ts'
import { useTheatre } from '../app/theatre.tsx'
import type { Entry, EntryCheck } from './chain.ts'
import { Receipt } from './Receipt.tsx'
import { subjectOf } from './subject.ts'
import { VerifyBanner } from './VerifyBanner.tsx'
import { useChainWalk, useEntryChecks, useSigningKey } from './verification.ts'
import './ledger.css'

/** Entries a page shows; a member who sees few entries may need several requests to fill one. */
const PAGE = 50
/** Record kinds the work panel opens. */
const LINKED = new Set(['site', 'movement', 'activity', 'conflict', 'zone'])

interface Page {
  items: Entry[]
  /** Every entry up to this seq that the member may see has been loaded (0: back to the start). */
  low: number
  head: { seq: number; hash: string }
}

/**
 * The ledger is read in seq order after a cursor; to show the newest first, windows of seqs are read from the head
 * backwards, each holding at most `limit` seqs so that nothing in it is cut off.
 */
async function olderPage(theatre: string, upTo: number | null): Promise<Page> {
  const get = (after: number, limit: number) => ok(api.GET('/api/v1/theatres/{theatre}/ledger', { params: { path: { theatre }, query: { after, limit } } }))
  let head: Page['head'] | undefined
  if (upTo === null) {
    head = (await get(0, 1)).head
    upTo = head.seq
  }
  const items: Entry[] = []
  let low = upTo
  for (let width = PAGE * 2, requests = 0; items.length < PAGE && low > 0 && requests < 8; width = Math.min(500, width * 2), requests++) {
    const after = Math.max(0, low - width)
    const page = await get(after, low - after)
    head ??= page.head
    for (const e of page.items as Entry[]) if (e.seq <= low) items.push(e)
    low = after
  }
  items.sort((a, b) => b.seq - a.seq)
  return { items, low, head: head! }
}

export function LedgerView() {
  const { t } = useTranslation('ledger')
  const { theatre, isCoordinator } = useTheatre()
  const code = theatre.code
  const key = useSigningKey()
  const pages = useInfiniteQuery({
    queryKey: ['ledger', code, 'entries'],
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) => olderPage(code, pageParam),
    getNextPageParam: (last) => (last.low > 0 ? last.low : undefined),
  })
  const entries = useMemo(() => pages.data?.pages.flatMap((p) => p.items) ?? [], [pages.data])
  const checks = useEntryChecks(entries, key.data)
  // Coordinators see every entry: they can check the whole chain, not only the entries on screen.
  const chain = useChainWalk(code, key.data, isCoordinator)

  const actors = useActors()
  const members = useQuery({ queryKey: ['members', code], queryFn: () => listAll('/api/v1/theatres/{theatre}/members', { theatre: code }) })
  const actorName = new Map(actors.list.map((a) => [a.id, a.shortName]))
  const userName = new Map((members.data ?? []).map((m) => [m.userId, m.displayName]))

  return (
    <section className="ledger" aria-labelledby="ledger-title">
      <h2 id="ledger-title">{t('title')}</h2>
      <p className="muted small">{t('intro')}</p>
      <VerifyBanner keyQuery={key} chain={isCoordinator ? chain : undefined} entries={entries} checks={checks} />
      {pages.isPending && <p>{t('loading')}</p>}
      {pages.isError && (
        <p className="error" role="alert">
          {t('loadFailed', { reason: pages.error.message })}
        </p>
      )}
      {pages.isSuccess && entries.length === 0 && <p>{t('empty')}</p>}
      <ol className="list ledger-entries" aria-label={t('entriesLabel')}>
        {entries.map((e) => (
          <EntryItem key={e.seq} entry={e} check={checks.get(e.seq)} verifiedInChain={!!chain.data && !chain.data.failure && e.seq <= chain.data.verified.seq} actor={e.actor ? actorName.get(e.actor) : undefined} user={e.user ? userName.get(e.user) : undefined} />
        ))}
      </ol>
      {pages.hasNextPage && (
        <button type="button" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
          {pages.isFetchingNextPage ? t('loading') : t('loadOlder')}
        </button>
      )}
      {pages.isSuccess && !pages.hasNextPage && entries.length > 0 && <p className="muted small">{t('start')}</p>}
    </section>
  )
}

function EntryItem({ entry: e, check, verifiedInChain, actor, user }: { entry: Entry; check?: EntryCheck; verifiedInChain: boolean; actor?: string; user?: string }) {
  const { t } = useTranslation('ledger')
  const { theatre } = useTheatre()
  const [open, setOpen] = useState(false)
  const name = (e.payload as { name?: unknown } | null)?.name
  const about = subjectOf(e)
  const kind = t(`kind.${about.kind}`, { defaultValue: about.kind })
  const subject = about.ref ?? (about.count > 1 ? t('several', { kind, count: about.count }) : kind)
  const target = about.id && LINKED.has(about.kind) ? { theatre: theatre.code, view: 'record', kind: about.kind, id: about.id } : undefined
  const mark = !check ? 'checking' : check.ok ? 'ok' : 'bad'
  const markText = mark === 'checking' ? t('mark.checking') : mark === 'bad' ? t(`problem.${check!.problem}`, { seq: e.seq }) : verifiedInChain ? t('mark.chain') : check!.linked ? t('mark.linked') : t('mark.entry')
  return (
    <li className={`card ledger-entry ledger-${mark}`} data-seq={e.seq}>
      <div className="row">
        <strong>#{e.seq}</strong>
        <time dateTime={e.at} className="small">
          {formatTime(e.at, theatre.timezone)}
        </time>
        <span className="grow" />
        <span className={`badge ${mark === 'ok' ? 'ok' : mark === 'bad' ? 'critical' : ''}`} title={markText}>
          <span aria-hidden="true">{mark === 'ok' ? '✓ ' : mark === 'bad' ? '✗ ' : '… '}</span>
          {mark === 'ok' ? t('mark.short') : mark === 'bad' ? t('mark.bad') : t('mark.checking')}
          <span className="sr-only">: {markText}</span>
        </span>
      </div>
      <div className="row">
        <code>{e.action}</code>
        {target ? (
          <a href={href(target)} onClick={(ev) => (ev.preventDefault(), navigate(target))}>
            {subject}
          </a>
        ) : (
          <span>{subject}</span>
        )}
        {typeof name === 'string' && <span className="muted">{name}</span>}
      </div>
      <div className="row small muted">
        {actor && <span>{t('byActor', { actor })}</span>}
        {user && <span>{t('byUser', { user })}</span>}
        {e.version !== null && <span>{t('version', { version: e.version })}</span>}
        {e.partySignature && <span>{t('partySigned')}</span>}
        <span className="grow" />
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('receipt.hide') : t('receipt.show')}
        </button>
      </div>
      {open && <Receipt seq={e.seq} />}
    </li>
  )
}
