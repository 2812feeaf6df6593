import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiProblem, api, ok } from '../api/client.ts'
import type { paths } from '../api/schema'
import { useActors } from '../app/actors.ts'
import { fromLocalInput, toLocalInput } from '../app/format.ts'
import { useTheatre } from '../app/theatre.tsx'
import { LocationPicker, locationBody, type LocationValue } from './LocationPicker.tsx'
import {
  EVENT_TYPES,
  Field,
  LOCATION_PRECISIONS,
  OCCURRED_PRECISIONS,
  SOURCE_KINDS,
  message,
  useCategories,
  useCategoryLabel,
  type Incident,
} from './shared.tsx'

type Body = paths['/api/v1/theatres/{theatre}/incidents']['post']['requestBody']['content']['application/json']
type SourceRow = { kind: (typeof SOURCE_KINDS)[number]; title: string; url: string; publisher: string; date: string }
type CasualtyInput = { min: string; max: string; childrenMin: string; childrenMax: string }

const EMPTY_CASUALTIES: CasualtyInput = { min: '', max: '', childrenMin: '', childrenMax: '' }
const newSource = (): SourceRow => ({ kind: 'media', title: '', url: '', publisher: '', date: '' })

/** A range from two number fields: one given stands for both; neither, nothing. */
function toRange(min: string, max: string): { min: number; max: number } | undefined | 'invalid' {
  if (!min.trim() && !max.trim()) return undefined
  const lo = Number(min.trim() || max)
  const hi = Number(max.trim() || min)
  if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 0 || hi < lo) return 'invalid'
  return { min: lo, max: hi }
}

/**
 * Reports an incident: where (a click on the map, or typed coordinates), when (in the theatre's time), what, who is
 * alleged, the victims as ranges, a description and the sources. The API's messages appear on their fields.
 */
