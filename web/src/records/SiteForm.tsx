import { useMutation } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ok } from '../api/client.ts'
import type { ItemOf } from '../api/lists.ts'
import { useActors } from '../app/actors.ts'
import { useTheatre } from '../app/theatre.tsx'
import { pointText } from './geometry.ts'
import { GeometryInput } from './GeometryInput.tsx'
import { ActorSelect, Field, FormActions, ShareWith, type FormProps, numberOrUndefined, useActingFor, useSaved, useFocusInvalid, useBaseVersion } from './kit.tsx'

export type Site = ItemOf<'/api/v1/theatres/{theatre}/sites'>
export const SITE_TYPES = ['hospital', 'clinic', 'school', 'warehouse', 'office', 'camp', 'water_station', 'bakery', 'crossing'] as const

/** An organisation notifies a site (a click on the map places it), or changes one: a new version, notified again. */
export function SiteForm({ record, onCancel, onReload, onSaved }: FormProps<Site>) {
  const { t } = useTranslation('records')
  const { theatre } = useTheatre()
  const saved = useSaved(onSaved)
  const base = useBaseVersion(record)
  const organisations = useActingFor('organisation')
  const parties = useActors().list.filter((a) => a.kind === 'party')
  const [organisationId, setOrganisationId] = useState(record?.organisationId ?? '')
  const [name, setName] = useState(record?.name ?? '')
  const [type, setType] = useState<Site['type']>(record?.type ?? 'hospital')
  const initialPoint = record?.geometry.type === 'Point' ? pointText(record.geometry.coordinates) : ''
  const [geometry, setGeometry] = useState(initialPoint)
  const [radius, setRadius] = useState(record ? String(record.protectionRadiusM) : '')
  const [shareWith, setShareWith] = useState<string[] | undefined>(record?.shareWith)
  const [draft, setDraft] = useState(false)
  const [address, setAddress] = useState(record?.details.address ?? '')
  const [notes, setNotes] = useState(record?.details.notes ?? '')
  const [missing, setMissing] = useState(false)

  const orgId = organisationId || organisations[0]?.id
  const share = shareWith ?? parties.map((p) => p.id)
  const defaultRadius = (theatre.policy as { protectionRadiusM?: Record<string, number> } | undefined)?.protectionRadiusM?.[type]
  const details = { ...(address.trim() && { address: address.trim() }), ...(notes.trim() && { notes: notes.trim() }) }

  const save = useMutation({
    mutationFn: async () => {
      const path = { theatre: theatre.code }
      if (record) {
        return ok(
          api.PATCH('/api/v1/theatres/{theatre}/sites/{id}', {
            params: { path: { ...path, id: record.id } },
            body: {
              version: base.version,
              name,
              type,
              ...(geometry !== initialPoint && { geometry: geometry.trim() }),
              protectionRadiusM: numberOrUndefined(radius),
              shareWith: share,
              details,
            },
          }),
        )
      }
      return ok(
        api.POST('/api/v1/theatres/{theatre}/sites', {
          params: { path },
          body: {
            name,
            type,
            geometry: geometry.trim(),
            protectionRadiusM: numberOrUndefined(radius),
            shareWith: shareWith && share,
            organisationId: organisations.length > 1 ? orgId : undefined,
            ...(draft && { status: 'draft' as const }),
            details,
          },
        }),
      )
    },
    onSuccess: (site) => saved('site', site.id, ['sites']),
  })

  const formRef = useFocusInvalid(save.error)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const empty = !geometry.trim() && !record
    setMissing(empty)
    if (!empty) save.mutate()
  }

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate aria-label={record ? t('edit.title', { ref: record.ref }) : t('new.site')}>
      {!record && <ActorSelect label={t('form.organisation')} name="organisationId" actors={organisations} value={orgId ?? ''} onChange={setOrganisationId} problem={save.error} />}
      <Field label={t('form.name')} name="name" problem={save.error}>
        {(p) => <input {...p} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={t('form.siteType')} name="type" problem={save.error}>
        {(p) => (
          <select {...p} value={type} onChange={(e) => setType(e.target.value as Site['type'])}>
            {SITE_TYPES.map((k) => (
              <option key={k} value={k}>
                {t(`siteType.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <GeometryInput
        shape="point"
        label={t('form.location')}
        name="geometry"
        value={geometry}
        onChange={(v) => (setGeometry(v), setMissing(false))}
        problem={save.error}
        missing={missing}
        autoDraw={!record}
      />
      <Field label={t('form.protectionRadius')} name="protectionRadiusM" problem={save.error} hint={defaultRadius !== undefined ? t('form.defaultRadius', { m: defaultRadius }) : undefined}>
        {(p) => <input {...p} type="number" inputMode="numeric" min={0} max={50000} step={50} value={radius} onChange={(e) => setRadius(e.target.value)} />}
      </Field>
      <ShareWith value={share} onChange={setShareWith} problem={save.error} />
      <Field label={t('form.address')} name="details/address" problem={save.error}>
        {(p) => <input {...p} maxLength={500} value={address} onChange={(e) => setAddress(e.target.value)} />}
      </Field>
      <Field label={t('form.notes')} name="details/notes" problem={save.error}>
        {(p) => <textarea {...p} rows={2} maxLength={4000} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
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
