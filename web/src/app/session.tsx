import { useQuery } from '@tanstack/react-query'
import { createContext, useContext, type ReactNode } from 'react'
import { api, ok, setCsrfToken } from '../api/client.ts'
import { meQuery, type MeBody } from './queries.ts'

interface Session {
  me: MeBody | null | undefined
  signIn(username: string, password: string): Promise<void>
  signOut(): Promise<void>
}

const SessionContext = createContext<Session | null>(null)

export function SessionProvider({ children }: { children: ReactNode }) {
  const me = useQuery(meQuery)
  const session: Session = {
    me: me.data,
    // Signing in or out reloads the page, so nothing one user loaded stays in memory for the next.
    async signIn(username, password) {
      await ok(api.POST('/api/v1/session', { body: { username, password } }))
      location.assign(location.pathname.startsWith('/t/') ? location.pathname : '/')
    },
    async signOut() {
      await api.DELETE('/api/v1/session')
      setCsrfToken(undefined)
      location.assign('/signin')
    },
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
}

export function useSession(): Session {
  const s = useContext(SessionContext)
  if (!s) throw new Error('useSession outside SessionProvider')
  return s
}

export type Membership = MeBody['memberships'][number]
