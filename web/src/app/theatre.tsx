import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { createContext, useContext, useState, type ReactNode } from 'react'
import { theatreQuery, type Theatre } from './queries.ts'
import { useSession, type Membership } from './session.tsx'

/** The theatre on screen, the caller's memberships in it, and the moment the map shows. */
export interface TheatreView {
  theatre: Theatre
  memberships: Membership[]
  isAdmin: boolean
  /** Coordinators (and instance administrators) see and may do everything in the theatre. */
  isCoordinator: boolean
  /** The actor the caller acts for by default: their first membership that may write. */
  actingAs: Membership | undefined
  /** The first membership of a kind, with a role at least `editor` when `write` is asked. */
  memberOf(kind: string, write?: boolean): Membership | undefined
  at: Date
  setAt(at: Date): void
}

const TheatreContext = createContext<TheatreView | null>(null)

export function TheatreProvider({ code, children, fallback }: { code: string; children: ReactNode; fallback: ReactNode }) {
  const { me } = useSession()
  const [at, setAt] = useState(() => new Date())
  const theatre = useQuery(theatreQuery(code))
  if (theatre.isError) return <NotAMember code={code} />
  if (!theatre.data || !me) return <>{fallback}</>
  const memberships = me.memberships.filter((m) => m.theatreId === theatre.data.id)
  const writable = memberships.filter((m) => m.role !== 'viewer')
  const view: TheatreView = {
    theatre: theatre.data,
    memberships,
    isAdmin: me.user.isAdmin,
    isCoordinator: me.user.isAdmin || memberships.some((m) => m.actorKind === 'coordinator'),
    actingAs: writable[0] ?? memberships[0],
    memberOf: (kind, write) => memberships.find((m) => m.actorKind === kind && (!write || m.role !== 'viewer')),
    at,
    setAt,
  }
  return <TheatreContext.Provider value={view}>{children}</TheatreContext.Provider>
}

/** A theatre that does not exist and one the caller is not in look the same (the API answers 404 for both). */
function NotAMember({ code }: { code: string }) {
  const { t } = useTranslation()
  return (
    <main className="picker" role="alert">
      <p>{t('theatreNotFound', { code })}</p>
      <a href="/">{t('chooseTheatre')}</a>
    </main>
  )
}

export function useTheatre(): TheatreView {
  const t = useContext(TheatreContext)
  if (!t) throw new Error('useTheatre outside TheatreProvider')
  return t
}
