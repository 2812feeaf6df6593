import { queryOptions } from '@tanstack/react-query'
import { jsonOf, setCsrfToken } from '../api/client.ts'
import type { paths } from '../api/schema'

// The session and the theatre. No React here: the page's first module asks for them before the app has loaded, with a
// plain fetch, which leaves at once (openapi-fetch sends only after its middleware has run), ahead of the map's data.

const json = { headers: { accept: 'application/json' } }

export type MeBody = paths['/api/v1/me']['get']['responses'][200]['content']['application/json']
export type Theatre = paths['/api/v1/theatres/{theatre}']['get']['responses'][200]['content']['application/json']

/** The signed-in user and their memberships, or null when nobody is signed in. */
export const meQuery = queryOptions({
  queryKey: ['me'],
  staleTime: Infinity,
  queryFn: async (): Promise<MeBody | null> => {
    const res = await fetch('/api/v1/me', json)
    if (res.status === 401) return null
    const me = await jsonOf<MeBody>(res)
    setCsrfToken(me.csrfToken)
    return me
  },
})

export const theatreQuery = (code: string) =>
  queryOptions({ queryKey: ['theatre', code], queryFn: async () => jsonOf<Theatre>(await fetch(`/api/v1/theatres/${encodeURIComponent(code)}`, json)) })
