import { useEffect, useState, type ReactNode } from 'react'
import { href, navigate, type Route } from '../app/router.ts'
import { useTheatre } from '../app/theatre.tsx'

/** The current time, refreshed every `everyMs` so countdowns move without a refetch. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}

/** Whether the caller may act for the coordinator (its editors, and instance administrators). */
export function useCoordinatorEditor(): boolean {
  const t = useTheatre()
  return t.isAdmin || !!t.memberOf('coordinator', true)
}

/** The actor ids the caller may act for as an editor (or admin). */
export function useWritableActors(): Set<string> {
  const { memberships } = useTheatre()
  return new Set(memberships.filter((m) => m.role !== 'viewer').map((m) => m.actorId))
}

/** An in-app link: a real href (opens in a new tab, can be copied) that navigates without reloading. */
export function RouteLink({ to, children, className, onNavigate }: { to: Route; children: ReactNode; className?: string; onNavigate?: () => void }) {
  return (
    <a
      href={href(to)}
      className={className}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return
        e.preventDefault()
        onNavigate?.()
        navigate(to)
      }}
    >
      {children}
    </a>
  )
}

/** A link opening a record (site, movement, activity, incident) in the record panel. */
export function RecordLink({ kind, id, children }: { kind: string; id: string; children: ReactNode }) {
  const { theatre } = useTheatre()
  return <RouteLink to={{ theatre: theatre.code, view: 'record', kind, id }}>{children}</RouteLink>
}

/** The first characters of a hash, enough to compare by eye. */
export const shortHash = (hash: string) => hash.slice(0, 12)

/** Where a ledger entry's signed receipt can be fetched. */
export const receiptUrl = (theatre: string, seq: number) => `/api/v1/theatres/${encodeURIComponent(theatre)}/ledger/${seq}/receipt`
