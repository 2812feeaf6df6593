import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { jsonOf } from '../api/client.ts'
import type { paths } from '../api/schema'
import { listAll, type ItemOf } from '../api/lists.ts'

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

/** The first sites whose reference or name holds `text` (the search box): the map holds only the tiles it draws. */
export const siteSearchQuery = (code: string, text: string) =>
  queryOptions({
    queryKey: [...layerKey('sites', code), 'search', text],
    queryFn: async () =>
      (await jsonOf<{ items: ItemOf<'/api/v1/theatres/{theatre}/sites'>[] }>(await fetch(`/api/v1/theatres/${encodeURIComponent(code)}/sites?${new URLSearchParams({ q: text, limit: '8' })}`))).items,
    enabled: text.length >= 2,
  })

/**
 * The member's sites as vector tiles (TileJSON): how many, and the tiles' address with a version that changes with any
 * of them. Under the sites' key, so news of a site from the stream asks for it again and the map takes the new tiles.
 */
export const siteTilesQuery = (code: string) =>
  queryOptions({
    queryKey: [...layerKey('sites', code), 'tiles'],
    queryFn: async () => jsonOf<SiteTiles>(await fetch(siteTilesUrl(code))),
  })
export type SiteTiles = paths['/api/v1/theatres/{theatre}/sites/tiles.json']['get']['responses'][200]['content']['application/json']
const siteTilesUrl = (code: string) => new URL(`/api/v1/theatres/${encodeURIComponent(code)}/sites/tiles.json`, location.href)
/** The tiles' address as MapLibre's worker fetches it: absolute, as the worker's own address is not the page's. */
export const siteTileTemplates = (code: string, tiles: SiteTiles | undefined) =>
  // Without the document (it failed), the tiles' address without a version: the server then answers the current ones.
  (tiles?.tiles ?? ['tiles/{z}/{x}/{y}.mvt']).map((t) => decodeURI(new URL(t, siteTilesUrl(code)).href))

/** The zones in force at a minute: whether one is depends on its schedule (daily windows in the theatre's zone). */
export const zonesInForceQuery = (code: string, at: Date) => {
  const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000).toISOString()
  return queryOptions({ queryKey: [...layerKey('zones', code), minute], queryFn: () => listAll(COLLECTIONS.zones, { theatre: code }, { at: minute }) })
}

/** What the map screen draws first, asked for at once: the page need not wait for the session and theatre first. */
export function prefetchOverlays(client: QueryClient, code: string, at: Date) {
  for (const kind of Object.keys(COLLECTIONS) as (keyof typeof COLLECTIONS)[]) void client.prefetchQuery(collectionQuery(kind, code))
  void client.prefetchQuery(siteTilesQuery(code))
  void client.prefetchQuery(zonesInForceQuery(code, at))
}
