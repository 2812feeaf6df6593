import { queryOptions, type QueryClient } from '@tanstack/react-query'
import type { FeatureCollection } from 'geojson'
import { jsonOf } from '../api/client.ts'
import { listAll } from '../api/lists.ts'
import { SITE_MAP_PROPERTIES } from './siteProperties.ts'

// The queries of what the map draws. No React here: the page's first module asks for them before the app has loaded.

/** Query keys the live stream invalidates when a record of that kind changes. */
export const layerKey = (kind: string, theatre: string) => ['layer', theatre, kind]

const COLLECTIONS = {
  actors: '/api/v1/theatres/{theatre}/actors',
  movements: '/api/v1/theatres/{theatre}/movements',
  activities: '/api/v1/theatres/{theatre}/activities',
  'control-areas': '/api/v1/theatres/{theatre}/control-areas',
  conflicts: '/api/v1/theatres/{theatre}/conflicts',
  zones: '/api/v1/theatres/{theatre}/zones',
} as const

/** One of a theatre's collections, under the key the live stream invalidates: every screen shares its one copy. */
export const collectionQuery = <K extends keyof typeof COLLECTIONS>(kind: K, code: string) =>
  queryOptions({ queryKey: layerKey(kind, code), queryFn: () => listAll(COLLECTIONS[kind], { theatre: code }) })

/** Every site the member may see, as one GeoJSON collection (the server builds and caches it), with what the page uses. */
export const sitesQuery = (code: string) =>
  queryOptions({
    queryKey: layerKey('sites', code),
    queryFn: async () => jsonOf<FeatureCollection>(await fetch(`/api/v1/theatres/${encodeURIComponent(code)}/sites.geojson?properties=${SITE_MAP_PROPERTIES.join(',')}`)),
  })

/** The zones in force at a minute: whether one is depends on its schedule (daily windows in the theatre's zone). */
export const zonesInForceQuery = (code: string, at: Date) => {
  const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000).toISOString()
  return queryOptions({ queryKey: [...layerKey('zones', code), minute], queryFn: () => listAll(COLLECTIONS.zones, { theatre: code }, { at: minute }) })
}

/** What the map screen draws first, asked for at once: the page need not wait for the session and theatre first. */
export function prefetchOverlays(client: QueryClient, code: string, at: Date) {
  for (const kind of Object.keys(COLLECTIONS) as (keyof typeof COLLECTIONS)[]) void client.prefetchQuery(collectionQuery(kind, code))
  void client.prefetchQuery(sitesQuery(code))
  void client.prefetchQuery(zonesInForceQuery(code, at))
}
