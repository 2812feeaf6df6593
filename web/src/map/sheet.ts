import type { LngLat, LngLatBoundsLike, Map as MapLibre } from 'maplibre-gl'

interface Box {
  left: number
  right: number
  top: number
  bottom: number
}

/**
 * How much of the map the side panel hides from below, in pixels: on a phone the panel is a sheet across the map's
 * lower part (styles.css); beside the map, as on a wider screen, it hides none of it.
 */
export function coveredBelow(map: Box, panel: Box): number {
  const across = Math.min(map.right, panel.right) - Math.max(map.left, panel.left) >= map.right - map.left - 1
  const reachesBottom = panel.bottom >= map.bottom - 1
  return across && reachesBottom ? Math.max(0, Math.round(map.bottom - Math.max(panel.top, map.top))) : 0
}

/**
 * Keeps the map's padding equal to what the sheet hides, so that fitting, flying to a record and the map's centre all
 * use the part one can see. Until the map is first moved, `home` (the theatre) is kept fitted in that part however the
 * sheet settles; after that, opening, closing or growing the sheet leaves the picture where it is, and only the part of
 * it taken as the middle moves. Answers a function that stops following.
 */
export function followSheet(map: MapLibre, panel: Element, home: LngLatBoundsLike): () => void {
  // Where the last fit left the camera: the map is still "at home" while it stays there (a resize keeps it).
  let fitted: { zoom: number; center: LngLat } | undefined
  const atHome = () => !fitted || (map.getZoom() === fitted.zoom && map.getCenter().distanceTo(fitted.center) < 1)
  const apply = () => {
    const bottom = coveredBelow(map.getContainer().getBoundingClientRect(), panel.getBoundingClientRect())
    if (bottom === map.getPadding().bottom) return
    const padding = { top: 0, right: 0, left: 0, bottom }
    if (atHome()) {
      map.setPadding(padding)
      map.fitBounds(home, { animate: false })
      fitted = { zoom: map.getZoom(), center: map.getCenter() }
    } else {
      // The place now drawn where the new middle will be becomes the centre.
      const { clientWidth: width, clientHeight: height } = map.getContainer()
      map.jumpTo({ center: map.unproject([width / 2, (height - bottom) / 2]), padding })
    }
  }
  const observer = new ResizeObserver(apply)
  observer.observe(panel)
  observer.observe(map.getContainer())
  return () => observer.disconnect()
}
