import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { INCIDENT_LAYERS } from '../incidents/layer.ts'
import { FONT } from './basemap.ts'
import { circlePaint, fillPaint, linePaint, withAlpha } from './paint.ts'

/** The layer of the sites' vector tiles (the server's sites/tiles.ts names it). */
export const SITE_LAYER = 'sites'

/** The overlay groups a member can switch on and off; each maps to the style layers drawn for it. */
export const LAYER_GROUPS = ['zones', 'controlAreas', 'sites', 'movements', 'activities', 'conflicts', 'incidents'] as const
export type LayerGroup = (typeof LAYER_GROUPS)[number]

export const ZONE_COLOURS: Record<string, string> = {
  ceasefire: '#2563eb',
  pull_back: '#7c3aed',
  humanitarian_corridor: '#059669',
  no_fly: '#0891b2',
  exclusion: '#dc2626',
}
export const SEVERITY_COLOURS: Record<string, string> = { critical: '#b91c1c', high: '#ea580c', medium: '#ca8a04' }
export const SITE_COLOUR = '#1d4ed8'
export const MOVEMENT_COLOUR = '#0f766e'

const zoneColour: ExpressionSpecification = ['match', ['get', 'kind'], ...Object.entries(ZONE_COLOURS).flat(), '#475569'] as unknown as ExpressionSpecification
const severityColour: ExpressionSpecification = ['match', ['get', 'severity'], ...Object.entries(SEVERITY_COLOURS).flat(), '#b91c1c'] as unknown as ExpressionSpecification

/** A feature is live at the slider's moment when its [start, end) holds it; the moment is a global-state value. */
const liveAt = (start: string, end: string): ExpressionSpecification => [
  'all',
  ['<=', ['get', start], ['global-state', 'at']],
  ['>', ['get', end], ['global-state', 'at']],
]

// Sites and their clusters: one paint for both layers.
const siteCircle = (opacity?: number) =>
  circlePaint({
    colour: ['case', ['==', ['get', 'status'], 'draft'], '#94a3b8', SITE_COLOUR],
    radius: ['case', ['has', 'point_count'], ['step', ['get', 'point_count'], 14, 50, 18, 500, 24, 5000, 30], 7],
    strokeColour: '#ffffff',
    strokeWidth: 2,
    opacity,
  })

export const OVERLAY_LAYERS: Record<LayerGroup, LayerSpecification[]> = {
  controlAreas: [
    { id: 'control-fill', type: 'fill', source: 'controlAreas', filter: liveAt('from', 'to'), paint: fillPaint(['get', 'colour'], 0.14) },
    { id: 'control-line', type: 'line', source: 'controlAreas', filter: liveAt('from', 'to'), paint: linePaint({ colour: ['get', 'colour'], width: 1.5, opacity: 0.7 }) },
  ],
  zones: [
    {
      id: 'zone-fill',
      type: 'fill',
      source: 'zones',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: fillPaint(withAlpha(zoneColour, ['case', ['get', 'inForce'], 0.22, 0.05])),
    },
    {
      id: 'zone-line',
      type: 'line',
      source: 'zones',
      paint: linePaint({
        colour: zoneColour,
        width: ['case', ['==', ['geometry-type'], 'LineString'], 6, 2],
        opacity: ['case', ['get', 'inForce'], 0.9, 0.35],
        dasharray: ['case', ['get', 'inForce'], ['literal', [1, 0]], ['literal', [2, 2]]],
      }),
    },
  ],
  activities: [
    { id: 'activity-fill', type: 'fill', source: 'activities', filter: ['all', liveAt('start', 'end'), ['==', ['get', 'status'], 'declared']], paint: fillPaint(['get', 'colour'], 0.25) },
    { id: 'activity-line', type: 'line', source: 'activities', filter: ['==', ['get', 'status'], 'declared'], paint: linePaint({ colour: ['get', 'colour'], width: 2, dasharray: [3, 1] }) },
  ],
  movements: [
    { id: 'movement-casing', type: 'line', source: 'movements', filter: liveAt('start', 'end'), paint: linePaint({ colour: '#ffffff', width: 7 }) },
    {
      id: 'movement-line',
      type: 'line',
      source: 'movements',
      paint: linePaint({ colour: withAlpha(MOVEMENT_COLOUR, ['case', liveAt('start', 'end'), 1, 0.35]), width: 3.5 }),
    },
  ],
  sites: [
    { id: 'site-clusters', type: 'circle', source: 'sites', 'source-layer': SITE_LAYER, filter: ['has', 'point_count'], paint: siteCircle(0.85) },
    {
      id: 'site-cluster-count',
      type: 'symbol',
      source: 'sites',
      'source-layer': SITE_LAYER,
      filter: ['has', 'point_count'],
      layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': [FONT], 'text-size': 12 },
      paint: { 'text-color': '#ffffff' },
    },
    { id: 'site-point', type: 'circle', source: 'sites', 'source-layer': SITE_LAYER, filter: ['!', ['has', 'point_count']], paint: siteCircle() },
    {
      id: 'site-label',
      type: 'symbol',
      source: 'sites',
      'source-layer': SITE_LAYER,
      filter: ['!', ['has', 'point_count']],
      minzoom: 10,
      layout: { 'text-field': ['get', 'name'], 'text-font': [FONT], 'text-size': 12, 'text-offset': [0, 1.2], 'text-anchor': 'top' },
      paint: { 'text-color': '#1e3a8a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ],
  conflicts: [
    { id: 'conflict-fill', type: 'fill', source: 'conflicts', filter: ['in', ['get', 'status'], ['literal', ['open', 'acknowledged']]], paint: fillPaint(severityColour, 0.45) },
    { id: 'conflict-line', type: 'line', source: 'conflicts', filter: ['in', ['get', 'status'], ['literal', ['open', 'acknowledged']]], paint: linePaint({ colour: severityColour, width: 2.5 }) },
  ],
  incidents: INCIDENT_LAYERS,
}

/** Layers whose features open a record when clicked, and the record kind they hold. */
export const CLICKABLE: Record<string, string> = {
  'site-point': 'site',
  'movement-line': 'movement',
  'activity-fill': 'activity',
  'conflict-fill': 'conflict',
  'zone-fill': 'zone',
  'zone-line': 'zone',
}
