import { useQuery } from '@tanstack/react-query'
import { createContext, useContext, type ReactNode } from 'react'
import { api, ok, setCsrfToken } from '../api/client.ts'

type MeBody = NonNullable<Awaited<ReturnType<typeof fetchMe>>>

async function fetchMe() {
  const { data, response } = await api.GET('/api/v1/me')
  if (response.status === 401) return null
  if (!data) throw new Error(`GET /api/v1/me answered ${response.status}`)
  setCsrfToken(data.csrfToken)
  return data
}

interface Session {
  me: MeBody | null | undefined
  signIn(username: string, password: string): Promise<void>
  signOut(): Promise<void>
}

const SessionContext = createContext<Session | null>(null)

export function SessionProvider({ children }: { children: ReactNode }) {
  const me = useQuery({ queryKey: ['me'], queryFn: fetchMe, staleTime: Infinity })
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
export type Theatre = Awaited<ReturnType<typeof fetchTheatre>>

export async function fetchTheatre(code: string) {
  return ok(api.GET('/api/v1/theatres/{theatre}', { params: { path: { theatre: code } } }))
}
