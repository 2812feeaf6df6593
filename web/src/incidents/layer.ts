import { useQuery } from '@tanstack/react-query'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { listAll } from '../api/lists.ts'
import { circlePaint, fillPaint, linePaint } from '../map/paint.ts'
import { useTheatre } from '../app/theatre.tsx'
import { EVENT_TYPES, OTHER_COLOUR, type Incident } from './shared.tsx'

/** The map source the incident layers draw from. */
export const INCIDENT_SOURCE = 'incidents'
/** How long before the slider's moment an incident stays on the map. */
export const INCIDENT_WINDOW_MS = 7 * 24 * 3_600_000

/** The query key of the layer's data; it contains 'incidents', so the live stream refreshes it. */
export const incidentLayerKey = (theatre: string) => ['layer', theatre, 'incidents']

/**
 * The incidents the member may see as GeoJSON: their reported location (a point, or an area), with the times as
 * numbers (ms) so the time slider filters them on the GPU. Merged reports are left out: their survivor is drawn.
 */
export function useIncidentFeatures(): FeatureCollection {
  const { theatre } = useTheatre()
  const q = useQuery({
    queryKey: incidentLayerKey(theatre.code),
    queryFn: () => listAll('/api/v1/theatres/{theatre}/incidents', { theatre: theatre.code }),
  })
  return useMemo(() => toFeatures(q.data ?? []), [q.data])
}

function toFeatures(incidents: Incident[]): FeatureCollection {
  const features: Feature[] = []
  for (const i of incidents) {
    if (i.status === 'merged') continue
    features.push({
      type: 'Feature',
      geometry: i.location as Geometry,
      properties: {
        id: i.id,
        ref: i.ref,
        category: i.category,
        eventType: i.eventType,
        status: i.status,
        verified: i.status === 'verified',
        occurredStart: new Date(i.occurredWindow.start).getTime(),
        occurredEnd: new Date(i.occurredWindow.end).getTime(),
      },
    })
  }
  return { type: 'FeatureCollection', features }
}

const eventColour = ['match', ['get', 'eventType'], ...Object.entries(EVENT_TYPES).flatMap(([k, v]) => [k, v.colour]), OTHER_COLOUR] as unknown as ExpressionSpecification

/** Shown when it may have happened within the 7 days up to the slider's moment (global-state 'at', ms). */
const recentAt: ExpressionSpecification = [
  'all',
  ['<=', ['get', 'occurredStart'], ['global-state', 'at']],
  ['>=', ['get', 'occurredEnd'], ['-', ['global-state', 'at'], INCIDENT_WINDOW_MS]],
]
const isArea: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]]

/** The style layers of the incidents (add them after the other overlays, so they draw on top), over the source INCIDENT_SOURCE: areas, then points (a ring when unverified). */
export const INCIDENT_LAYERS: LayerSpecification[] = [
  { id: 'incident-area-fill', type: 'fill', source: INCIDENT_SOURCE, filter: ['all', recentAt, isArea], paint: fillPaint(eventColour, 0.2) },
  {
    id: 'incident-area-line',
    type: 'line',
    source: INCIDENT_SOURCE,
    filter: ['all', recentAt, isArea],
    paint: linePaint({ colour: eventColour, width: 2, dasharray: ['case', ['get', 'verified'], ['literal', [1, 0]], ['literal', [2, 1]]] }),
  },
  {
    id: 'incident-point',
    type: 'circle',
    source: INCIDENT_SOURCE,
    filter: ['all', recentAt, ['==', ['geometry-type'], 'Point']],
    paint: circlePaint({ colour: ['case', ['get', 'verified'], eventColour, '#ffffff'], radius: 7, strokeColour: eventColour, strokeWidth: ['case', ['get', 'verified'], 2, 3.5] }),
  },
]

/** Layers whose features open the incident when clicked (the map navigates to /t/<theatre>/incidents/incident/<id>). */
export const INCIDENT_CLICKABLE = ['incident-point', 'incident-area-fill']

/**
 * The legend's key to the layer, in the reader's language: one entry per event type, [label, colour], and a note on
 * how unverified incidents and the time window are drawn.
 */
export function useIncidentLegend(): { entries: [string, string][]; note: string } {
  const { t } = useTranslation('incidents')
  return {
    entries: Object.values(EVENT_TYPES).map((e): [string, string] => [t(`eventType.${e.key}`), e.colour]),
    note: t('layer.note'),
  }
}
