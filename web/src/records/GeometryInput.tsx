import type { Geometry } from 'geojson'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TerraDraw, TerraDrawLineStringMode, TerraDrawPointMode, TerraDrawPolygonMode, type GeoJSONStoreFeatures } from 'terra-draw'
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter'
import { ApiProblem } from '../api/client.ts'
import { useMap } from '../map/MapContext.tsx'
import { parseGeoJson, pointText, positionCount, previewPoint, type Shape } from './geometry.ts'
import { Field } from './kit.tsx'

const MODE: Record<Shape, string> = { point: 'point', line: 'linestring', area: 'polygon' }
const INK = '#7c3aed'

/** Coordinates to 6 decimals (about 0.1 m): what a click can mean, without terra-draw's float noise. */
const round = (g: Geometry): Geometry => JSON.parse(JSON.stringify(g, (_k, v) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v)))

/** The features terra-draw shows for a geometry typed or pasted (a MultiPolygon as its polygons). */
function featuresOf(g: Geometry, mode: string): GeoJSONStoreFeatures[] {
  const parts: Geometry[] = g.type === 'MultiPolygon' ? g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates })) : [g]
  return parts.map((geometry) => ({ type: 'Feature', geometry, properties: { mode } }) as GeoJSONStoreFeatures)
}

/**
 * A geometry field: draw it on the map (terra-draw: a click places a point; clicks make a line or an area) or type it —
 * a point as "lat, lon", DMS or MGRS, sent to the API as typed; a line or an area as GeoJSON. `value` is that text.
 */
export function GeometryInput(props: {
  shape: Shape
  label: string
  name: string
  value: string
  onChange(text: string): void
  problem?: unknown
  /** Nothing was drawn or typed when the form was submitted: says that the field is required. */
  missing?: boolean
  /** Start in drawing mode (new records). */
  autoDraw?: boolean
}) {
  const { t } = useTranslation('records')
  const { map, setDrawing } = useMap()
  const [active, setActive] = useState(!!props.autoDraw)
  const draw = useRef<TerraDraw>(undefined)
  const fromDraw = useRef<string | undefined>(undefined)
  const onChange = useRef(props.onChange)
  onChange.current = props.onChange
  const mode = MODE[props.shape]

  // One terra-draw for as long as the field is on screen; "static" while not drawing, so typed geometry still shows.
  useEffect(() => {
    if (!map) return
    const styles = {
      point: { pointColor: INK, pointWidth: 7, pointOutlineColor: '#ffffff', pointOutlineWidth: 2 },
      linestring: { lineStringColor: INK, lineStringWidth: 4, closingPointColor: INK, coordinatePointColor: INK },
      polygon: { fillColor: INK, fillOpacity: 0.2, outlineColor: INK, outlineWidth: 3, closingPointColor: INK, coordinatePointColor: INK },
    } as const
    const d = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'record-draw' }),
      modes: [
        new TerraDrawPointMode({ editable: true, styles: styles.point }),
        new TerraDrawLineStringMode({ editable: true, styles: styles.linestring }),
        new TerraDrawPolygonMode({ editable: true, styles: styles.polygon }),
      ],
    })
    d.start()
    d.on('finish', (id) => {
      const f = d.getSnapshotFeature(id)
      if (!f) return
      // One geometry per field: the last one drawn replaces any before it.
      const others = d.getSnapshot().filter((x) => x.id !== id).map((x) => x.id!)
      if (others.length) d.removeFeatures(others)
      const g = round(f.geometry as Geometry)
      const text = g.type === 'Point' ? pointText(g.coordinates) : JSON.stringify(g)
      fromDraw.current = text
      onChange.current(text)
    })
    draw.current = d
    show(d, valueRef.current)
    return () => {
      draw.current = undefined
      d.stop()
    }
  }, [map])

  const valueRef = useRef(props.value)
  valueRef.current = props.value

  /** Shows the typed value on the map (not what was just drawn: that is there already). */
  function show(d: TerraDraw, text: string) {
    if (text === fromDraw.current) return
    d.clear()
    const g: Geometry | undefined =
      props.shape === 'point' ? ((p) => (p ? { type: 'Point', coordinates: p } : undefined))(previewPoint(text)) : parseGeoJson(text, props.shape).geometry
    if (!g) return
    try {
      d.addFeatures(featuresOf(g, mode))
    } catch {
      // A shape terra-draw cannot hold (e.g. a ring not closed): the API will say what is wrong with it.
    }
  }

  useEffect(() => {
    if (draw.current) show(draw.current, props.value)
  }, [props.value])

  useEffect(() => {
    const d = draw.current
    if (!d) return
    d.setMode(active ? mode : 'static')
    setDrawing(active)
  }, [active, mode, map])

  useEffect(() => () => setDrawing(false), [])

  const local = props.shape !== 'point' ? parseGeoJson(props.value, props.shape) : {}
  const localError = props.missing ? t(`geometry.required.${props.shape}`) : (local.error ? t(`geometry.error.${local.error}`) : undefined)
  const apiError = props.problem instanceof ApiProblem ? props.problem.fieldError(props.name) : undefined

  const help = active ? t(`geometry.help.${props.shape}`) : t(`geometry.typeHelp.${props.shape}`)
  const summary =
    local.geometry && !localError && !apiError ? t('geometry.summary', { type: t(`geometry.type.${local.geometry.type}`), n: positionCount(local.geometry) }) : undefined

  return (
    <div className="rec-geometry-input">
      <div className="row">
        <button type="button" className={active ? 'active' : undefined} aria-pressed={active} onClick={() => setActive(!active)}>
          {active ? t('geometry.stopDrawing') : t(`geometry.draw.${props.shape}`)}
        </button>
        <button
          type="button"
          onClick={() => {
            fromDraw.current = undefined
            draw.current?.clear()
            props.onChange('')
          }}
          disabled={!props.value}
        >
          {t('geometry.clear')}
        </button>
      </div>
      <p className="muted small rec-draw-help" aria-live="polite">
        {help}
      </p>
      <Field label={props.label} name={props.name} problem={props.problem} error={localError} hint={summary}>
        {(p) =>
          props.shape === 'point' ? (
            <input {...p} type="text" dir="ltr" autoComplete="off" spellCheck={false} placeholder="36.2021, 37.1343 · 37SCA2207208956" value={props.value} onChange={(e) => props.onChange(e.target.value)} />
          ) : (
            <textarea
              {...p}
              className="rec-mono"
              dir="ltr"
              rows={3}
              spellCheck={false}
              placeholder={props.shape === 'line' ? '{"type":"LineString","coordinates":[[36.7,36.2],[37.1,36.2]]}' : '{"type":"Polygon","coordinates":[[[37.1,36.2],[37.2,36.2],[37.2,36.3],[37.1,36.2]]]}'}
              value={props.value}
              onChange={(e) => props.onChange(e.target.value)}
            />
          )
        }
      </Field>
    </div>
  )
}
