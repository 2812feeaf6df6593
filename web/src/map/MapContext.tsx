import type { Map as MapLibre } from 'maplibre-gl'
import { createContext, useContext, useState, type ReactNode } from 'react'
import { LAYER_GROUPS, type LayerGroup } from './layers.ts'

interface MapState {
  map: MapLibre | undefined
  setMap(map: MapLibre | undefined): void
  visible: Record<LayerGroup, boolean>
  toggle(group: LayerGroup): void
  /** Set while a form draws on the map, so clicks on features do not open records meanwhile. */
  drawing: boolean
  setDrawing(drawing: boolean): void
}

const MapContext = createContext<MapState | null>(null)

export function MapProvider({ children }: { children: ReactNode }) {
  const [map, setMap] = useState<MapLibre>()
  const [drawing, setDrawing] = useState(false)
  const [visible, setVisible] = useState(() => Object.fromEntries(LAYER_GROUPS.map((g) => [g, true])) as Record<LayerGroup, boolean>)
  const toggle = (g: LayerGroup) => setVisible((v) => ({ ...v, [g]: !v[g] }))
  return <MapContext.Provider value={{ map, setMap, visible, toggle, drawing, setDrawing }}>{children}</MapContext.Provider>
}

export function useMap(): MapState {
  const m = useContext(MapContext)
  if (!m) throw new Error('useMap outside MapProvider')
  return m
}
