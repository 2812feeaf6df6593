import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ok } from '../api/client.ts'
import { useActors } from '../app/actors.ts'
import { formatNumber, fromLocalInput, toLocalInput } from '../app/format.ts'
import { useTheatre } from '../app/theatre.tsx'
import { StackedBars, type ChartSeries } from './Chart.tsx'
import { IncidentsNav } from './Nav.tsx'
import { EVENT_TYPES, OTHER_COLOUR, addDays, incidentsKey, message, range, useCategories, useCategoryLabel } from './shared.tsx'

type Unit = 'day' | 'week' | 'month'
type Group = '' | 'party' | 'category' | 'zone' | 'status'
type Figures = Awaited<ReturnType<typeof fetchFigures>>
type FigureRow = Figures['incidents'][number]

const UNITS: Unit[] = ['day', 'week', 'month']
const GROUPS: Group[] = ['party', 'category', 'zone', 'status', '']
const PALETTE = ['#2563eb', '#dc2626', '#059669', '#d97706', '#7c3aed', '#0891b2', '#db2777', '#65a30d', '#9333ea', '#ea580c']
const STATUS_COLOURS: Record<string, string> = {
  reported: '#94a3b8',
  under_review: '#f59e0b',
  corroborated: '#0ea5e9',
  verified: '#047857',
  refuted: '#6b7280',
  inconclusive: '#a855f7',
}

const fetchFigures = (theatre: string, query: { from: string; to: string; by: string; status?: string }) =>
  ok(api.GET('/api/v1/theatres/{theatre}/compliance', { params: { path: { theatre }, query } }))

