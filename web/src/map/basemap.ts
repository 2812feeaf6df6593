import type { FeatureCollection } from 'geojson'
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl'
import { api } from '../api/client.ts'
import type { paths } from '../api/schema'
import { fillPaint, linePaint } from './paint.ts'
import arabic from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url'
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url'
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url'

export const FONT = 'Noto Sans Regular'

/** Where a place label's name comes from in each language; Russian readers get the English (Latin) name. */
export const nameField = (lang: string) => (lang === 'ar' ? 'ar' : 'en')

const absolute = (url: string) => new URL(url, location.href).href

// Fonts are served by Truce itself: MapLibre shapes labels with these files (Arabic joined and right to left), so the
// map needs no glyph server and no internet.
const fontFaces = () => ({
  [FONT]: [
    { url: absolute(latin), 'unicode-range': ['U+0000-024F', 'U+1E00-1EFF', 'U+2000-206F', 'U+20AC'] },
    { url: absolute(cyrillic), 'unicode-range': ['U+0400-052F'] },
    { url: absolute(arabic), 'unicode-range': ['U+0600-06FF', 'U+0750-077F', 'U+08A0-08FF', 'U+FB50-FDFF', 'U+FE70-FEFF'] },
  ],
})

async function json<T>(url: string): Promise<T> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`${url}: ${res.status}`)
  return res.json() as Promise<T>
}

/** A load made once and shared by every caller; forgotten when it fails, so the next caller tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined
  return () => (p ??= load().catch((e) => ((p = undefined), Promise.reject(e))))
}

export interface Place {
  en: string
  ar: string
  kind: string
  lon: number
  lat: number
  rank: number
  aliases: string[]
}

/** The gazetteer the basemap labels and the search box share (governorates, districts, sub-districts, crossings). */
export const loadPlaces = once(() => json<Place[]>('/basemap/places.json'))
/** Which basemap the server was told to use (TRUCE_BASEMAP), or the built-in one. */
export const loadBasemapChoice = once(async () => (await api.GET('/api/v1/basemap')).data)

/** Starts every file the map's first picture needs, before the page knows it will draw one: the map is the first screen. */
export function prefetchBasemap() {
  for (const load of [loadPlaces, loadBasemapChoice]) load().catch(() => {})
}

/** Where the built-in basemap's boundaries are cut into tiles (the server's `GET /api/v1/basemap` names them). */
export type Boundaries = Extract<paths['/api/v1/basemap']['get']['responses'][200]['content']['application/json'], { kind: 'builtin' }>['boundaries']

/**
 * The built-in offline basemap: Natural Earth countries and OCHA governorates and districts as vector tiles the server
 * cuts (only what is drawn is fetched, and the worker parses it), OpenSyria place names.
 */
export async function builtinStyle(lang: string, boundaries: Boundaries): Promise<StyleSpecification> {
  const places = await loadPlaces()
  const labels: FeatureCollection = {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { en: p.en, ar: p.ar, kind: p.kind, rank: p.rank },
    })),
  }
  return {
    version: 8,
    'font-faces': fontFaces(),
    sources: {
      boundaries: { type: 'vector', tiles: boundaries.tiles.map((t) => decodeURI(absolute(t))), maxzoom: boundaries.maxzoom, attribution: 'Natural Earth · OCHA COD-AB (CC BY-IGO)' },
      places: { type: 'geojson', data: labels, attribution: 'OpenSyria (CC BY 4.0)' },
    },
    layers: basemapLayers(lang),
  }
}

/** The built-in basemap's style layers, labelled in `lang`. */
export function basemapLayers(lang: string): LayerSpecification[] {
  const name: ExpressionSpecification = ['get', nameField(lang)]
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': '#cfe0ea' } },
    // The overlays' paint (paint.ts): the basemap adds no GPU program of its own.
    { id: 'land', type: 'fill', source: 'boundaries', 'source-layer': 'countries', paint: fillPaint('#f3f1ea') },
    { id: 'borders', type: 'line', source: 'boundaries', 'source-layer': 'countries', paint: linePaint({ colour: '#9a9488', width: 1 }) },
    {
      id: 'districts',
      type: 'line',
      source: 'boundaries',
      'source-layer': 'districts',
      minzoom: 7,
      paint: linePaint({ colour: '#b8b2a4', width: 0.6, dasharray: [3, 2] }),
    },
    { id: 'governorates', type: 'line', source: 'boundaries', 'source-layer': 'governorates', paint: linePaint({ colour: '#8a8476', width: 1.2 }) },
    {
      id: 'governorate-labels',
      type: 'symbol',
      source: 'places',
      filter: ['==', ['get', 'kind'], 'governorate'],
      maxzoom: 8,
      layout: { 'text-field': name, 'text-font': [FONT], 'text-size': 13, 'text-transform': 'uppercase', 'text-letter-spacing': 0.05 },
      paint: { 'text-color': '#6b655a', 'text-halo-color': '#f3f1ea', 'text-halo-width': 1.5 },
    },
    {
      id: 'place-labels',
      type: 'symbol',
      source: 'places',
      filter: ['in', ['get', 'kind'], ['literal', ['subdistrict', 'border_crossing', 'airport']]],
      minzoom: 7,
      layout: {
        'text-field': name,
        'text-font': [FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, 11, 11, 14],
        'symbol-sort-key': ['-', 0, ['get', 'rank']],
      },
      paint: { 'text-color': '#3a372f', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ]
}
