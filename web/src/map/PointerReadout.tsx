import type { MapMouseEvent } from 'maplibre-gl'
import { forward } from 'mgrs'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../app/format.ts'
import { useMap } from './MapContext.tsx'

/** Where the pointer is, in decimal degrees and MGRS, as liaison officers read coordinates to each other. */
export function PointerReadout() {
  const { t } = useTranslation('map')
  const { map } = useMap()
  const [at, setAt] = useState<[number, number]>()
  useEffect(() => {
    if (!map) return
    const move = (e: MapMouseEvent) => setAt([e.lngLat.lng, e.lngLat.lat])
    map.on('mousemove', move)
    return () => void map.off('mousemove', move)
  }, [map])
  if (!at) return null
  let grid = ''
  try {
    grid = forward(at, 5)
  } catch {
    grid = '—'
  }
  return (
    <output className="pointer-readout" aria-label={t('pointer')} dir="ltr">
      {formatNumber(at[1], 5)}, {formatNumber(at[0], 5)} · {grid}
    </output>
  )
}
