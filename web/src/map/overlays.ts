import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import type { ItemOf } from '../api/lists.ts'
import { useTheatre } from '../app/theatre.tsx'
import { collectionQuery, siteTilesQuery, zonesInForceQuery } from './queries.ts'

export type Movement = ItemOf<'/api/v1/theatres/{theatre}/movements'>
export type Activity = ItemOf<'/api/v1/theatres/{theatre}/activities'>
export type Zone = ItemOf<'/api/v1/theatres/{theatre}/zones'>
export type ControlArea = ItemOf<'/api/v1/theatres/{theatre}/control-areas'>
export type Conflict = ItemOf<'/api/v1/theatres/{theatre}/conflicts'>
export type Actor = ItemOf<'/api/v1/theatres/{theatre}/actors'>

const ms = (t: string | null | undefined, fallback: number) => (t ? new Date(t).getTime() : fallback)
const FAR_PAST = -8.64e15
const FAR_FUTURE = 8.64e15

function collection<T>(items: T[], geometry: (t: T) => Geometry | null | undefined, properties: (t: T) => Record<string, unknown>): FeatureCollection {
  const features: Feature[] = []
  for (const item of items) {
    const g = geometry(item)
    if (g) features.push({ type: 'Feature', geometry: g, properties: properties(item) })
  }
  return { type: 'FeatureCollection', features }
}

/** An absent list, the same one each time, so that what is built from it is not built again on every render. */
const NONE: never[] = []

/** What the member may see of each layer (the API filters; nothing is hidden here): lists for the legend and search, and the sites' tiles. */
export function useOverlays() {
  const { theatre } = useTheatre()
  const code = theatre.code
  const actors = useQuery(collectionQuery('actors', code))
  const siteTiles = useQuery(siteTilesQuery(code))
  const movements = useQuery(collectionQuery('movements', code))
  const activities = useQuery(collectionQuery('activities', code))
  const controlAreas = useQuery(collectionQuery('control-areas', code))
  const conflicts = useQuery(collectionQuery('conflicts', code))
  const zones = useQuery(collectionQuery('zones', code))
  return {
    actors: actors.data ?? NONE,
    loading: [siteTiles, movements, zones, controlAreas, conflicts].some((q) => q.isPending),
    siteTiles: siteTiles.data,
    movements: movements.data ?? NONE,
    activities: activities.data ?? NONE,
    zones: zones.data ?? NONE,
    controlAreas: controlAreas.data ?? NONE,
    conflicts: conflicts.data ?? NONE,
  }
}

/**
 * The layers as the map draws them from GeoJSON, for the map alone (built once per change of a layer, not by every
 * screen that lists them); the sites come as tiles. Times become numbers in each feature so the time slider
 * filters on the GPU instead of refetching.
 */
export function useOverlayGeojson(overlays: ReturnType<typeof useOverlays>) {
  const { theatre, at } = useTheatre()
  const inForce = useQuery({ ...zonesInForceQuery(theatre.code, at), placeholderData: (previous) => previous })
  const { actors, movements, activities, zones, controlAreas, conflicts } = overlays
  const colour = useMemo(() => new Map(actors.map((a) => [a.id, a.colour ?? '#64748b'])), [actors])
  const forceIds = useMemo(() => new Set((inForce.data ?? []).map((z) => z.id)), [inForce.data])
  // Each collection keeps its identity until its own data changes: the map hands a changed one to its worker, which
  // then tiles it again, and must not do so for every other change (docs/PERFORMANCE.md, "The map in a browser").
  return {
    movements: useMemo(
      () => collection(movements, (m) => m.route as Geometry, (m) => ({
        id: m.id, ref: m.ref, name: m.name, status: m.status, start: ms(m.window.start, FAR_PAST), end: ms(m.window.end, FAR_FUTURE),
      })),
      [movements],
    ),
    activities: useMemo(
      () => collection(activities, (a) => a.geometry as Geometry, (a) => ({
        id: a.id, ref: a.ref, kind: a.kind, status: a.status, start: ms(a.window.start, FAR_PAST), end: ms(a.window.end, FAR_FUTURE),
        colour: colour.get(a.partyId) ?? '#b91c1c',
      })),
      [activities, colour],
    ),
    zones: useMemo(
      () => collection(zones, (z) => z.geometry as Geometry, (z) => ({ id: z.id, name: z.name, kind: z.kind, inForce: forceIds.has(z.id) })),
      [zones, forceIds],
    ),
    controlAreas: useMemo(
      () => collection(controlAreas, (c) => c.geometry as Geometry, (c) => ({
        id: c.id, partyId: c.partyId, colour: colour.get(c.partyId) ?? '#64748b', from: ms(c.validFrom, FAR_PAST), to: ms(c.validTo, FAR_FUTURE),
      })),
      [controlAreas, colour],
    ),
    conflicts: useMemo(
      () => collection(conflicts, (c) => c.area as Geometry | null, (c) => ({
        id: c.id, ref: c.ref, severity: c.severity, status: c.status,
        start: ms(c.during[0]?.[0], FAR_PAST), end: ms(c.during.at(-1)?.[1], FAR_FUTURE),
      })),
      [conflicts],
    ),
  }
}
