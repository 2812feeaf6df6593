import type { Geometry } from 'geojson'
import type { GeoJSONSource, Map as MapLibre } from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import { useMap } from '../map/MapContext.tsx'
import { circlePaint, fillPaint, linePaint } from '../map/paint.ts'
import { bounds } from './geometry.ts'

const SOURCE = 'record-focus'
const FOCUS = '#f59e0b'
/** The layers that outline the record in focus (their source is added with them). */
export const FOCUS_LAYERS = [
  { id: 'record-focus-fill', type: 'fill', filter: ['==', ['geometry-type'], 'Polygon'], paint: fillPaint(FOCUS, 0.12) },
  { id: 'record-focus-line', type: 'line', filter: ['!=', ['geometry-type'], 'Point'], paint: linePaint({ colour: FOCUS, width: 4, opacity: 0.9 }) },
  {
    id: 'record-focus-point',
    type: 'circle',
    filter: ['==', ['geometry-type'], 'Point'],
    paint: circlePaint({ colour: 'rgba(0,0,0,0)', radius: 12, strokeColour: FOCUS, strokeWidth: 4 }),
  },
] as const

function ensureLayers(map: MapLibre) {
  if (map.getSource(SOURCE)) return
  map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } })
  for (const layer of FOCUS_LAYERS) map.addLayer({ ...layer, source: SOURCE } as never)
}

function removeLayers(map: MapLibre) {
  // The map may be gone already (a theatre change rebuilds it).
  try {
    for (const layer of FOCUS_LAYERS) if (map.getLayer(layer.id)) map.removeLayer(layer.id)
    if (map.getSource(SOURCE)) map.removeSource(SOURCE)
  } catch {
    /* nothing to remove */
  }
}

/** Outlines the open record on the map, and flies there once per record (not on every refresh of it). */
export function useFocus(id: string, geometry: Geometry | undefined) {
  const { map } = useMap()
  const flown = useRef<string | undefined>(undefined)

  useEffect(() => {
    if (!map || !geometry) return
    ensureLayers(map)
    ;(map.getSource(SOURCE) as GeoJSONSource).setData({ type: 'Feature', geometry, properties: {} })
    if (flown.current === id) return
    flown.current = id
    const b = bounds(geometry)
    if (!b) return
    if (b[0][0] === b[1][0] && b[0][1] === b[1][1]) map.flyTo({ center: b[0], zoom: Math.max(map.getZoom(), 12), duration: 800 })
    else map.fitBounds(b, { padding: 60, maxZoom: 13, duration: 800 })
  }, [map, id, JSON.stringify(geometry)])

  useEffect(
    () => () => {
      if (map) removeLayers(map)
    },
    [map],
  )
}
