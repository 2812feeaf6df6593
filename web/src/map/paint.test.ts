import { createPropertyExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec'
import type { LayerSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { INCIDENT_LAYERS } from '../incidents/layer.ts'
import { FOCUS_LAYERS } from '../records/useFocus.ts'
import { basemapLayers } from './basemap.ts'
import { OVERLAY_LAYERS } from './layers.ts'
import { linePaint, perFeature } from './paint.ts'

const spec = (type: string, property: string) => (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${type}`][property]

function expression(type: string, property: string, value: unknown) {
  const parsed = createPropertyExpression(value, property, spec(type, property))
  if (parsed.result === 'error') throw new Error(`${type} ${property}: ${parsed.value.map((e) => e.message).join('; ')}`)
  return parsed.value
}

/** The paint properties a layer reads per feature: what decides which GPU program MapLibre compiles for it. */
function perFeatureProperties(layer: LayerSpecification): string[] {
  const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {}
  return Object.entries(paint)
    .filter(([property, value]) => ['source', 'composite'].includes(expression(layer.type, property, value).kind))
    .map(([property]) => property)
    .sort()
}

describe('map paint', () => {
  it('gives every layer of a type the same per-feature properties, so the map needs one GPU program per type', () => {
    const layers = [...basemapLayers('en'), ...Object.values(OVERLAY_LAYERS).flat(), ...INCIDENT_LAYERS, ...(FOCUS_LAYERS as unknown as LayerSpecification[])]
    const byType = new Map<string, Map<string, string[]>>()
    for (const layer of layers) {
      const sets = byType.get(layer.type) ?? new Map<string, string[]>()
      byType.set(layer.type, sets)
      const key = perFeatureProperties(layer).join(' ')
      sets.set(key, [...(sets.get(key) ?? []), layer.id])
    }
    for (const [type, sets] of byType) expect([...sets.entries()], `${type} layers read different properties per feature`).toHaveLength(1)
    expect([...byType.get('line')!.keys()]).toEqual(['line-color line-dasharray line-opacity line-width'])
    expect([...byType.get('fill')!.keys()]).toEqual(['fill-color'])
  })

  it('reads a constant per feature and gives every feature that constant', () => {
    const colour = expression('fill', 'fill-color', perFeature('#f3f1ea'))
    expect(colour.kind).toBe('source')
    const feature = { type: 'Point', properties: {}, id: 7 } as never
    expect(colour.evaluate({ zoom: 6 }, feature).toString()).toBe(expression('fill', 'fill-color', '#f3f1ea').evaluate({ zoom: 6 }).toString())
    const dashes = expression('line', 'line-dasharray', perFeature([3, 1]))
    expect(dashes.evaluate({ zoom: 6 }, feature)).toEqual([3, 1])
  })

  it('keeps an expression that already varies per feature as it is, and draws solid lines without gaps', () => {
    const inForce = ['case', ['get', 'inForce'], 0.9, 0.35] as never
    expect(perFeature(inForce)).toBe(inForce)
    expect(expression('line', 'line-dasharray', linePaint({ colour: '#000', width: 1 })['line-dasharray']).evaluate({ zoom: 6 }, { type: 'LineString', properties: {} } as never)).toEqual([1, 0])
  })
})
