import { useQuery } from '@tanstack/react-query'
import type { Geometry } from 'geojson'
import { api, ok } from '../api/client.ts'
import type { ItemOf } from '../api/lists.ts'
import { useTheatre } from '../app/theatre.tsx'
import type { Activity } from './ActivityForm.tsx'
import type { ControlArea } from './ControlAreaForm.tsx'
import type { Movement } from './MovementForm.tsx'
import type { Site } from './SiteForm.tsx'
import type { Zone } from './ZoneForm.tsx'

export type Conflict = ItemOf<'/api/v1/theatres/{theatre}/conflicts'>

/** A record of any kind the panel shows, tagged with its kind. */
export type AnyRecord =
  | { kind: 'site'; data: Site }
  | { kind: 'movement'; data: Movement }
  | { kind: 'activity'; data: Activity }
  | { kind: 'conflict'; data: Conflict }
  | { kind: 'zone'; data: Zone }
  | { kind: 'control_area'; data: ControlArea }

export const RECORD_KINDS = ['site', 'movement', 'activity', 'conflict', 'zone', 'control_area'] as const

async function fetchRecord(kind: string, theatre: string, id: string): Promise<AnyRecord> {
  const params = { params: { path: { theatre, id } } }
  switch (kind) {
    case 'site':
      return { kind, data: await ok(api.GET('/api/v1/theatres/{theatre}/sites/{id}', params)) }
    case 'movement':
      return { kind, data: await ok(api.GET('/api/v1/theatres/{theatre}/movements/{id}', params)) }
    case 'activity':
      return { kind, data: await ok(api.GET('/api/v1/theatres/{theatre}/activities/{id}', params)) }
    case 'conflict':
      return { kind, data: await ok(api.GET('/api/v1/theatres/{theatre}/conflicts/{id}', params)) }
    case 'zone':
      return { kind, data: await ok(api.GET('/api/v1/theatres/{theatre}/zones/{id}', params)) }
    case 'control_area':
      return { kind, data: await ok(api.GET('/api/v1/theatres/{theatre}/control-areas/{id}', params)) }
  }
  throw new Error(`unknown kind ${kind}`)
}

/** One record by kind and id; its key holds the id, so the live stream refreshes it when it changes. */
export function useRecord(kind: string, id: string) {
  const { theatre } = useTheatre()
  return useQuery({ queryKey: ['record', kind, id, theatre.code], queryFn: () => fetchRecord(kind, theatre.code, id), retry: false })
}

/** Where a record is on the map. */
export function geometryOf(r: AnyRecord): Geometry | undefined {
  switch (r.kind) {
    case 'site':
    case 'activity':
    case 'zone':
    case 'control_area':
      return r.data.geometry as Geometry
    case 'movement':
      return r.data.route as Geometry
    case 'conflict':
      return (r.data.area ?? undefined) as Geometry | undefined
  }
}
