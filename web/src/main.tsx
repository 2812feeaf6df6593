import { QueryClient } from '@tanstack/react-query'
import { meQuery, theatreQuery } from './app/queries.ts'
import { parse } from './app/router.ts'
import { prefetchBasemap } from './map/basemap.ts'
import { prefetchOverlays } from './map/queries.ts'

// Live updates come from the stream, which invalidates queries; refetching on focus covers a stream that dropped.
const queries = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } })

// This module is small and runs first. It sends for the app's code (React, MapLibre, every screen) and then, as a
// theatre's page opens on its map, for the session, the theatre, the basemap and the map's data, in the order the page
// needs them, all while that code is still loading and compiling. A signed-out visitor's requests fail harmlessly;
// signing in reloads the page.
const app = import('./app/start.tsx')
void queries.prefetchQuery(meQuery)
const { theatre } = parse(location.pathname)
if (theatre) {
  void queries.prefetchQuery(theatreQuery(theatre))
  prefetchBasemap()
  prefetchOverlays(queries, theatre, new Date())
}

await (await app).start(queries)
