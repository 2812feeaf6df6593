import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { collectionQuery } from '../map/queries.ts'
import { useTheatre } from './theatre.tsx'

/**
 * The theatre's actors, for every screen that names or picks one: the map's query (its colours and legend read it
 * too), fetched once and refreshed by the live stream. `name` is what lists show: the short name.
 */
export function useActors() {
  const { theatre } = useTheatre()
  const query = useQuery(collectionQuery('actors', theatre.code))
  const found = useMemo(() => {
    const list = query.data ?? []
    const byId = new Map(list.map((a) => [a.id, a]))
    const name = (id: string | null | undefined) => (id ? (byId.get(id)?.shortName ?? byId.get(id)?.name ?? id.slice(0, 8)) : '—')
    return { list, byId, name }
  }, [query.data])
  return { ...found, query }
}
