import * as maplibregl from 'maplibre-gl'
import type { GeoJSONSource, Map as MapLibre, VectorTileSource } from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { navigate } from '../app/router.ts'
import { useTheatre } from '../app/theatre.tsx'
import { builtinStyle, loadBasemapChoice, nameField } from './basemap.ts'
import { drawWhenComplete } from './firstPicture.ts'
import { CLICKABLE, LAYER_GROUPS, OVERLAY_LAYERS } from './layers.ts'
import { useMap } from './MapContext.tsx'
import { useOverlayGeojson, useOverlays } from './overlays.ts'
import { siteTileTemplates, siteTilesQuery } from './queries.ts'
import { followSheet } from './sheet.ts'
import { drawGlyphsLeftToRight } from './glyphs.ts'
import { PointerReadout } from './PointerReadout.tsx'
import { INCIDENT_CLICKABLE, INCIDENT_SOURCE, useIncidentFeatures } from '../incidents/layer.ts'

// MapLibre's worker is a separate module it finds beside its own file; bundled, it has to be told where the copy is.
maplibregl.setWorkerUrl(new URL(workerUrl, location.href).href)
// Start the workers while the app signs in and fetches the basemap, not once the map is made.
maplibregl.prewarm()
drawGlyphsLeftToRight()

const EMPTY = { type: 'FeatureCollection' as const, features: [] }

/** The basemap TRUCE_BASEMAP names (a style URL, or a PMTiles file the server serves), or the built-in offline one. */
async function basemapStyle(lang: string) {
  const data = await loadBasemapChoice()
  if (data?.kind === 'style') return data.url
  // Without the server's answer (it failed), the boundaries' tiles without a version: the server answers the current ones.
  const style = await builtinStyle(lang, data?.boundaries ?? { tiles: ['/api/v1/basemap/tiles/{z}/{x}/{y}.mvt'], maxzoom: 10, layers: [] })
  if (data?.kind === 'pmtiles') {
    const { Protocol } = await import('pmtiles')
    maplibregl.addProtocol('pmtiles', new Protocol().tile)
    style.sources.richer = { type: 'raster', url: `pmtiles://${new URL(data.url, location.href).href}`, tileSize: 256 }
    style.layers.splice(1, 0, { id: 'richer', type: 'raster', source: 'richer' })
  }
  return style
}

