import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiProblem } from '../api/client.ts'
import { navigate } from '../app/router.ts'
import { useTheatre } from '../app/theatre.tsx'
import { Acknowledgements } from './Acknowledgements.tsx'
import { ActivityForm } from './ActivityForm.tsx'
import { ControlAreaForm } from './ControlAreaForm.tsx'
import { History } from './History.tsx'
import { MovementForm } from './MovementForm.tsx'
import { RecordActions, useMayEdit } from './RecordActions.tsx'
import { RecordConflicts } from './RecordConflicts.tsx'
import { RecordFields } from './RecordFields.tsx'
import { SiteForm } from './SiteForm.tsx'
import { geometryOf, useRecord, type AnyRecord } from './useRecord.ts'
import { useFocus } from './useFocus.ts'
import { ZoneForm } from './ZoneForm.tsx'

/** What the panel's heading says a record is: its reference (or name) and status. */
function heading(r: AnyRecord): { ref: string; title?: string; status?: string } {
  switch (r.kind) {
    case 'site':
    case 'movement':
      return { ref: r.data.ref, title: r.data.name, status: r.data.status }
    case 'activity':
      return { ref: r.data.ref, status: r.data.status }
    case 'conflict':
      return { ref: r.data.ref, status: r.data.status }
    case 'zone':
      return { ref: r.data.name, status: r.data.withdrawnAt ? 'withdrawn' : r.data.inForce ? 'inForce' : 'notInForce' }
    case 'control_area':
      return { ref: '' }
  }
}

/**
 * The open record (/t/<theatre>/record/<kind>/<id>): its fields, the map flown to it, its actions (edit, withdraw,
 * cancel) for whoever may take them, its version history, acknowledgements and conflicts.
 */
export function RecordPanel({ kind, id }: { kind: string; id: string }) {
  const { t } = useTranslation('records')
  const { theatre } = useTheatre()
  const client = useQueryClient()
  const record = useRecord(kind, id)
  const [editing, setEditing] = useState(false)
  const r = record.data
  useFocus(id, r && geometryOf(r))
  const mayEdit = useMayEdit(r)

  const close = () => navigate({ theatre: theatre.code, view: 'map' })
  const reload = () => {
    setEditing(false)
    void client.invalidateQueries({ queryKey: ['record', kind, id] })
  }

  if (record.isPending) return <p className="muted">{t('loading')}</p>
  if (record.isError || !r) {
    const notFound = record.error instanceof ApiProblem && record.error.status === 404
    return (
      <section className="rec-record">
        <p className="error">{notFound ? t('record.notFound') : record.error?.message}</p>
        <button type="button" onClick={close}>
          {t('record.close')}
        </button>
      </section>
    )
  }
  const h = heading(r)
  const formProps = { onCancel: () => setEditing(false), onReload: reload, onSaved: () => setEditing(false) }
  return (
    <section className="rec-record" aria-labelledby="record-title">
      <header className="rec-record-head">
        <div className="grow">
          <span className="muted small">{t(`kind.${r.kind}`)}</span>
          <h2 id="record-title">
            {h.ref && (
              <span className="rec-ref" dir="ltr">
                {h.ref}
              </span>
            )}
            {h.title && <span className="rec-record-name"> {h.title}</span>}
            {!h.ref && !h.title && t('kind.control_area')}
          </h2>
          <div className="row">
            {h.status && <span className={`badge ${h.status}`}>{t(`status.${h.status}`, { defaultValue: h.status })}</span>}
            {'version' in r.data && <span className="badge">{t('record.version', { v: r.data.version })}</span>}
          </div>
        </div>
        <button type="button" onClick={close} aria-label={t('record.close')}>
          ×
        </button>
      </header>
      {editing ? (
        <>
          <h3>{t('edit.heading')}</h3>
          {r.kind === 'site' && <SiteForm record={r.data} {...formProps} />}
          {r.kind === 'movement' && <MovementForm record={r.data} {...formProps} />}
          {r.kind === 'activity' && <ActivityForm record={r.data} {...formProps} />}
          {r.kind === 'zone' && <ZoneForm record={r.data} {...formProps} />}
          {r.kind === 'control_area' && <ControlAreaForm record={r.data} {...formProps} />}
        </>
      ) : (
        <>
          <RecordFields record={r} />
          {mayEdit && <RecordActions record={r} onEdit={() => setEditing(true)} />}
          {(r.kind === 'site' || r.kind === 'movement') && <Acknowledgements id={r.data.id} version={r.data.version} />}
          {r.kind !== 'conflict' && r.kind !== 'control_area' && <RecordConflicts id={r.data.id} />}
          <History id={r.data.id} />
        </>
      )}
    </section>
  )
}