/** Every period of the unit from the one holding `from` to the one holding the day before `to`, as the API names them. */
export function periodsBetween(from: string, toExclusive: string, unit: Unit): string[] {
  const out: string[] = []
  const last = addDays(toExclusive, -1)
  if (last < from) return out
  if (unit === 'month') {
    let [y, m] = from.slice(0, 7).split('-').map(Number)
    const end = last.slice(0, 7)
    for (let key = from.slice(0, 7); key <= end && out.length < 1000; ) {
      out.push(key)
      m += 1
      if (m > 12) (m = 1), (y += 1)
      key = `${y}-${String(m).padStart(2, '0')}`
    }
    return out
  }
  let d = from
  if (unit === 'week') d = addDays(from, -((new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7))
  for (; d <= last && out.length < 1000; d = addDays(d, unit === 'week' ? 7 : 1)) out.push(d)
  return out
}

/** A period as people read it: "12 Sep" for a day or the week starting then, "Sep 2016" for a month. */
function usePeriodLabel() {
  const { i18n } = useTranslation()
  const locale = i18n.language === 'ar' ? 'ar-SY-u-nu-latn' : i18n.language
  // Short and numeric, so that the chart's axis and the narrow table stay readable in every language.
  return (period: string, withYear = false) => {
    const month = period.length === 7
    const d = new Date(`${month ? `${period}-01` : period}T00:00:00Z`)
    const opts: Intl.DateTimeFormatOptions = month
      ? { month: 'numeric', year: withYear ? 'numeric' : '2-digit', timeZone: 'UTC' }
      : { day: 'numeric', month: 'numeric', timeZone: 'UTC', ...(withYear ? { year: '2-digit' } : {}) }
    return new Intl.DateTimeFormat(locale, opts).format(d)
  }
}

/**
 * The compliance figures: incidents per period broken down by party (or category, zone, status) over a chosen
 * period, as a chart and a table, the parties' conduct in the notification process, a CSV of the figures, and the
 * daily situation report of a chosen day.
 */
export function Compliance() {
  const { t } = useTranslation('incidents')
  const { theatre } = useTheatre()
  const tz = theatre.timezone
  const today = toLocalInput(new Date(), tz).slice(0, 10)
  const [from, setFrom] = useState(() => addDays(today, -83))
  const [to, setTo] = useState(today)
  const [unit, setUnit] = useState<Unit>('week')
  const [group, setGroup] = useState<Group>('party')
  const [verifiedOnly, setVerifiedOnly] = useState(false)
  const [reportDate, setReportDate] = useState(today)
  const [csvError, setCsvError] = useState<string>()
  const { byId: actors } = useActors()
  const categories = useCategories()
  const categoryLabel = useCategoryLabel()
  const periodLabel = usePeriodLabel()
  const { i18n } = useTranslation()
  const percent = new Intl.NumberFormat(i18n.language === 'ar' ? 'ar-SY-u-nu-latn' : i18n.language, { style: 'percent', maximumFractionDigits: 0 })

  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to
  const toExclusive = valid ? addDays(to, 1) : to
  const query = {
    from: (valid && fromLocalInput(`${from}T00:00`, tz)?.toISOString()) || '',
    to: (valid && fromLocalInput(`${toExclusive}T00:00`, tz)?.toISOString()) || '',
    by: [unit, group].filter(Boolean).join(','),
    ...(verifiedOnly ? { status: 'verified' } : {}),
  }
  const figures = useQuery({
    queryKey: incidentsKey(theatre.code, 'compliance', query),
    queryFn: () => fetchFigures(theatre.code, query),
    enabled: valid,
    placeholderData: (previous) => previous,
  })

  const setPreset = (days: number) => {
    setTo(today)
    setFrom(addDays(today, -days + 1))
  }

  const periods = valid ? periodsBetween(from, toExclusive, unit) : []
  const rows = figures.data?.incidents ?? []
  const names = new Map([...(figures.data?.parties ?? []), ...(figures.data?.zones ?? [])].map((x) => [x.id, x.name]))
  const groupOf = (r: FigureRow): { key: string; label: string; colour: string } => {
    switch (group) {
      case 'party': {
        if (!r.partyId) return { key: '-', label: t('figures.noParty'), colour: OTHER_COLOUR }
        const a = actors.get(r.partyId)
        return { key: r.partyId, label: a?.shortName ?? names.get(r.partyId) ?? r.partyId, colour: a?.colour ?? OTHER_COLOUR }
      }
      case 'category': {
        const c = r.category ? categories.byId.get(r.category) : undefined
        return { key: r.category ?? '-', label: r.category ? categoryLabel(r.category, c?.label) : '—', colour: (c && EVENT_TYPES[c.eventType]?.colour) || OTHER_COLOUR }
      }
      case 'zone':
        return r.zoneId ? { key: r.zoneId, label: names.get(r.zoneId) ?? r.zoneId, colour: '' } : { key: '-', label: t('figures.noZone'), colour: OTHER_COLOUR }
      case 'status':
        return { key: r.status ?? '-', label: t(`status.${r.status}`, { defaultValue: r.status ?? '—' }), colour: STATUS_COLOURS[r.status ?? ''] ?? OTHER_COLOUR }
      default:
        return { key: 'all', label: t('figures.all'), colour: '#1d4ed8' }
    }
  }

  const groups = new Map<string, { label: string; colour: string; values: number[] }>()
  const index = new Map(periods.map((p, i) => [p, i]))
  for (const r of rows) {
    const g = groupOf(r)
    if (!groups.has(g.key)) groups.set(g.key, { label: g.label, colour: g.colour, values: periods.map(() => 0) })
    const i = r.period !== null ? index.get(r.period) : undefined
    if (i !== undefined) groups.get(g.key)!.values[i] += r.incidents
  }
  // Categories share their event type's colour: tell them apart by a palette instead.
  const distinct = new Set([...groups.values()].map((g) => g.colour)).size === groups.size
  const series: ChartSeries[] = [...groups.values()].map((g, n) => ({ label: g.label, values: g.values, colour: distinct && g.colour ? g.colour : PALETTE[n % PALETTE.length] }))
  const total = rows.reduce((n, r) => n + r.incidents, 0)
  const sorted = [...rows].sort((a, b) => (a.period ?? '').localeCompare(b.period ?? '') || groupOf(a).label.localeCompare(groupOf(b).label))

  const downloadCsv = async () => {
    setCsvError(undefined)
    try {
      const q = new URLSearchParams(query)
      const res = await fetch(`/api/v1/theatres/${encodeURIComponent(theatre.code)}/compliance?${q}`, { headers: { accept: 'text/csv' } })
      if (!res.ok) throw new Error((await res.json().catch(() => ({}))).detail ?? res.statusText)
      const blob = await res.blob()
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `compliance-${theatre.code}-${from}-${to}.csv`
      const url = URL.createObjectURL(blob)
      const a = document.createElement('a')
      a.href = url
      a.download = name
      document.body.append(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
    } catch (e) {
      setCsvError(message(e))
    }
  }

  const report = (format?: 'pdf') =>
    `/api/v1/theatres/${encodeURIComponent(theatre.code)}/reports/daily?${new URLSearchParams({ date: reportDate, ...(format ? { format } : {}) })}`
  const groupName = group ? t(`figures.group.${group}`) : t('figures.group.none')

  return (
    <section className="incidents compliance" aria-labelledby="compliance-title">
      <IncidentsNav current="figures" />
      <h2 id="compliance-title">{t('figures.title')}</h2>
      <fieldset>
        <legend>{t('figures.period')}</legend>
        <div className="row">
          <label className="grow">
            {t('filters.from')}
            <input type="date" value={from} max={to} onChange={(e) => setFrom(e.target.value)} aria-invalid={!valid || undefined} />
          </label>
          <label className="grow">
            {t('filters.to')}
            <input type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} aria-invalid={!valid || undefined} />
          </label>
        </div>
        {!valid && <p className="field-error">{t('figures.badPeriod')}</p>}
        <div className="row presets">
          <button type="button" onClick={() => setPreset(28)}>
            {t('figures.last4Weeks')}
          </button>
          <button type="button" onClick={() => setPreset(84)}>
            {t('figures.last12Weeks')}
          </button>
          <button type="button" onClick={() => setPreset(365)}>
            {t('figures.lastYear')}
          </button>
        </div>
        <div className="row">
          <label className="grow">
            {t('figures.by')}
            <select value={unit} onChange={(e) => setUnit(e.target.value as Unit)}>
              {UNITS.map((u) => (
                <option key={u} value={u}>
                  {t(`figures.unit.${u}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="grow">
            {t('figures.and')}
            <select value={group} onChange={(e) => setGroup(e.target.value as Group)}>
              {GROUPS.map((g) => (
                <option key={g} value={g}>
                  {g ? t(`figures.group.${g}`) : t('figures.group.none')}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="check">
          <input type="checkbox" checked={verifiedOnly} onChange={(e) => setVerifiedOnly(e.target.checked)} />
          {t('figures.verifiedOnly')}
        </label>
      </fieldset>

      {figures.isError && <p className="error">{message(figures.error)}</p>}
      {figures.isPending && valid && <p className="muted">{t('loading')}</p>}
      {figures.data && (
        <>
          <p className="small" aria-live="polite">
            {t('figures.total', { n: total })}
          </p>
          {total > 0 && (
            <StackedBars
              periods={periods.map((p) => periodLabel(p).replace(/[\u200e\u200f\u061c]/g, ''))}
              series={series}
              label={t('figures.chartLabel', { unit: t(`figures.unit.${unit}`), group: groupName, n: total })}
            />
          )}
          <div className="table-wrap">
            <table className="figures-table">
              <caption className="sr-only">{t('figures.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(`figures.unit.${unit}`)}</th>
                  {group && <th scope="col">{t(`figures.group.${group}`)}</th>}
                  <th scope="col" className="num">
                    {t('figures.incidents')}
                  </th>
                  <th scope="col" className="num">
                    {t('figures.killed')} <span className="muted">({t('figures.children')})</span>
                  </th>
                  <th scope="col" className="num">
                    {t('figures.injured')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {sorted.length === 0 && (
                  <tr>
                    <td colSpan={group ? 5 : 4} className="muted">
                      {t('figures.none')}
                    </td>
                  </tr>
                )}
                {sorted.map((r, n) => (
                  <tr key={n}>
                    <td className="period">{r.period ? periodLabel(r.period, true) : '—'}</td>
                    {group && <td>{groupOf(r).label}</td>}
                    <td className="num">{formatNumber(r.incidents)}</td>
                    <td className="num">
                      {range(r.killed)}
                      {r.childrenKilled.max > 0 && <span className="muted"> ({range(r.childrenKilled)})</span>}
                    </td>
                    <td className="num">{range(r.injured)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="row">
            <button type="button" onClick={downloadCsv}>
              {t('figures.csv')}
            </button>
            {csvError && <span className="error">{csvError}</span>}
          </div>

          <h3>{t('conduct.title')}</h3>
          <p className="small muted">{t('conduct.hint')}</p>
          <div className="table-wrap">
            <table className="conduct-table">
              <thead>
                <tr>
                  <th scope="col">{t('conduct.party')}</th>
                  <th scope="col" className="num">
                    {t('conduct.requested')}
                  </th>
                  <th scope="col" className="num">
                    {t('conduct.onTime')}
                  </th>
                  <th scope="col" className="num">
                    {t('conduct.objected')}
                  </th>
                  <th scope="col" className="num">
                    {t('conduct.expired')}
                  </th>
                  <th scope="col" className="num">
                    {t('conduct.median')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {figures.data.conduct.length === 0 && (
                  <tr>
                    <td colSpan={6} className="muted">
                      {t('conduct.none')}
                    </td>
                  </tr>
                )}
                {figures.data.conduct.map((c) => (
                  <tr key={c.party.id}>
                    <th scope="row">{actors.get(c.party.id)?.shortName ?? c.party.name}</th>
                    <td className="num">{formatNumber(c.requested)}</td>
                    <td className="num">
                      {formatNumber(c.onTime)}
                      <span className="muted small"> / {formatNumber(c.acknowledged)}</span>
                    </td>
                    <td className="num">{formatNumber(c.objected)}</td>
                    <td className={`num ${c.expiredShare > 0 ? 'bad' : ''}`}>
                      {formatNumber(c.expired)} <span className="small">({percent.format(c.expiredShare)})</span>
                    </td>
                    <td className="num">{c.medianHoursToAcknowledge === null ? '—' : t('conduct.hours', { n: formatNumber(c.medianHoursToAcknowledge, 1) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="small muted">{t('conduct.legend')}</p>
        </>
      )}

      <fieldset className="daily-report">
        <legend>{t('daily.title')}</legend>
        <div className="row">
          <label className="grow">
            {t('daily.date')}
            <input type="date" value={reportDate} max={today} onChange={(e) => setReportDate(e.target.value)} />
          </label>
        </div>
        <div className="row">
          <a className="button-link" href={report()} target="_blank" rel="noopener">
            {t('daily.html')}
          </a>
          <a className="button-link" href={report('pdf')} target="_blank" rel="noopener">
            {t('daily.pdf')}
          </a>
        </div>
      </fieldset>
    </section>
  )
}
