import { useMutation } from '@tanstack/react-query'
import type { MultiPolygon, Polygon } from 'geojson'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ok } from '../api/client.ts'
import type { ItemOf } from '../api/lists.ts'
import { useActors } from '../app/actors.ts'
import { useTheatre } from '../app/theatre.tsx'
import { parseGeoJson } from './geometry.ts'
import { GeometryInput } from './GeometryInput.tsx'
import { ActorSelect, Field, FormActions, TimeField, hoursAhead, isoOf, localOf, useSaved, type FormProps, useFocusInvalid, useBaseVersion } from './kit.tsx'

export type ControlArea = ItemOf<'/api/v1/theatres/{theatre}/control-areas'>

/** A coordinator records who controls an area from when (to when): it decides which parties must acknowledge what. */
export function ControlAreaForm({ record, onCancel, onReload, onSaved }: FormProps<ControlArea>) {
  const { t } = useTranslation('records')
  const { theatre } = useTheatre()
  const tz = theatre.timezone
  const saved = useSaved(onSaved)
  const base = useBaseVersion(record)
  const parties = useActors().list.filter((a) => a.kind === 'party')
  const initialArea = record ? JSON.stringify(record.geometry) : ''
  const [partyChoice, setPartyId] = useState(record?.partyId ?? '')
  const partyId = partyChoice || parties[0]?.id || ''
  const [area, setArea] = useState(initialArea)
  const [validFrom, setValidFrom] = useState(record ? localOf(record.validFrom, tz) : hoursAhead(0, tz))
  const [validTo, setValidTo] = useState(localOf(record?.validTo, tz))
  const [note, setNote] = useState(record?.note ?? '')
  const [missing, setMissing] = useState(false)
  const parsed = parseGeoJson(area, 'area')

  const save = useMutation({
    mutationFn: async () => {
      const path = { theatre: theatre.code }
      const fields = {
        partyId,
        validFrom: isoOf(validFrom, tz) ?? validFrom,
        validTo: validTo ? (isoOf(validTo, tz) ?? validTo) : null,
        note: note.trim() || undefined,
      }
      const geometry = parsed.geometry as Polygon | MultiPolygon
      if (record) {
        return ok(
          api.PATCH('/api/v1/theatres/{theatre}/control-areas/{id}', {
            params: { path: { ...path, id: record.id } },
            body: { version: base.version, ...fields, ...(area !== initialArea && { geometry }) },
          }),
        )
      }
      return ok(api.POST('/api/v1/theatres/{theatre}/control-areas', { params: { path }, body: { ...fields, geometry } }))
    },
    onSuccess: (c) => saved('control_area', c.id, ['control-areas']),
  })

  const formRef = useFocusInvalid(save.error)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const empty = !record && !area.trim()
    setMissing(empty)
    if (!empty && !parsed.error) save.mutate()
  }

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate aria-label={record ? t('edit.title', { ref: t('kind.control_area') }) : t('new.control_area')}>
      <ActorSelect label={t('form.controllingParty')} name="partyId" actors={parties} value={partyId} onChange={setPartyId} problem={save.error} />
      <GeometryInput
        shape="area"
        label={t('form.area')}
        name="geometry"
        value={area}
        onChange={(v) => (setArea(v), setMissing(false))}
        problem={save.error}
        missing={missing}
        autoDraw={!record}
      />
      <div className="rec-pair rec-times">
        <TimeField label={t('form.validFrom')} name="validFrom" value={validFrom} onChange={setValidFrom} problem={save.error} required />
        <TimeField label={t('form.validTo')} name="validTo" value={validTo} onChange={setValidTo} problem={save.error} />
      </div>
      <Field label={t('form.note')} name="note" problem={save.error}>
        {(p) => <textarea {...p} rows={2} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <FormActions error={save.error} pending={save.isPending} submit={record ? t('form.save') : t('form.createControlArea')} onCancel={onCancel} onReload={onReload} changed={base.changed} />
    </form>
  )
}
