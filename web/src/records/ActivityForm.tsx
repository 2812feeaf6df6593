import { useMutation, useQuery } from '@tanstack/react-query'
import type { MultiPolygon, Polygon } from 'geojson'
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiProblem, api, ok } from '../api/client.ts'
import { listAll, type ItemOf } from '../api/lists.ts'
import { useTheatre } from '../app/theatre.tsx'
import { AcknowledgeFirst, missingOf } from './AcknowledgeFirst.tsx'
import { parseGeoJson } from './geometry.ts'
import { GeometryInput } from './GeometryInput.tsx'
import { ActorSelect, Field, FormActions, TimeField, hoursAhead, isoOf, localOf, useActingFor, useSaved, type FormProps, useFocusInvalid, useBaseVersion } from './kit.tsx'

export type Activity = ItemOf<'/api/v1/theatres/{theatre}/activities'>
export const ACTIVITY_KINDS = ['air', 'artillery', 'ground', 'demining', 'naval', 'other'] as const

/**
 * A party declares an activity (confidential: only it and the coordinator see it). Known-before-acting: the request
 * lists every site and movement the party knows of (`awareOf`, prefilled from what it acknowledged); when the API
 * answers 409 with what is missing, each can be acknowledged right here and the declaration sent again.
 */
export function ActivityForm({ record, onCancel, onReload, onSaved }: FormProps<Activity>) {
  const { t } = useTranslation('records')
  const { theatre } = useTheatre()
  const tz = theatre.timezone
  const saved = useSaved(onSaved)
  const base = useBaseVersion(record)
  const parties = useActingFor('party')
  const initialArea = record ? JSON.stringify(record.geometry) : ''
  const [partyChoice, setPartyId] = useState('')
  const partyId = record?.partyId ?? (partyChoice || parties[0]?.id)
  const [kind, setKind] = useState<Activity['kind']>(record?.kind ?? 'ground')
  const [area, setArea] = useState(initialArea)
  const [start, setStart] = useState(record ? localOf(record.window.start, tz) : hoursAhead(1, tz))
  const [end, setEnd] = useState(record ? localOf(record.window.end, tz) : hoursAhead(5, tz))
  const [note, setNote] = useState(record?.note ?? '')
  const [missing, setMissing] = useState(false)
  // ref → version the party knows of; what it already acknowledged is listed from the start
  const [known, setKnown] = useState(() => new Map((record?.awareOf ?? []).map((a) => [a.ref, a.version])))

  const acknowledged = useQuery({
    queryKey: ['acknowledgements', theatre.code, 'records', 'acknowledged', partyId],
    queryFn: () => listAll('/api/v1/theatres/{theatre}/acknowledgements', { theatre: theatre.code }, { state: 'acknowledged', party: partyId }),
    enabled: !!partyId,
  })
  useEffect(() => {
    if (!acknowledged.data) return
    setKnown((k) => {
      const next = new Map(k)
      for (const a of acknowledged.data) if ((next.get(a.subject.ref) ?? 0) < a.subject.version) next.set(a.subject.ref, a.subject.version)
      return next
    })
  }, [acknowledged.data])

  const parsed = parseGeoJson(area, 'area')
  const awareOf = [...known].map(([ref, version]) => ({ ref, version }))

  const save = useMutation({
    mutationFn: async () => {
      const path = { theatre: theatre.code }
      const window = { start: isoOf(start, tz) ?? start, end: isoOf(end, tz) ?? end }
      const geometry = parsed.geometry as Polygon | MultiPolygon
      if (record) {
        return ok(
          api.PATCH('/api/v1/theatres/{theatre}/activities/{id}', {
            params: { path: { ...path, id: record.id } },
            body: { version: base.version, kind, window, awareOf, note: note.trim() || undefined, ...(area !== initialArea && { geometry }) },
          }),
        )
      }
      return ok(
        api.POST('/api/v1/theatres/{theatre}/activities', {
          params: { path },
          body: { partyId: parties.length > 1 ? partyId : undefined, kind, geometry, window, awareOf, note: note.trim() || undefined },
        }),
      )
    },
    onSuccess: (a) => saved('activity', a.id, ['activities']),
  })
  const mustAcknowledge = save.error instanceof ApiProblem ? missingOf(save.error.body) : undefined

  const formRef = useFocusInvalid(save.error)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const empty = !record && !area.trim()
    setMissing(empty)
    if (!empty && !parsed.error) save.mutate()
  }

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate aria-label={record ? t('edit.title', { ref: record.ref }) : t('new.activity')}>
      <p className="muted small">{t('form.activityConfidential')}</p>
      {!record && <ActorSelect label={t('form.party')} name="partyId" actors={parties} value={partyId ?? ''} onChange={setPartyId} problem={save.error} />}
      <Field label={t('form.activityKind')} name="kind" problem={save.error}>
        {(p) => (
          <select {...p} value={kind} onChange={(e) => setKind(e.target.value as Activity['kind'])}>
            {ACTIVITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`activityKind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
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
        <TimeField label={t('form.start')} name="window/start" value={start} onChange={setStart} problem={save.error} required />
        <TimeField label={t('form.end')} name="window/end" value={end} onChange={setEnd} problem={save.error} required />
      </div>
      <Field label={t('form.note')} name="note" problem={save.error}>
        {(p) => <textarea {...p} rows={2} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <details className="rec-aware-of">
        <summary>{t('form.awareOf', { n: awareOf.length })}</summary>
        <p className="muted small">{t('form.awareOfHint')}</p>
        <ul className="rec-refs" dir="ltr">
          {awareOf.map((a) => (
            <li key={a.ref}>
              {a.ref} v{a.version}
            </li>
          ))}
        </ul>
      </details>
      <FormActions
        error={mustAcknowledge ? undefined : save.error}
        pending={save.isPending}
        submit={record ? t('form.saveVersion') : t('form.declare')}
        onCancel={onCancel}
        onReload={onReload}
        changed={base.changed}
      >
        {mustAcknowledge && (
          <AcknowledgeFirst missing={mustAcknowledge} partyId={partyId} known={known} onKnown={(ref, version) => setKnown((k) => new Map(k).set(ref, version))} />
        )}
      </FormActions>
    </form>
  )
}
