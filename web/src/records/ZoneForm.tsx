import { useMutation, useQuery } from '@tanstack/react-query'
import type { LineString, MultiPolygon, Polygon } from 'geojson'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ok } from '../api/client.ts'
import { listAll, type ItemOf } from '../api/lists.ts'
import { useActors } from '../app/actors.ts'
import { useTheatre } from '../app/theatre.tsx'
import { ACTIVITY_KINDS } from './ActivityForm.tsx'
import { parseGeoJson } from './geometry.ts'
import { GeometryInput } from './GeometryInput.tsx'
import { Field, FormActions, TimeField, hoursAhead, isoOf, localOf, numberOrUndefined, useSaved, type FormProps, useFocusInvalid, useBaseVersion } from './kit.tsx'

export type Zone = ItemOf<'/api/v1/theatres/{theatre}/zones'>
type Kind = Zone['kind']
type ActivityKind = (typeof ACTIVITY_KINDS)[number]
type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'
export const ZONE_KINDS: Kind[] = ['ceasefire', 'pull_back', 'humanitarian_corridor', 'no_fly', 'exclusion']
const DAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
/** The API's defaults (zones/schema.ts), so the boxes show what a zone of the kind prohibits unless changed. */
const DEFAULT_PROHIBITS: Record<Kind, ActivityKind[]> = {
  ceasefire: ['air', 'artillery', 'ground', 'naval'],
  pull_back: ['air', 'artillery', 'ground'],
  humanitarian_corridor: ['air', 'artillery', 'ground'],
  no_fly: ['air'],
  exclusion: [...ACTIVITY_KINDS],
}

interface Window {
  start: string
  end: string
  days: Day[]
}

/**
 * A coordinator adds a zone to an agreement: its area (or a corridor line with a width), what it prohibits, when it
 * applies (validity and recurring local windows such as a daily 10:00–13:00 pause) and, for a pull-back zone, who
 * withdraws how far.
 */
