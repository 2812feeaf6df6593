import { useEffect, useRef, useState } from 'react'
import { TerraDraw, TerraDrawPointMode } from 'terra-draw'
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter'
import { useTranslation } from 'react-i18next'
import { useMap } from '../map/MapContext.tsx'

/** Where it happened: a point picked on the map, or what was typed ("36.2, 37.16", DMS or MGRS), sent as typed. */
export interface LocationValue {
  text: string
  point?: [number, number]
}

export const pointText = ([lon, lat]: [number, number]) => `${lat.toFixed(5)}, ${lon.toFixed(5)}`

/** What the API takes for `location`: GeoJSON for a picked point, the string otherwise. */
export const locationBody = (v: LocationValue) => (v.point ? { type: 'Point' as const, coordinates: v.point } : v.text.trim())

/**
 * A text field for the location and, while `picking`, the map in terra-draw's point mode: a click puts the point
 * there (a new click moves it) and writes its latitude and longitude into the field. Typing replaces the point.
 */
export function LocationPicker(props: {
  id: string
  value: LocationValue
  onChange(v: LocationValue): void
  invalid: boolean
  describedBy?: string
}) {
  const { t } = useTranslation('incidents')
  const { map, setDrawing } = useMap()
  const [picking, setPicking] = useState(true)
  const draw = useRef<TerraDraw>(undefined)
  const onChange = useRef(props.onChange)
  onChange.current = props.onChange
  const current = useRef(props.value)
  current.current = props.value

  useEffect(() => {
    if (!map || !picking) return
    const td = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'incident-location' }),
      modes: [
        new TerraDrawPointMode({
          editable: false,
          styles: { pointColor: '#f59e0b', pointWidth: 8, pointOutlineColor: '#111827', pointOutlineWidth: 2 },
        }),
      ],
    })
    td.start()
    td.setMode('point')
    // Picking again after a pause shows the point already chosen.
    const chosen = current.current.point
    if (chosen) td.addFeatures([{ type: 'Feature', geometry: { type: 'Point', coordinates: chosen }, properties: { mode: 'point' } }])
    td.on('finish', (id) => {
      const f = td.getSnapshotFeature(id)
      if (!f || f.geometry.type !== 'Point') return
      // One point only: the new click replaces the previous one.
      const others = td.getSnapshot().filter((o) => o.id !== id).map((o) => o.id!)
      if (others.length) td.removeFeatures(others)
      const [lon, lat] = f.geometry.coordinates as [number, number]
      const point: [number, number] = [Number(lon.toFixed(6)), Number(lat.toFixed(6))]
      onChange.current({ text: pointText(point), point })
    })
    draw.current = td
    setDrawing(true)
    map.getCanvas().style.cursor = 'crosshair'
    return () => {
      setDrawing(false)
      draw.current = undefined
      try {
        td.stop()
      } catch {
        // The map may have been removed first (another theatre, sign-out): nothing left to clean.
      }
      if (map.getCanvas()) map.getCanvas().style.cursor = ''
    }
  }, [map, picking])

  // A point typed (or cleared) in the field no longer matches the one drawn: take it off the map.
  useEffect(() => {
    if (!props.value.point) draw.current?.clear()
  }, [props.value.point])

  return (
    <div className="location-picker">
      <div className="row">
        <input
          id={props.id}
          className="grow"
          dir="ltr"
          value={props.value.text}
          placeholder="36.20000, 37.16000"
          onChange={(e) => props.onChange({ text: e.target.value })}
          aria-invalid={props.invalid || undefined}
          aria-describedby={props.describedBy}
          autoComplete="off"
        />
        <button type="button" className={picking ? 'active' : ''} aria-pressed={picking} onClick={() => setPicking(!picking)}>
          {t('form.pickOnMap')}
        </button>
      </div>
      <p className="small muted" aria-live="polite">
        {picking ? t('form.pickHint') : t('form.typeHint')}
      </p>
    </div>
  )
}
