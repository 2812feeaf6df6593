import { useMap } from '../map/MapContext.tsx'
import { bboxOf } from './bbox.ts'

export { bboxOf, type Bbox } from './bbox.ts'

/** Flies the map to a geometry, leaving room for the panel that covers the lower part of a phone's screen. */
export function useFlyTo(): (geometry: unknown) => boolean {
  const { map } = useMap()
  return (geometry) => {
    const b = bboxOf(geometry)
    if (!b || !map) return false
    const phone = window.matchMedia('(max-width: 760px)').matches
    const padding = phone ? { top: 40, left: 30, right: 30, bottom: Math.round(window.innerHeight * 0.62) + 20 } : 60
    map.fitBounds([[b[0], b[1]], [b[2], b[3]]], { padding, maxZoom: 14, duration: 900 })
    return true
  }
}
