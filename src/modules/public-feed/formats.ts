import { csvLine } from '../compliance/csv.ts'
import type { FeedItem } from './service.ts'

/** Published incidents as GeoJSON (RFC 7946): one Feature per incident, its location as reported. */
export const incidentsGeoJson = (items: FeedItem[]) => ({
  type: 'FeatureCollection' as const,
  features: items.map(({ location, ...properties }) => ({ type: 'Feature' as const, id: properties.ref, geometry: location, properties })),
})

const range = (r: { min: number; max: number } | null, end: 'min' | 'max') => r?.[end] ?? ''

/** Published incidents as CSV, one row each; a point's coordinates in columns, an area's centre left empty. */
export function incidentsCsv(items: FeedItem[]): string {
  const header = ['ref', 'occurred_at', 'occurred_until', 'occurred_precision', 'longitude', 'latitude', 'location_precision', 'place', 'event_type', 'category', 'alleged', 'killed_min', 'killed_max', 'injured_min', 'injured_max', 'description', 'sources', 'attribution', 'published_at']
  return (
    csvLine(header) +
    items
      .map((i) => {
        const point = (i.location as { type: string; coordinates: number[] }).type === 'Point' ? (i.location as { coordinates: number[] }).coordinates : []
        return csvLine([
          i.ref, i.occurredAt, i.occurredUntil, i.occurredPrecision, point[0], point[1], i.locationPrecision, i.placeName, i.eventType, i.categoryLabel, i.alleged,
          range(i.killed, 'min'), range(i.killed, 'max'), range(i.injured, 'min'), range(i.injured, 'max'), i.description,
          i.sources.map((s) => [s.publisher, s.title, s.url].filter(Boolean).join(': ')).join(' | '), i.attribution, i.publishedAt,
        ])
      })
      .join('')
  )
}
