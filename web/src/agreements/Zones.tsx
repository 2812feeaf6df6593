import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { listAll } from '../api/lists.ts'
import { useActors } from '../app/actors.ts'
import { formatNumber, formatTime } from '../app/format.ts'
import { useTheatre } from '../app/theatre.tsx'
import { useFlyTo } from '../conflicts/fly.ts'

import type { Zone } from '../map/overlays.ts'
import { message, type Agreement } from './Agreements.tsx'

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
/** How many of a zone's coming periods are listed. */
const NEXT_SHOWN = 3

/** A weekday's short name in the interface language (1 January 2024 was a Monday). */
function dayName(day: string, lang: string) {
  const i = DAYS.indexOf(day as (typeof DAYS)[number])
  if (i < 0) return day
  return new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i)))
}

/** The zones an agreement governs: kind, schedule in theatre time, what they prohibit, whether in force now. */
export function AgreementZones({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation('agreements')
  const { theatre } = useTheatre()
  const code = theatre.code
  const zones = useQuery({
    queryKey: ['zones', code, 'agreement', agreement.id],
    queryFn: () => listAll('/api/v1/theatres/{theatre}/zones', { theatre: code }, { agreementId: agreement.id }),
  })
  const items = [...(zones.data ?? [])].sort((a, b) => Number(!!a.withdrawnAt) - Number(!!b.withdrawnAt) || a.name.localeCompare(b.name))
  return (
    <section aria-labelledby="agreement-zones-title" className="agreement-section">
      <h3 id="agreement-zones-title">{t('zones.title')}</h3>
      <p className="small muted">{t('zones.hint', { timezone: theatre.timezone })}</p>
      {zones.isPending && <p className="muted">{t('loading')}</p>}
      {zones.isError && <p className="error">{message(zones.error)}</p>}
      {zones.isSuccess && items.length === 0 && <p className="muted small">{t('zones.none')}</p>}
      <ul className="list zones">
        {items.map((z) => (
          <ZoneItem key={z.id} zone={z} />
        ))}
      </ul>
    </section>
  )
}

function ZoneItem({ zone: z }: { zone: Zone }) {
  const { t, i18n } = useTranslation('agreements')
  const { theatre } = useTheatre()
  const { byId } = useActors()
  const fly = useFlyTo()
  const tz = theatre.timezone
  const s = z.schedule
  const windows = s.windows ?? []
  return (
    <li className={`card zone zone-${z.kind}`} data-zone={z.id}>
      <div className="row">
        <button type="button" className="zone-name grow" onClick={() => fly(z.geometry)} title={t('zones.showOnMap')}>
          {z.name}
        </button>
        {z.withdrawnAt ? (
          <span className="badge">{t('zones.withdrawn')}</span>
        ) : z.inForce ? (
          <span className="badge ok">{t('zones.inForce')}</span>
        ) : (
          <span className="badge">{t('zones.notInForce')}</span>
        )}
      </div>
      <div className="small">
        <strong>{t(`zones.kind.${z.kind}`)}</strong>
        {z.widthM !== null && <> · {t('zones.width', { width: formatNumber(z.widthM) })}</>}
        {z.closedToMovements && <> · {t('zones.closedToMovements')}</>}
      </div>
      <dl className="small zone-facts">
        <dt>{t('zones.valid')}</dt>
        <dd>
          {formatTime(s.validFrom, tz)} – {s.validTo ? formatTime(s.validTo, tz) : t('zones.untilFurtherNotice')}
        </dd>
        <dt>{t('zones.windows')}</dt>
        <dd>
          {windows.length === 0 ? (
            t('zones.allDay')
          ) : (
            <ul>
              {windows.map((w, i) => (
                <li key={i}>
                  {w.days?.length ? w.days.map((d) => dayName(d, i18n.language)).join(', ') : t('zones.daily')} <bdi dir="ltr">{w.start}–{w.end}</bdi>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('zones.prohibits')}</dt>
        <dd>{z.prohibits.length ? z.prohibits.map((k) => t(`zones.activity.${k}`, { defaultValue: k })).join(', ') : t('zones.nothing')}</dd>
        {z.withdrawal.length > 0 && (
          <>
            <dt>{t('zones.withdrawal')}</dt>
            <dd>
              <ul>
                {z.withdrawal.map((w) => (
                  <li key={w.partyId}>
                    <bdi>{byId.get(w.partyId)?.shortName ?? w.partyId}</bdi>: {t('zones.distanceKm', { distance: formatNumber(w.distanceM / 1000, w.distanceM % 1000 ? 1 : 0) })}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {!z.withdrawnAt && z.nextWindows.length > 0 && (
          <>
            <dt>{t('zones.next')}</dt>
            <dd>
              <ul>
                {z.nextWindows.slice(0, NEXT_SHOWN).map((w) => (
                  <li key={w.start}>
                    {formatTime(w.start, tz, { utc: false })} – {w.end ? formatTime(w.end, tz, { utc: false }) : t('zones.untilFurtherNotice')}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </li>
  )
}