export function MapView() {
  const { t, i18n } = useTranslation('map')
  const { theatre, at } = useTheatre()
  const { setMap, visible, drawing } = useMap()
  const queries = useQueryClient()
  const container = useRef<HTMLDivElement>(null)
  const overlays = useOverlays()
  const geojson = useOverlayGeojson(overlays)
  const incidents = useIncidentFeatures()
  const drawingRef = useRef(drawing)
  drawingRef.current = drawing

  // The map with its style parsed: the overlays are added and given their data then, so that the basemap and the
  // overlays are tiled, drawn and first shown together instead of one after the other.
  const [styled, setStyled] = useState<MapLibre>()
  // Whether the first picture is drawn: until then the map says it is loading (firstPicture.ts).
  const [drawn, setDrawn] = useState(false)

  useEffect(() => {
    let created: MapLibre | undefined
    let unfollow: (() => void) | undefined
    let cancelled = false
    const [w, s, e, n] = theatre.bbox
    // The sites' tiles are named with their version from the start, so that the first tiles asked for are kept.
    const tiles = queries.ensureQueryData(siteTilesQuery(theatre.code)).catch(() => undefined)
    void Promise.all([basemapStyle(i18n.language), tiles]).then(([style, siteTiles]) => {
      if (cancelled || !container.current) return
      const m = new maplibregl.Map({
        container: container.current,
        style,
        bounds: [w, s, e, n],
        // The slider's moment when the map was asked for; the effect below follows it from then on.
        globalState: { at: at.getTime() },
        // Labels appear at once instead of fading in: each fading frame is drawn again, which a slow device pays for.
        fadeDuration: 0,
        attributionControl: { compact: true },
        locale: { 'NavigationControl.ZoomIn': t('zoomIn'), 'NavigationControl.ZoomOut': t('zoomOut'), 'NavigationControl.ResetBearing': t('resetBearing') },
      })
      created = m
      // On a phone the panel is a sheet over the map's lower part: the theatre is fitted above it.
      const panel = container.current.closest('.workspace')?.querySelector(':scope > .sidebar')
      if (panel) unfollow = followSheet(m, panel, [w, s, e, n])
      // Named moments of the first render, which the rendering benchmark reports (bench/web.ts).
      performance.mark('truce:map-created')
      setDrawn(false)
      drawWhenComplete(m, () => m.getContainer().dataset.loaded === 'true', () => setDrawn(true))
      m.addControl(new maplibregl.NavigationControl({ showCompass: false }), i18n.dir() === 'rtl' ? 'top-left' : 'top-right')
      m.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), i18n.dir() === 'rtl' ? 'bottom-right' : 'bottom-left')
      m.once('style.load', () => {
        performance.mark('truce:style-loaded')
        for (const id of ['controlAreas', 'zones', 'activities', 'movements', 'conflicts']) m.addSource(id, { type: 'geojson', data: EMPTY })
        // Clustered by the server (modules/sites/tiles.ts); `id` is the site's, for clicks and the paint's per-feature reads.
        const templates = siteTileTemplates(theatre.code, siteTiles)
        m.addSource('sites', { type: 'vector', tiles: templates, maxzoom: siteTiles?.maxzoom ?? 14, promoteId: 'id' })
        given.current.set(m, new Map([['sites', templates[0]]]))
        m.addSource(INCIDENT_SOURCE, { type: 'geojson', data: EMPTY })
        for (const group of LAYER_GROUPS) for (const layer of OVERLAY_LAYERS[group]) m.addLayer(layer)
        setStyled(m)
      })
      m.once('load', () => {
        for (const id of [...Object.keys(CLICKABLE), ...INCIDENT_CLICKABLE]) {
          m.on('mouseenter', id, () => (m.getCanvas().style.cursor = 'pointer'))
          m.on('mouseleave', id, () => (m.getCanvas().style.cursor = ''))
        }
        m.on('click', (ev) => {
          if (drawingRef.current) return
          const incident = m.queryRenderedFeatures(ev.point, { layers: INCIDENT_CLICKABLE })[0]
          if (incident) return navigate({ theatre: theatre.code, view: 'incidents', kind: 'incident', id: String(incident.properties.id) })
          const hit = m.queryRenderedFeatures(ev.point, { layers: Object.keys(CLICKABLE) })[0]
          if (hit) navigate({ theatre: theatre.code, view: 'record', kind: CLICKABLE[hit.layer.id], id: String(hit.properties.id) })
          const cluster = m.queryRenderedFeatures(ev.point, { layers: ['site-clusters'] })[0]
          if (cluster) m.easeTo({ center: ev.lngLat, zoom: m.getZoom() + 2 })
        })
        m.getCanvas().setAttribute('aria-label', t('mapLabel', { theatre: theatre.name }))
        // The end-to-end tests and the rendering benchmark drive the map through this handle.
        ;(window as unknown as { __truceMap?: MapLibre }).__truceMap = m
        setMap(m)
      })
    })
    return () => {
      cancelled = true
      unfollow?.()
      setStyled(undefined)
      setMap(undefined)
      created?.remove()
    }
    // The map is rebuilt for another theatre; a language change only relabels it (below).
  }, [theatre.code])

  useEffect(() => {
    if (!styled) return
    for (const id of ['governorate-labels', 'place-labels']) if (styled.getLayer(id)) styled.setLayoutProperty(id, 'text-field', ['get', nameField(i18n.language)])
  }, [styled, i18n.language])

  // What each source was last given: setData copies the collection to MapLibre's worker, which tiles all of it again,
  // so only a collection that changed is given again.
  const given = useRef(new WeakMap<MapLibre, Map<string, unknown>>())
  const { movements, activities, zones, controlAreas, conflicts } = geojson
  const { siteTiles } = overlays
  useEffect(() => {
    if (!styled) return
    if (!given.current.has(styled)) given.current.set(styled, new Map())
    const last = given.current.get(styled)!
    // The sites' tiles move to a new version when a site changes: only then are they asked for again.
    const templates = siteTileTemplates(theatre.code, siteTiles)
    if (siteTiles && last.get('sites') !== templates[0]) {
      ;(styled.getSource('sites') as VectorTileSource | undefined)?.setTiles(templates)
      last.set('sites', templates[0])
    }
    for (const [id, data] of Object.entries({ movements, activities, zones, controlAreas, conflicts })) {
      if (last.get(id) === data) continue
      last.set(id, data)
      ;(styled.getSource(id) as GeoJSONSource | undefined)?.setData(data ?? EMPTY)
    }
    styled.getContainer().dataset.loaded = overlays.loading ? 'false' : 'true'
    if (!overlays.loading) styled.triggerRepaint()
  }, [styled, siteTiles, movements, activities, zones, controlAreas, conflicts, overlays.loading])

  useEffect(() => {
    ;(styled?.getSource(INCIDENT_SOURCE) as GeoJSONSource | undefined)?.setData(incidents)
  }, [styled, incidents])

  useEffect(() => {
    styled?.setGlobalStateProperty('at', at.getTime())
  }, [styled, at])

  useEffect(() => {
    if (!styled) return
    for (const group of LAYER_GROUPS) for (const layer of OVERLAY_LAYERS[group]) styled.setLayoutProperty(layer.id, 'visibility', visible[group] ? 'visible' : 'none')
  }, [styled, visible])

  return (
    <div className="map-wrap">
      <div ref={container} className="map" data-testid="map" />
      {!drawn && (
        <p className="map-loading" role="status">
          {t('loadingMap')}
        </p>
      )}
      <PointerReadout />
    </div>
  )
}