export function ReportForm({ onDone }: { onDone(created?: Incident): void }) {
  const { t } = useTranslation('incidents')
  const theatre = useTheatre()
  const tz = theatre.theatre.timezone
  const client = useQueryClient()
  const categories = useCategories()
  const categoryLabel = useCategoryLabel()
  const { list: actors } = useActors()
  const parties = actors.filter((a) => a.kind === 'party')
  const reporters = theatre.memberships.filter((m) => m.role !== 'viewer')

  const [location, setLocation] = useState<LocationValue>({ text: '' })
  const [locationPrecision, setLocationPrecision] = useState<(typeof LOCATION_PRECISIONS)[number]>('exact')
  const [placeName, setPlaceName] = useState('')
  const [occurredAt, setOccurredAt] = useState(() => toLocalInput(new Date(), tz))
  const [occurredPrecision, setOccurredPrecision] = useState<(typeof OCCURRED_PRECISIONS)[number]>('exact')
  const [category, setCategory] = useState('')
  const [alleged, setAlleged] = useState('')
  const [allegedText, setAllegedText] = useState('')
  const [killed, setKilled] = useState<CasualtyInput>(EMPTY_CASUALTIES)
  const [injured, setInjured] = useState<CasualtyInput>(EMPTY_CASUALTIES)
  const [description, setDescription] = useState('')
  const [sources, setSources] = useState<SourceRow[]>([])
  const [reporterId, setReporterId] = useState(reporters[0]?.actorId ?? '')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<unknown>()
  const [local, setLocal] = useState<Record<string, string>>({})

  // After a failed attempt, the first field in error takes the focus (and scrolls into view).
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (Object.keys(local).length || problem) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [local, problem])

  const fieldError = (f: string) => local[f] ?? (problem instanceof ApiProblem ? problem.fieldError(f) : undefined)
  const known = ['location', 'locationPrecision', 'placeName', 'occurredAt', 'occurredPrecision', 'category', 'allegedPartyId', 'allegedPerpetratorText', 'killed', 'injured', 'description', 'sources', 'reporterId']
  const general = problem && !(problem instanceof ApiProblem && known.some((f) => problem.fieldError(f))) ? message(problem) : undefined

  const casualties = (c: CasualtyInput, field: string, errors: Record<string, string>) => {
    const total = toRange(c.min, c.max)
    const children = toRange(c.childrenMin, c.childrenMax)
    if (total === 'invalid' || children === 'invalid') {
      errors[field] = t('form.rangeInvalid')
      return undefined
    }
    if (children && !total) {
      errors[field] = t('form.childrenWithoutTotal')
      return undefined
    }
    return total ? { ...total, ...(children ? { children } : {}) } : undefined
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const errors: Record<string, string> = {}
    if (!location.text.trim()) errors.location = t('form.locationRequired')
    const at = fromLocalInput(occurredAt, tz)
    if (!at) errors.occurredAt = t('form.required')
    if (!category) errors.category = t('form.required')
    if (!description.trim()) errors.description = t('form.required')
    const k = casualties(killed, 'killed', errors)
    const i = casualties(injured, 'injured', errors)
    sources.forEach((s, n) => {
      if (!s.title.trim()) errors[`sources/${n}/title`] = t('form.required')
    })
    setLocal(errors)
    if (Object.keys(errors).length) return
    const body: Body = {
      occurredAt: at!.toISOString(),
      occurredPrecision,
      location: locationBody(location),
      locationPrecision,
      category: category as Body['category'],
      description: description.trim(),
      ...(placeName.trim() ? { placeName: placeName.trim() } : {}),
      ...(alleged ? { allegedPartyId: alleged } : {}),
      ...(allegedText.trim() ? { allegedPerpetratorText: allegedText.trim() } : {}),
      ...(k ? { killed: k } : {}),
      ...(i ? { injured: i } : {}),
      ...(sources.length
        ? {
            sources: sources.map((s) => ({
              kind: s.kind,
              title: s.title.trim(),
              ...(s.url.trim() ? { url: s.url.trim() } : {}),
              ...(s.publisher.trim() ? { publisher: s.publisher.trim() } : {}),
              ...(s.date ? { date: s.date } : {}),
            })),
          }
        : {}),
      ...(reporters.length > 1 && reporterId ? { reporterId } : {}),
    }
    setBusy(true)
    setProblem(undefined)
    try {
      const created = await ok(api.POST('/api/v1/theatres/{theatre}/incidents', { params: { path: { theatre: theatre.theatre.code } }, body }))
      await client.invalidateQueries({ predicate: (q) => q.queryKey.includes('incidents') })
      onDone(created)
    } catch (err) {
      setProblem(err)
    } finally {
      setBusy(false)
    }
  }

  const byType = new Map<string, typeof categories.list>()
  for (const c of categories.list) byType.set(c.eventType, [...(byType.get(c.eventType) ?? []), c])
  const setSource = (n: number, patch: Partial<SourceRow>) => setSources((all) => all.map((s, i) => (i === n ? { ...s, ...patch } : s)))

  return (
    <form ref={form} className="stack incident-form" onSubmit={submit} noValidate aria-label={t('form.title')}>
      {reporters.length > 1 && (
        <Field label={t('form.reporter')} error={fieldError('reporterId')}>
          {(f) => (
            <select id={f.id} value={reporterId} onChange={(e) => setReporterId(e.target.value)} aria-invalid={f.invalid || undefined} aria-describedby={f.describedBy}>
              {reporters.map((m) => (
                <option key={m.actorId} value={m.actorId}>
                  {actors.find((a) => a.id === m.actorId)?.name ?? m.actorId}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}

      <fieldset>
        <legend>{t('form.where')}</legend>
        <Field label={t('form.location')} error={fieldError('location')} hint={t('form.locationHint')}>
          {(f) => <LocationPicker id={f.id} value={location} onChange={setLocation} invalid={f.invalid} describedBy={f.describedBy} />}
        </Field>
        <div className="row form-pair">
          <Field label={t('form.locationPrecision')} error={fieldError('locationPrecision')}>
            {(f) => (
              <select id={f.id} value={locationPrecision} onChange={(e) => setLocationPrecision(e.target.value as typeof locationPrecision)} aria-describedby={f.describedBy}>
                {LOCATION_PRECISIONS.map((p) => (
                  <option key={p} value={p}>
                    {t(`locationPrecision.${p}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('form.placeName')} error={fieldError('placeName')}>
            {(f) => <input id={f.id} value={placeName} maxLength={200} dir="auto" onChange={(e) => setPlaceName(e.target.value)} aria-invalid={f.invalid || undefined} aria-describedby={f.describedBy} />}
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('form.when')}</legend>
        <div className="row form-pair">
          <Field label={t('form.occurredAt', { zone: tz })} error={fieldError('occurredAt')} className="wide">
            {(f) => (
              <input
                id={f.id}
                type="datetime-local"
                value={occurredAt}
                onChange={(e) => setOccurredAt(e.target.value)}
                aria-invalid={f.invalid || undefined}
                aria-describedby={f.describedBy}
              />
            )}
          </Field>
          <Field label={t('form.occurredPrecision')} error={fieldError('occurredPrecision')}>
            {(f) => (
              <select id={f.id} value={occurredPrecision} onChange={(e) => setOccurredPrecision(e.target.value as typeof occurredPrecision)} aria-describedby={f.describedBy}>
                {OCCURRED_PRECISIONS.map((p) => (
                  <option key={p} value={p}>
                    {t(`occurredPrecision.${p}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('form.what')}</legend>
        <Field label={t('form.category')} error={fieldError('category')}>
          {(f) => (
            <select id={f.id} value={category} onChange={(e) => setCategory(e.target.value)} aria-invalid={f.invalid || undefined} aria-describedby={f.describedBy}>
              <option value="">{t('form.choose')}</option>
              {[...byType].map(([type, list]) => (
                <optgroup key={type} label={t(`eventType.${EVENT_TYPES[type]?.key ?? 'other'}`, { defaultValue: type })}>
                  {list.map((c) => (
                    <option key={c.id} value={c.id}>
                      {categoryLabel(c.id, c.label)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('form.alleged')} error={fieldError('allegedPartyId')}>
          {(f) => (
            <select id={f.id} value={alleged} onChange={(e) => setAlleged(e.target.value)} aria-invalid={f.invalid || undefined} aria-describedby={f.describedBy}>
              <option value="">{t('form.allegedNone')}</option>
              <option value="unknown">{t('form.allegedUnknown')}</option>
              {parties.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.shortName ? `${p.shortName} — ${p.name}` : p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('form.allegedText')} hint={t('form.allegedTextHint')} error={fieldError('allegedPerpetratorText')}>
          {(f) => (
            <input id={f.id} value={allegedText} maxLength={500} dir="auto" onChange={(e) => setAllegedText(e.target.value)} aria-invalid={f.invalid || undefined} aria-describedby={f.describedBy} />
          )}
        </Field>
        <CasualtyFields legend={t('form.killed')} value={killed} onChange={setKilled} error={fieldError('killed')} />
        <CasualtyFields legend={t('form.injured')} value={injured} onChange={setInjured} error={fieldError('injured')} />
        <Field label={t('form.description')} error={fieldError('description')}>
          {(f) => (
            <textarea
              id={f.id}
              value={description}
              rows={5}
              dir="auto"
              maxLength={20_000}
              onChange={(e) => setDescription(e.target.value)}
              aria-invalid={f.invalid || undefined}
              aria-describedby={f.describedBy}
            />
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('form.sources')}</legend>
        {sources.length === 0 && <p className="small muted">{t('form.noSources')}</p>}
        {sources.map((s, n) => (
          <div key={n} className="source-row" role="group" aria-label={t('form.sourceN', { n: n + 1 })}>
            <div className="row form-pair">
              <Field label={t('form.sourceKind')} error={fieldError(`sources/${n}/kind`)}>
                {(f) => (
                  <select id={f.id} value={s.kind} onChange={(e) => setSource(n, { kind: e.target.value as SourceRow['kind'] })}>
                    {SOURCE_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`sourceKind.${k}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('form.sourceTitle')} error={fieldError(`sources/${n}/title`)} className="grow">
                {(f) => (
                  <input id={f.id} value={s.title} dir="auto" maxLength={500} onChange={(e) => setSource(n, { title: e.target.value })} aria-invalid={f.invalid || undefined} aria-describedby={f.describedBy} />
                )}
              </Field>
            </div>
            <Field label={t('form.sourceUrl')} error={fieldError(`sources/${n}/url`)}>
              {(f) => (
                <input id={f.id} type="url" dir="ltr" value={s.url} placeholder="https://" onChange={(e) => setSource(n, { url: e.target.value })} aria-invalid={f.invalid || undefined} aria-describedby={f.describedBy} />
              )}
            </Field>
            <div className="row form-pair">
              <Field label={t('form.sourcePublisher')} error={fieldError(`sources/${n}/publisher`)} className="grow">
                {(f) => <input id={f.id} value={s.publisher} dir="auto" onChange={(e) => setSource(n, { publisher: e.target.value })} aria-invalid={f.invalid || undefined} aria-describedby={f.describedBy} />}
              </Field>
              <Field label={t('form.sourceDate')} error={fieldError(`sources/${n}/date`)}>
                {(f) => <input id={f.id} type="date" value={s.date} onChange={(e) => setSource(n, { date: e.target.value })} aria-invalid={f.invalid || undefined} aria-describedby={f.describedBy} />}
              </Field>
            </div>
            <button type="button" className="danger" onClick={() => setSources((all) => all.filter((_, i) => i !== n))}>
              {t('form.removeSource', { n: n + 1 })}
            </button>
          </div>
        ))}
        {fieldError('sources') && !sources.some((_, n) => fieldError(`sources/${n}`)) && <p className="field-error">{fieldError('sources')}</p>}
        <button type="button" onClick={() => setSources((all) => [...all, newSource()])}>
          {t('form.addSource')}
        </button>
      </fieldset>

      {general && (
        <p className="error" role="alert">
          {general}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('form.submit')}
        </button>
        <button type="button" disabled={busy} onClick={() => onDone()}>
          {t('cancel')}
        </button>
      </div>
    </form>
  )
}

/** Victims as ranges (reports rarely agree on one figure), with the children among them. */
function CasualtyFields({ legend, value, onChange, error }: { legend: string; value: CasualtyInput; onChange(v: CasualtyInput): void; error?: string }) {
  const { t } = useTranslation('incidents')
  const num = (key: keyof CasualtyInput, label: string) => (
    <label className="casualty-input">
      <span>{label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        value={value[key]}
        onChange={(e) => onChange({ ...value, [key]: e.target.value })}
        aria-invalid={error ? true : undefined}
      />
    </label>
  )
  return (
    <fieldset className="casualties">
      <legend>{legend}</legend>
      <div className="row">
        {num('min', t('form.min'))}
        {num('max', t('form.max'))}
        {num('childrenMin', t('form.childrenMin'))}
        {num('childrenMax', t('form.childrenMax'))}
      </div>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  )
}
