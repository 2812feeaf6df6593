import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { listAll } from '../api/lists.ts'
import { useActors } from '../app/actors.ts'
import { formatTime, fromLocalInput } from '../app/format.ts'
import { navigate, useRoute } from '../app/router.ts'
import { useTheatre } from '../app/theatre.tsx'
import { Compliance } from './Compliance.tsx'
import { IncidentDetail } from './IncidentDetail.tsx'
import { IncidentsNav } from './Nav.tsx'
import { ReportForm } from './ReportForm.tsx'
import { Link, STATUSES, StatusBadge, addDays, incidentsKey, mayReport, message, range, useCategories, useCategoryLabel, type Incident } from './shared.tsx'
import './incidents.css'

/**
 * The incidents tab: the reports the member may see (/t/<theatre>/incidents), one of them
 * (/t/<theatre>/incidents/incident/<id>), a new report (…/incidents/new) and the compliance figures (…/incidents/figures).
 */
export function Incidents() {
  const route = useRoute()
  if (route.kind === 'incident' && route.id) return <IncidentDetail id={route.id} />
  if (route.kind === 'new') return <NewIncident />
  if (route.kind === 'figures') return <Compliance />
  return <IncidentList />
}

function NewIncident() {
  const { t } = useTranslation('incidents')
  const { theatre } = useTheatre()
  const back = { theatre: theatre.code, view: 'incidents' }
  return (
    <section className="incidents" aria-labelledby="incident-new-title">
      <Link to={back} className="back">
        {t('back')}
      </Link>
      <h2 id="incident-new-title">{t('form.title')}</h2>
      <ReportForm onDone={(i) => navigate(i ? { ...back, kind: 'incident', id: i.id } : back, { replace: true })} />
    </section>
  )
}

interface Filters {
  status: string
  category: string
  from: string
  to: string
}
// Kept while the app runs, so coming back from an incident finds the list as it was left.
let remembered: Filters = { status: '', category: '', from: '', to: '' }

function IncidentList() {
  const { t } = useTranslation('incidents')
  const theatre = useTheatre()
  const { code, timezone } = theatre.theatre
  const [filters, setFilters] = useState<Filters>(remembered)
  const set = (patch: Partial<Filters>) => setFilters((f) => (remembered = { ...f, ...patch }))
  const categories = useCategories()
  const categoryLabel = useCategoryLabel()
  const { byId: actors } = useActors()
  const query = {
    status: filters.status || undefined,
    category: filters.category || undefined,
    from: filters.from ? fromLocalInput(`${filters.from}T00:00`, timezone)?.toISOString() : undefined,
    // The day chosen is included: up to the start of the next one.
    to: filters.to ? fromLocalInput(`${addDays(filters.to, 1)}T00:00`, timezone)?.toISOString() : undefined,
  }
  const incidents = useQuery({
    queryKey: incidentsKey(code, 'list', query),
    queryFn: () => listAll('/api/v1/theatres/{theatre}/incidents', { theatre: code }, query),
  })
  const items = [...(incidents.data ?? [])].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.ref.localeCompare(a.ref))
  const filtered = Object.values(filters).some(Boolean)

  return (
    <section className="incidents" aria-labelledby="incidents-title">
      <IncidentsNav current="list" />
      <div className="row">
        <h2 id="incidents-title" className="grow">
          {t('title')}
        </h2>
        {mayReport(theatre) && (
          <button type="button" className="primary" onClick={() => navigate({ theatre: code, view: 'incidents', kind: 'new' })}>
            {t('report')}
          </button>
        )}
      </div>
      <fieldset className="incident-filters">
        <legend>{t('filters.title')}</legend>
        <div className="row">
          <label className="grow">
            {t('filters.status')}
            <select value={filters.status} onChange={(e) => set({ status: e.target.value })}>
              <option value="">{t('filters.any')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="grow">
            {t('filters.category')}
            <select value={filters.category} onChange={(e) => set({ category: e.target.value })}>
              <option value="">{t('filters.any')}</option>
              {categories.list.map((c) => (
                <option key={c.id} value={c.id}>
                  {categoryLabel(c.id, c.label)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="row">
          <label className="grow">
            {t('filters.from')}
            <input type="date" value={filters.from} max={filters.to || undefined} onChange={(e) => set({ from: e.target.value })} />
          </label>
          <label className="grow">
            {t('filters.to')}
            <input type="date" value={filters.to} min={filters.from || undefined} onChange={(e) => set({ to: e.target.value })} />
          </label>
          {filtered && (
            <button type="button" className="clear-filters" onClick={() => set({ status: '', category: '', from: '', to: '' })}>
              {t('filters.clear')}
            </button>
          )}
        </div>
      </fieldset>
      {incidents.isPending && <p className="muted">{t('loading')}</p>}
      {incidents.isError && <p className="error">{message(incidents.error)}</p>}
      {incidents.isSuccess && items.length === 0 && <p className="muted">{filtered ? t('emptyFiltered') : t('empty')}</p>}
      {incidents.isSuccess && items.length > 0 && <p className="small muted">{t('count', { n: items.length })}</p>}
      <ul className="list incident-list">
        {items.map((i) => (
          <IncidentItem key={i.id} incident={i} label={categoryLabel(i.category, i.categoryLabel)} party={i.allegedPartyId ? actors.get(i.allegedPartyId) : undefined} />
        ))}
      </ul>
    </section>
  )
}

function IncidentItem({ incident: i, label, party }: { incident: Incident; label: string; party?: { name: string; shortName?: string | null } }) {
  const { t } = useTranslation('incidents')
  const { theatre } = useTheatre()
  return (
    <li className="card incident-item" data-ref={i.ref}>
      <div className="row">
        <Link to={{ theatre: theatre.code, view: 'incidents', kind: 'incident', id: i.id }} className="grow incident-ref">
          <span dir="ltr">{i.ref}</span> · {label}
        </Link>
        <StatusBadge status={i.status} published={i.published} />
      </div>
      <div className="small muted">
        {formatTime(i.occurredAt, theatre.timezone, { utc: false })}
        {i.occurredPrecision !== 'exact' && <> ({t(`occurredPrecision.${i.occurredPrecision}`)})</>}
        {i.placeName && <> · {i.placeName}</>}
      </div>
      {(party || i.allegedPerpetratorText || i.killed || i.injured) && (
        <div className="small">
          {(party || i.allegedPerpetratorText) && <span>{t('item.alleged', { who: party ? (party.shortName ?? party.name) : i.allegedPerpetratorText })}</span>}
          {i.killed && <span className="casualty"> · {t('item.killed', { n: range(i.killed) })}</span>}
          {i.injured && <span className="casualty"> · {t('item.injured', { n: range(i.injured) })}</span>}
        </div>
      )}
    </li>
  )
}
