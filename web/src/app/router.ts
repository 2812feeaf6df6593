import { useSyncExternalStore } from 'react'

/**
 * The app's few routes live in the path, so a link to a record (/t/SY/record/site/<id>) can be shared and reloaded:
 * /signin, /t/<theatre>/<view>[/<kind>/<id>]. The server answers index.html for every such path.
 */
export interface Route {
  theatre?: string
  view: string
  kind?: string
  id?: string
}

export function parse(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent)
  if (parts[0] === 't' && parts[1]) return { theatre: parts[1], view: parts[2] ?? 'map', kind: parts[3], id: parts[4] }
  return { view: parts[0] ?? 'home' }
}

export const href = (r: Route) =>
  r.theatre ? `/t/${encodeURIComponent(r.theatre)}/${[r.view, r.kind, r.id].filter(Boolean).map((p) => encodeURIComponent(p!)).join('/')}` : `/${r.view}`

const listeners = new Set<() => void>()
const subscribe = (fn: () => void) => {
  listeners.add(fn)
  window.addEventListener('popstate', fn)
  return () => {
    listeners.delete(fn)
    window.removeEventListener('popstate', fn)
  }
}

export function navigate(to: Route | string, opts: { replace?: boolean } = {}) {
  const url = typeof to === 'string' ? to : href(to)
  if (url === location.pathname) return
  history[opts.replace ? 'replaceState' : 'pushState'](null, '', url)
  for (const fn of listeners) fn()
}

export function useRoute(): Route {
  const path = useSyncExternalStore(subscribe, () => location.pathname)
  return parse(path)
}
