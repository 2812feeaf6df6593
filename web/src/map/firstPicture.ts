import type { Map as MapLibre } from 'maplibre-gl'

/** How long a new map waits for its whole first picture before it draws what it has. */
export const FIRST_PICTURE_WAIT_MS = 3000

interface Painter {
  render: (...args: unknown[]) => unknown
}

/**
 * Keeps a new map from drawing until its first picture is complete: the basemap and every overlay loaded (`ready`,
 * and MapLibre's own `loaded()`), or FIRST_PICTURE_WAIT_MS passed. The caller asks for a frame
 * (`triggerRepaint`) when `ready` turns true.
 *
 * Why: MapLibre draws a frame whenever another tile arrives, and a map of a dozen sources gets its tiles over many
 * frames. On a device without a GPU (software WebGL) each frame costs 50–250 ms of CPU, taken from the worker that is
 * still tiling the rest, so the partial pictures delay the complete one by a second or more (docs/PERFORMANCE.md,
 * "The map in a browser"). Tiles are still requested and placed in every frame; only the drawing waits.
 *
 * MapLibre has no public switch for this: the map's painter (internal, but stable across MapLibre's versions) is
 * wrapped until the first picture is drawn. Should a MapLibre upgrade remove it, the map simply draws as before.
 */
export function drawWhenComplete(map: MapLibre, ready: () => boolean, drawn: () => void): void {
  const painter = (map as unknown as { painter?: Partial<Painter> }).painter
  const render = painter?.render
  if (!painter || typeof render !== 'function') return drawn()
  let waited = false
  const deadline = setTimeout(() => {
    waited = true
    map.triggerRepaint()
  }, FIRST_PICTURE_WAIT_MS)
  map.once('remove', () => clearTimeout(deadline))
  painter.render = function (this: unknown, ...args: unknown[]) {
    // A tile that arrives, or the caller once `ready` turns true, asks for the next frame.
    if (!waited && !(ready() && map.loaded())) return
    clearTimeout(deadline)
    painter.render = render
    drawn()
    return render.apply(this, args)
  }
}
