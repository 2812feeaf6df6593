import type { Map as MapLibre } from 'maplibre-gl'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FIRST_PICTURE_WAIT_MS, drawWhenComplete } from './firstPicture.ts'

/** What drawWhenComplete uses of a MapLibre map: its painter, loaded(), triggerRepaint() and its `remove` event. */
function fakeMap() {
  const state = { loaded: false, repaints: 0, drawn: 0 }
  const painter = { render: () => void state.drawn++ }
  const removed: (() => void)[] = []
  const map = {
    painter,
    loaded: () => state.loaded,
    triggerRepaint: () => void state.repaints++,
    once: (event: string, listener: () => void) => void (event === 'remove' && removed.push(listener)),
    remove: () => removed.forEach((l) => l()),
  }
  // What MapLibre does on each frame: ask the painter to draw.
  const frame = () => painter.render()
  return { map: map as unknown as MapLibre, state, frame }
}

describe('drawWhenComplete', () => {
  beforeEach(() => void vi.useFakeTimers())
  afterEach(() => void vi.useRealTimers())

  it('draws nothing until the map has loaded and the caller is ready, then draws every frame', () => {
    const { map, state, frame } = fakeMap()
    let ready = false
    const drawn = vi.fn()
    drawWhenComplete(map, () => ready, drawn)
    frame()
    state.loaded = true
    frame()
    expect(state.drawn).toBe(0)
    ready = true
    state.loaded = false
    frame()
    expect(state.drawn).toBe(0)
    state.loaded = true
    frame()
    frame()
    expect(state.drawn).toBe(2)
    expect(drawn).toHaveBeenCalledTimes(1)
    // Once drawn, the map draws as it always does, loaded or not.
    state.loaded = false
    frame()
    expect(state.drawn).toBe(3)
  })

  it('draws what it has once the wait is over, and asks for that frame itself', () => {
    const { map, state, frame } = fakeMap()
    const drawn = vi.fn()
    drawWhenComplete(map, () => false, drawn)
    vi.advanceTimersByTime(FIRST_PICTURE_WAIT_MS - 1)
    frame()
    expect(state.drawn).toBe(0)
    vi.advanceTimersByTime(1)
    expect(state.repaints).toBe(1)
    frame()
    expect(state.drawn).toBe(1)
    expect(drawn).toHaveBeenCalledTimes(1)
  })

  it('asks nothing of a map removed while it waited', () => {
    const { map, state } = fakeMap()
    drawWhenComplete(map, () => false, () => {})
    map.remove()
    vi.advanceTimersByTime(FIRST_PICTURE_WAIT_MS)
    expect(state.repaints).toBe(0)
  })

  it('leaves a map without the painter it knows to draw as it always did', () => {
    const drawn = vi.fn()
    drawWhenComplete({ loaded: () => false } as unknown as MapLibre, () => false, drawn)
    expect(drawn).toHaveBeenCalledTimes(1)
  })
})
