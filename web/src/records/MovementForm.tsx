import { useMutation } from '@tanstack/react-query'
import type { LineString } from 'geojson'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ok } from '../api/client.ts'
import type { ItemOf } from '../api/lists.ts'
import { useActors } from '../app/actors.ts'
import { useTheatre } from '../app/theatre.tsx'
import { parseGeoJson } from './geometry.ts'
import { GeometryInput } from './GeometryInput.tsx'
import { ActorSelect, Field, FormActions, ShareWith, TimeField, hoursAhead, isoOf, localOf, numberOrUndefined, useActingFor, useSaved, type FormProps, useFocusInvalid, useBaseVersion } from './kit.tsx'

export type Movement = ItemOf<'/api/v1/theatres/{theatre}/movements'>

/** An organisation notifies a movement: its route drawn as a line, its window, vehicles, people and cargo. */
export function MovementForm({ record, onCancel, onReload, onSaved }: FormProps<Movement>) {
  const { t } = useTranslation('records')
  const { theatre } = useTheatre()
  const tz = theatre.timezone
  const saved = useSaved(onSaved)
  const base = useBaseVersion(record)
  const organisations = useActingFor('organisation')
  const parties = useActors().list.filter((a) => a.kind === 'party')
  const initialRoute = record ? JSON.stringify(record.route) : ''
  const [organisationId, setOrganisationId] = useState('')
  const [name, setName] = useState(record?.name ?? '')
  const [route, setRoute] = useState(initialRoute)
  const [bufferM, setBufferM] = useState(record ? String(record.bufferM) : '')
  const [start, setStart] = useState(record ? localOf(record.window.start, tz) : hoursAhead(24, tz))
  const [end, setEnd] = useState(record ? localOf(record.window.end, tz) : hoursAhead(32, tz))
  const [vehicles, setVehicles] = useState(record?.vehicles ? String(record.vehicles.count) : '')
  const [plates, setPlates] = useState(record?.vehicles?.plates?.join(', ') ?? '')
  const [markings, setMarkings] = useState(record?.vehicles?.markings ?? '')
  const [personnel, setPersonnel] = useState(record?.personnel != null ? String(record.personnel) : '')
  const [cargo, setCargo] = useState(record?.cargo ?? '')
  const [shareWith, setShareWith] = useState<string[] | undefined>(record?.shareWith)
  const [draft, setDraft] = useState(false)
  const [missing, setMissing] = useState(false)

  const orgId = organisationId || organisations[0]?.id
  const share = shareWith ?? parties.map((p) => p.id)
  const parsed = parseGeoJson(route, 'line')

  const save = useMutation({
    mutationFn: async () => {
      const path = { theatre: theatre.code }
      const count = numberOrUndefined(vehicles)
      const plateList = plates.split(/[,;\n]/).map((p) => p.trim()).filter(Boolean)
      const fields = {
        name,
        bufferM: numberOrUndefined(bufferM),
        window: { start: isoOf(start, tz) ?? start, end: isoOf(end, tz) ?? end },
        vehicles: count === undefined && !plateList.length && !markings.trim() ? undefined : { count: count ?? plateList.length, ...(plateList.length && { plates: plateList }), ...(markings.trim() && { markings: markings.trim() }) },
        personnel: numberOrUndefined(personnel),
        cargo: cargo.trim() || undefined,
      }
      if (record) {
        return ok(
          api.PATCH('/api/v1/theatres/{theatre}/movements/{id}', {
            params: { path: { ...path, id: record.id } },
            body: { version: base.version, ...fields, ...(route !== initialRoute && { route: parsed.geometry as LineString }), shareWith: share },
          }),
        )
      }
      return ok(
        api.POST('/api/v1/theatres/{theatre}/movements', {
          params: { path },
          body: {
            ...fields,
            route: parsed.geometry as LineString,
            shareWith: shareWith && share,
            organisationId: organisations.length > 1 ? orgId : undefined,
            ...(draft && { status: 'draft' as const }),
          },
        }),
      )
    },
    onSuccess: (m) => saved('movement', m.id, ['movements']),
  })

  const formRef = useFocusInvalid(save.error)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const empty = !record && !route.trim()
    setMissing(empty)
    if (!empty && !parsed.error) save.mutate()
  }

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate aria-label={record ? t('edit.title', { ref: record.ref }) : t('new.movement')}>
      {!record && <ActorSelect label={t('form.organisation')} name="organisationId" actors={organisations} value={orgId ?? ''} onChange={setOrganisationId} problem={save.error} />}
      <Field label={t('form.name')} name="name" problem={save.error}>
        {(p) => <input {...p} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <GeometryInput
        shape="line"
        label={t('form.route')}
        name="route"
        value={route}
        onChange={(v) => (setRoute(v), setMissing(false))}
        problem={save.error}
        missing={missing}
        autoDraw={!record}
      />
      <Field label={t('form.bufferM')} name="bufferM" problem={save.error} hint={t('form.bufferHint')}>
        {(p) => <input {...p} type="number" inputMode="numeric" min={0} max={50000} step={50} value={bufferM} onChange={(e) => setBufferM(e.target.value)} />}
      </Field>
      <div className="rec-pair rec-times">
        <TimeField label={t('form.start')} name="window/start" value={start} onChange={setStart} problem={save.error} required />
        <TimeField label={t('form.end')} name="window/end" value={end} onChange={setEnd} problem={save.error} required />
      </div>
      <fieldset>
        <legend>{t('form.vehicles')}</legend>
        <div className="rec-pair">
          <Field label={t('form.vehicleCount')} name="vehicles/count" problem={save.error}>
            {(p) => <input {...p} type="number" inputMode="numeric" min={0} value={vehicles} onChange={(e) => setVehicles(e.target.value)} />}
          </Field>
          <Field label={t('form.personnel')} name="personnel" problem={save.error}>
            {(p) => <input {...p} type="number" inputMode="numeric" min={0} value={personnel} onChange={(e) => setPersonnel(e.target.value)} />}
          </Field>
        </div>
        <Field label={t('form.plates')} name="vehicles/plates" problem={save.error} hint={t('form.platesHint')}>
          {(p) => <input {...p} dir="ltr" value={plates} onChange={(e) => setPlates(e.target.value)} />}
        </Field>
        <Field label={t('form.markings')} name="vehicles/markings" problem={save.error}>
          {(p) => <input {...p} maxLength={1000} value={markings} onChange={(e) => setMarkings(e.target.value)} />}
        </Field>
      </fieldset>
      <Field label={t('form.cargo')} name="cargo" problem={save.error}>
        {(p) => <textarea {...p} rows={2} maxLength={4000} value={cargo} onChange={(e) => setCargo(e.target.value)} />}
      </Field>
      <ShareWith value={share} onChange={setShareWith} problem={save.error} />
      {!record && (
        <label className="rec-check">
          <input type="checkbox" checked={draft} onChange={(e) => setDraft(e.target.checked)} />
          {t('form.draft')}
        </label>
      )}
      <FormActions error={save.error} pending={save.isPending} submit={record ? t('form.saveVersion') : draft ? t('form.saveDraft') : t('form.notify')} onCancel={onCancel} onReload={onReload} changed={base.changed} />
    </form>
  )
}
