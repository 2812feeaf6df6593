import { useTranslation } from 'react-i18next'
import { LAYER_GROUPS, MOVEMENT_COLOUR, SEVERITY_COLOURS, SITE_COLOUR, ZONE_COLOURS, type LayerGroup } from './layers.ts'
import { useMap } from './MapContext.tsx'
import { useOverlays } from './overlays.ts'
import { useIncidentFeatures, useIncidentLegend } from '../incidents/layer.ts'

const Swatch = ({ colour, line }: { colour: string; line?: boolean }) => (
  <span className={line ? 'swatch swatch-line' : 'swatch'} style={{ background: colour }} aria-hidden="true" />
)

/** Layer switcher and legend in one: each layer's toggle sits above the key to what it draws. */
export function Legend() {
  const { t } = useTranslation('map')
  const { visible, toggle } = useMap()
  const overlays = useOverlays()
  const incidents = useIncidentFeatures()
  const incidentLegend = useIncidentLegend()
  const counts: Record<LayerGroup, number> = {
    zones: overlays.zones.length,
    controlAreas: overlays.controlAreas.length,
    sites: overlays.siteTiles?.count ?? 0,
    movements: overlays.movements.length,
    activities: overlays.activities.length,
    conflicts: overlays.conflicts.filter((c) => c.status === 'open' || c.status === 'acknowledged').length,
    incidents: incidents.features.length,
  }
  const keys: Partial<Record<LayerGroup, [string, string, boolean?][]>> = {
    zones: Object.entries(ZONE_COLOURS).filter(([k]) => overlays.zones.some((z) => z.kind === k)).map(([k, c]) => [t(`zoneKind.${k}`), c]),
    controlAreas: overlays.actors.filter((a) => a.kind === 'party' && overlays.controlAreas.some((c) => c.partyId === a.id)).map((a) => [a.shortName ?? a.name, a.colour ?? '#64748b']),
    sites: [[t('key.site'), SITE_COLOUR]],
    movements: [[t('key.movement'), MOVEMENT_COLOUR, true]],
    conflicts: Object.entries(SEVERITY_COLOURS).map(([k, c]) => [t(`severity.${k}`), c]),
    incidents: incidentLegend.entries,
  }
  return (
    <fieldset className="legend">
      <legend>{t('layers')}</legend>
      {LAYER_GROUPS.map((g) => (
        <div key={g} className="legend-group">
          <label>
            <input type="checkbox" checked={visible[g]} onChange={() => toggle(g)} />
            {t(`layer.${g}`)} <span className="count">{counts[g]}</span>
          </label>
          {visible[g] && keys[g] && keys[g].length > 0 && (
            <ul>
              {keys[g].map(([label, colour, line]) => (
                <li key={label}>
                  <Swatch colour={colour} line={line} /> {label}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      {visible.incidents && <p className="muted small">{incidentLegend.note}</p>}
      <p className="muted small">{t('inForceHint')}</p>
    </fieldset>
  )
}