export function ZoneForm({ record, onCancel, onReload, onSaved }: FormProps<Zone>) {
  const { t } = useTranslation('records')
  const { theatre } = useTheatre()
  const tz = theatre.timezone
  const saved = useSaved(onSaved)
  const base = useBaseVersion(record)
  const parties = useActors().list.filter((a) => a.kind === 'party')
  const agreements = useQuery({
    queryKey: ['agreements', theatre.code, 'records', 'all'],
    queryFn: () => listAll('/api/v1/theatres/{theatre}/agreements', { theatre: theatre.code }),
    enabled: !record,
  })
  const initialGeometry = record ? JSON.stringify(record.geometry) : ''
  const [agreementChoice, setAgreementId] = useState('')
  const agreementId = agreementChoice || agreements.data?.find((a) => a.status !== 'ended')?.id || agreements.data?.[0]?.id || ''
  const [name, setName] = useState(record?.name ?? '')
  const [kind, setKind] = useState<Kind>(record?.kind ?? 'ceasefire')
  const [corridor, setCorridor] = useState(record?.geometry.type === 'LineString')
  const [geometry, setGeometry] = useState(initialGeometry)
  const [widthM, setWidthM] = useState(record?.widthM != null ? String(record.widthM) : '')
  const [prohibits, setProhibits] = useState<ActivityKind[] | undefined>(record?.prohibits)
  const [closed, setClosed] = useState<boolean | undefined>(record?.closedToMovements)
  const [validFrom, setValidFrom] = useState(record ? localOf(record.schedule.validFrom, tz) : hoursAhead(0, tz))
  const [validTo, setValidTo] = useState(localOf(record?.schedule.validTo, tz))
  const [windows, setWindows] = useState<Window[]>(record?.schedule.windows?.map((w) => ({ start: w.start, end: w.end, days: (w.days ?? []) as Day[] })) ?? [])
  const [withdrawal, setWithdrawal] = useState(record?.withdrawal.map((w) => ({ partyId: w.partyId, distanceM: String(w.distanceM) })) ?? [])
  const [missing, setMissing] = useState(false)

  const shape = corridor ? 'line' : 'area'
  const parsed = parseGeoJson(geometry, shape)
  const shownProhibits = prohibits ?? DEFAULT_PROHIBITS[kind]
  const shownClosed = closed ?? kind === 'exclusion'

  const save = useMutation({
    mutationFn: async () => {
      const path = { theatre: theatre.code }
      const schedule = {
        validFrom: isoOf(validFrom, tz) ?? validFrom,
        validTo: validTo ? (isoOf(validTo, tz) ?? validTo) : null,
        ...(windows.length && { windows: windows.map((w) => ({ start: w.start, end: w.end, ...(w.days.length && { days: w.days }) })) }),
      }
      const fields = {
        name,
        ...(corridor && { widthM: numberOrUndefined(widthM) }),
        prohibits,
        closedToMovements: closed,
        schedule,
        withdrawal: kind === 'pull_back' ? withdrawal.map((w) => ({ partyId: w.partyId, distanceM: Number(w.distanceM) })) : undefined,
      }
      const g = parsed.geometry as Polygon | MultiPolygon | LineString
      if (record) {
        return ok(
          api.PATCH('/api/v1/theatres/{theatre}/zones/{id}', {
            params: { path: { ...path, id: record.id } },
            body: { version: base.version, ...fields, ...(geometry !== initialGeometry && { geometry: g }) },
          }),
        )
      }
      return ok(api.POST('/api/v1/theatres/{theatre}/agreements/{id}/zones', { params: { path: { ...path, id: agreementId } }, body: { ...fields, kind, geometry: g } }))
    },
    onSuccess: (z) => saved('zone', z.id, ['zones']),
  })

  const formRef = useFocusInvalid(save.error)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const empty = !record && !geometry.trim()
    setMissing(empty)
    if (!empty && !parsed.error) save.mutate()
  }
  const setWindow = (i: number, w: Partial<Window>) => setWindows(windows.map((x, j) => (j === i ? { ...x, ...w } : x)))

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate aria-label={record ? t('edit.title', { ref: record.name }) : t('new.zone')}>
      {!record && (
        <Field label={t('form.agreement')} name="agreementId" problem={save.error}>
          {(p) => (
            <select {...p} value={agreementId} onChange={(e) => setAgreementId(e.target.value)}>
              {agreements.data?.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {!record && agreements.isSuccess && agreements.data.length === 0 && <p className="field-error">{t('form.noAgreement')}</p>}
      <Field label={t('form.name')} name="name" problem={save.error}>
        {(p) => <input {...p} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      {!record && (
        <Field label={t('form.zoneKind')} name="kind" problem={save.error}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              {ZONE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`zoneKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <label className="rec-check">
        <input type="checkbox" checked={corridor} onChange={(e) => (setCorridor(e.target.checked), setGeometry(''))} />
        {t('form.corridorLine')}
      </label>
      <GeometryInput
        key={shape}
        shape={shape}
        label={corridor ? t('form.corridor') : t('form.area')}
        name="geometry"
        value={geometry}
        onChange={(v) => (setGeometry(v), setMissing(false))}
        problem={save.error}
        missing={missing}
        autoDraw={!record}
      />
      {corridor && (
        <Field label={t('form.widthM')} name="widthM" problem={save.error}>
          {(p) => <input {...p} type="number" inputMode="numeric" min={1} max={50000} value={widthM} onChange={(e) => setWidthM(e.target.value)} />}
        </Field>
      )}
      <fieldset>
        <legend>{t('form.prohibits')}</legend>
        <div className="rec-checks">
          {ACTIVITY_KINDS.map((k) => (
            <label key={k} className="rec-check">
              <input
                type="checkbox"
                checked={shownProhibits.includes(k)}
                onChange={(e) => setProhibits(e.target.checked ? [...shownProhibits, k] : shownProhibits.filter((x) => x !== k))}
              />
              {t(`activityKind.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="rec-check">
        <input type="checkbox" checked={shownClosed} onChange={(e) => setClosed(e.target.checked)} />
        {t('form.closedToMovements')}
      </label>
      <fieldset>
        <legend>{t('form.schedule')}</legend>
        <div className="rec-pair rec-times">
          <TimeField label={t('form.validFrom')} name="schedule/validFrom" value={validFrom} onChange={setValidFrom} problem={save.error} required />
          <TimeField label={t('form.validTo')} name="schedule/validTo" value={validTo} onChange={setValidTo} problem={save.error} />
        </div>
        <p className="muted small">{t('form.windowsHint', { zone: tz })}</p>
        {windows.map((w, i) => (
          <div key={i} className="rec-window-row">
            <div className="rec-pair">
              <Field label={t('form.windowStart')} name={`schedule/windows/${i}/start`} problem={save.error}>
                {(p) => <input {...p} type="text" dir="ltr" inputMode="numeric" placeholder="10:00" value={w.start} onChange={(e) => setWindow(i, { start: e.target.value })} />}
              </Field>
              <Field label={t('form.windowEnd')} name={`schedule/windows/${i}/end`} problem={save.error}>
                {(p) => <input {...p} type="text" dir="ltr" inputMode="numeric" placeholder="13:00" value={w.end} onChange={(e) => setWindow(i, { end: e.target.value })} />}
              </Field>
            </div>
            <div className="rec-checks" role="group" aria-label={t('form.days')}>
              {DAYS.map((d) => (
                <label key={d} className="rec-check">
                  <input type="checkbox" checked={w.days.includes(d)} onChange={(e) => setWindow(i, { days: e.target.checked ? [...w.days, d] : w.days.filter((x) => x !== d) })} />
                  {t(`day.${d}`)}
                </label>
              ))}
            </div>
            <button type="button" className="danger" onClick={() => setWindows(windows.filter((_, j) => j !== i))}>
              {t('form.removeWindow')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setWindows([...windows, { start: '10:00', end: '13:00', days: [] }])}>
          {t('form.addWindow')}
        </button>
      </fieldset>
      {kind === 'pull_back' && (
        <fieldset>
          <legend>{t('form.withdrawal')}</legend>
          {withdrawal.map((w, i) => (
            <div key={i} className="rec-pair">
              <Field label={t('form.party')} name={`withdrawal/${i}/partyId`} problem={save.error}>
                {(p) => (
                  <select {...p} value={w.partyId} onChange={(e) => setWithdrawal(withdrawal.map((x, j) => (j === i ? { ...x, partyId: e.target.value } : x)))}>
                    {parties.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('form.distanceM')} name={`withdrawal/${i}/distanceM`} problem={save.error}>
                {(p) => (
                  <input {...p} type="number" inputMode="numeric" min={1} value={w.distanceM} onChange={(e) => setWithdrawal(withdrawal.map((x, j) => (j === i ? { ...x, distanceM: e.target.value } : x)))} />
                )}
              </Field>
            </div>
          ))}
          <button type="button" onClick={() => setWithdrawal([...withdrawal, { partyId: parties[0]?.id ?? '', distanceM: '5000' }])}>
            {t('form.addWithdrawal')}
          </button>
        </fieldset>
      )}
      <FormActions error={save.error} pending={save.isPending} submit={record ? t('form.save') : t('form.createZone')} onCancel={onCancel} onReload={onReload} changed={base.changed} />
    </form>
  )
}
