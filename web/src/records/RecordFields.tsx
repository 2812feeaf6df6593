import { useQuery } from '@tanstack/react-query'
import type { Geometry } from 'geojson'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ok } from '../api/client.ts'
import { useActors } from '../app/actors.ts'
import { formatNumber } from '../app/format.ts'
import { useTheatre } from '../app/theatre.tsx'
import { mgrsOf, pointText } from './geometry.ts'
import { useTime } from './kit.tsx'
import { During, SideLine } from './RecordConflicts.tsx'
import type { AnyRecord } from './useRecord.ts'

type Row = [label: string, value: ReactNode]

/** A record's fields as label–value pairs: references, times in the theatre's zone with UTC, MGRS beside coordinates. */
export function RecordFields({ record: r }: { record: AnyRecord }) {
  const { t } = useTranslation('records')
  const { theatre } = useTheatre()
  const actors = useActors()
  const time = useTime()
  const metres = (n: number) => t('unit.m', { n: formatNumber(n) })
  const names = (ids: string[]) => (ids.length ? ids.map((id) => actors.name(id)).join(', ') : '—')
  const where = (g: Geometry, mgrs?: string | null) => {
    const m = mgrs ?? mgrsOf(g)
    return (
      <span dir="ltr">
        {g.type === 'Point' ? pointText(g.coordinates) : t(`geometry.type.${g.type}`)}
        {m && <span className="rec-mono"> · MGRS {m}</span>}
      </span>
    )
  }
  const agreement = useQuery({
    queryKey: ['agreements', theatre.code, 'records', r.kind === 'zone' ? r.data.agreementId : ''],
    queryFn: () => ok(api.GET('/api/v1/theatres/{theatre}/agreements/{id}', { params: { path: { theatre: theatre.code, id: (r.data as { agreementId: string }).agreementId } } })),
    enabled: r.kind === 'zone',
  })

  let rows: Row[] = []
  switch (r.kind) {
    case 'site': {
      const s = r.data
      rows = [
        [t('form.siteType'), t(`siteType.${s.type}`)],
        [t('form.organisation'), actors.byId.get(s.organisationId)?.name ?? actors.name(s.organisationId)],
        [t('form.location'), where(s.geometry as Geometry, s.mgrs)],
        [t('form.protectionRadius'), metres(s.protectionRadiusM)],
        [t('form.shareWith'), names(s.shareWith)],
        ...(s.details.address ? [[t('form.address'), s.details.address] as Row] : []),
        ...(s.details.notes ? [[t('form.notes'), s.details.notes] as Row] : []),
      ]
      break
    }
    case 'movement': {
      const m = r.data
      rows = [
        [t('form.organisation'), actors.byId.get(m.organisationId)?.name ?? actors.name(m.organisationId)],
        [t('form.start'), time(m.window.start)],
        [t('form.end'), time(m.window.end)],
        [t('record.from'), where({ type: 'Point', coordinates: m.start.coordinates }, m.start.mgrs)],
        [t('record.to'), where({ type: 'Point', coordinates: m.end.coordinates }, m.end.mgrs)],
        [t('record.length'), `${t('unit.km', { n: formatNumber(m.lengthM / 1000, 1) })} · ${t('record.buffer', { m: metres(m.bufferM) })}`],
        ...(m.vehicles ? [[t('form.vehicles'), [m.vehicles.count, m.vehicles.markings, m.vehicles.plates?.join(', ')].filter(Boolean).join(' · ')] as Row] : []),
        ...(m.personnel != null ? [[t('form.personnel'), formatNumber(m.personnel)] as Row] : []),
        ...(m.cargo ? [[t('form.cargo'), m.cargo] as Row] : []),
        [t('form.shareWith'), names(m.shareWith)],
        [t('record.requiredParties'), names(m.requiredParties)],
        ...(m.clearance ? [[t('record.clearance'), `${t(`clearance.${m.clearance.by}`)} · ${time(m.clearance.at)}${m.clearance.reason ? ` · ${m.clearance.reason}` : ''}`] as Row] : []),
      ]
      break
    }
    case 'activity': {
      const a = r.data
      rows = [
        [t('form.activityKind'), t(`activityKind.${a.kind}`)],
        [t('form.party'), actors.byId.get(a.partyId)?.name ?? actors.name(a.partyId)],
        [t('form.start'), time(a.window.start)],
        [t('form.end'), time(a.window.end)],
        [t('form.area'), where(a.geometry as Geometry)],
        ...(a.note ? [[t('form.note'), a.note] as Row] : []),
        [t('record.awareOf'), a.awareOf.length ? <span dir="ltr">{a.awareOf.map((x) => `${x.ref} v${x.version}`).join(', ')}</span> : '—'],
      ]
      break
    }
    case 'zone': {
      const z = r.data
      rows = [
        [t('form.zoneKind'), t(`zoneKind.${z.kind}`)],
        [t('form.agreement'), agreement.data?.name ?? '…'],
        [t('form.area'), where(z.geometry as Geometry)],
        ...(z.widthM != null ? [[t('form.widthM'), metres(z.widthM)] as Row] : []),
        [t('form.prohibits'), z.prohibits.map((k) => t(`activityKind.${k}`)).join(', ') || '—'],
        [t('form.closedToMovements'), z.closedToMovements ? t('record.yes') : t('record.no')],
        [t('form.validFrom'), time(z.schedule.validFrom)],
        [t('record.validTo'), time(z.schedule.validTo, t('conflicts.untilFurther'))],
        ...(z.schedule.windows?.length
          ? [[t('form.schedule'), z.schedule.windows.map((w) => `${w.days?.map((d) => t(`day.${d}`)).join(' ') ?? t('record.everyDay')} ${w.start}–${w.end}`).join('; ')] as Row]
          : []),
        ...(z.nextWindows.length ? [[t('record.nextWindows'), <During during={z.nextWindows.slice(0, 3).map((w) => [w.start, w.end])} />] as Row] : []),
        ...(z.withdrawal.length ? [[t('form.withdrawal'), z.withdrawal.map((w) => `${actors.name(w.partyId)} ${metres(w.distanceM)}`).join(', ')] as Row] : []),
        ...(z.withdrawnAt ? [[t('record.withdrawnAt'), time(z.withdrawnAt)] as Row] : []),
      ]
      break
    }
    case 'control_area': {
      const c = r.data
      rows = [
        [t('form.controllingParty'), actors.byId.get(c.partyId)?.name ?? actors.name(c.partyId)],
        [t('form.area'), where(c.geometry as Geometry)],
        [t('form.validFrom'), time(c.validFrom)],
        [t('record.validTo'), time(c.validTo, t('conflicts.untilFurther'))],
        ...(c.note ? [[t('form.note'), c.note] as Row] : []),
      ]
      break
    }
    case 'conflict': {
      const c = r.data
      const sides = [c.a, c.b, c.yours, c.other].filter((s): s is NonNullable<typeof c.a> => !!s)
      rows = [
        [t('record.rule'), t(`rule.${c.rule}`, { defaultValue: c.rule })],
        [t('record.severity'), <span className={`badge ${c.severity}`}>{t(`severity.${c.severity}`, { defaultValue: c.severity })}</span>],
        [t('record.sides'), sides.length ? sides.map((s) => <SideLine key={`${s.kind}${s.id}`} side={s} />) : '—'],
        ...(c.zone ? [[t('kind.zone'), t('conflicts.zone', { zone: c.zone.name ?? '—', agreement: c.zone.agreementName ?? '—' })] as Row] : []),
        [t('record.during'), <During during={c.during} />],
        ...(c.area ? [[t('record.where'), where(c.area as unknown as Geometry)] as Row] : []),
        ...(c.note ? [[t('form.note'), c.note] as Row] : []),
      ]
      break
    }
  }
  if ('createdAt' in r.data) rows.push([t('record.created'), time(r.data.createdAt)], [t('record.updated'), time(r.data.updatedAt)])

  return (
    <dl className="rec-facts">
      {rows.map(([label, value]) => (
        <div key={label} className="rec-fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
