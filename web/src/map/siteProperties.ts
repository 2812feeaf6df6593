/**
 * What the page uses of each site: the map draws id, name and status, the search box finds by reference and name. The
 * page asks sites.geojson for these alone, a third less to parse than the whole collection (the benchmark bench/web.ts
 * asks for the same).
 */
export const SITE_MAP_PROPERTIES = ['id', 'ref', 'name', 'status'] as const
