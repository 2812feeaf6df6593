import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiProblem } from '../api/client.ts'
import { useActors } from '../app/actors.ts'
import { formatTime, fromLocalInput, toLocalInput } from '../app/format.ts'
import { navigate } from '../app/router.ts'
import { useTheatre } from '../app/theatre.tsx'
import { type Actor } from '../map/overlays.ts'
import { layerKey } from '../map/queries.ts'
import './records.css'

/** What a form's input gets so its label, error and hint are tied to it for screen readers. */
export interface InputProps {
  id: string
  'aria-invalid': boolean | undefined
  'aria-describedby': string | undefined
}

/**
 * One labelled form field with the API's error for it (ApiProblem.fieldError on `/body/<name>`), or a local one. The
 * input is rendered by the caller with the props given, so any control fits.
 */
export function Field(props: { label: string; name: string; problem?: unknown; error?: string; hint?: ReactNode; children(input: InputProps): ReactNode }) {
  const id = useId()
  const error = props.error ?? (props.problem instanceof ApiProblem ? props.problem.fieldError(props.name) : undefined)
  const described = [error && `${id}-error`, props.hint && `${id}-hint`].filter(Boolean).join(' ') || undefined
  return (
    <div className="rec-field">
      <label htmlFor={`${id}-input`}>{props.label}</label>
      {props.children({ id: `${id}-input`, 'aria-invalid': error ? true : undefined, 'aria-describedby': described })}
      {props.hint && (
        <span id={`${id}-hint`} className="muted small">
          {props.hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  )
}

/** A moment typed in the theatre's time zone (datetime-local), with the UTC time it means shown beside. */
export function TimeField(props: { label: string; name: string; value: string; onChange(v: string): void; problem?: unknown; required?: boolean }) {
  const { t } = useTranslation('records')
  const { theatre } = useTheatre()
  const at = fromLocalInput(props.value, theatre.timezone)
  const utc = at ? `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''
  return (
    <Field label={props.label} name={props.name} problem={props.problem} hint={`${t('form.zoneTime', { zone: theatre.timezone })}${utc ? ` · ${utc}` : ''}`}>
      {(p) => <input type="datetime-local" {...p} required={props.required} value={props.value} onChange={(e) => props.onChange(e.target.value)} />}
    </Field>
  )
}

/** A datetime-local value as the API takes it (ISO 8601, UTC), or undefined when empty or unreadable. */
export const isoOf = (value: string, timezone: string) => fromLocalInput(value, timezone)?.toISOString()

/** The problem's detail, above the submit button; for an error that is not the API's, its message. */
export function ProblemNote({ error }: { error: unknown }) {
  const { t } = useTranslation('records')
  if (!error) return null
  const text = error instanceof ApiProblem ? (error.detail ?? error.title) : error instanceof Error ? error.message : String(error)
  return (
    <div className="rec-problem" role="alert">
      <strong>{error instanceof ApiProblem ? error.title : t('form.failed')}</strong>
      <span>{text}</span>
    </div>
  )
}

/**
 * The actors of a kind the member may act for: their own (as editor or admin); every one of the kind for coordinators,
 * who may act on any actor's behalf (the API decides in the end).
 */
export function useActingFor(kind: 'organisation' | 'party'): Actor[] {
  const { memberships, isCoordinator } = useTheatre()
  const { list } = useActors()
  const mine = new Set(memberships.filter((m) => m.actorKind === kind && m.role !== 'viewer').map((m) => m.actorId))
  return list.filter((a) => a.kind === kind && (isCoordinator || mine.has(a.id)))
}

/** "On behalf of": shown only when there is a choice to make. */
export function ActorSelect(props: { label: string; name: string; actors: Actor[]; value: string; onChange(id: string): void; problem?: unknown }) {
  if (props.actors.length < 2) return null
  return (
    <Field label={props.label} name={props.name} problem={props.problem}>
      {(p) => (
        <select {...p} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          {props.actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

/** The parties a site or movement is shared with (each is asked to acknowledge it). */
export function ShareWith(props: { value: string[]; onChange(ids: string[]): void; problem?: unknown }) {
  const { t } = useTranslation('records')
  const parties = useActors().list.filter((a) => a.kind === 'party')
  const error = props.problem instanceof ApiProblem ? props.problem.fieldError('shareWith') : undefined
  const id = useId()
  return (
    <fieldset aria-describedby={error ? `${id}-error` : `${id}-hint`} aria-invalid={error ? true : undefined}>
      <legend>{t('form.shareWith')}</legend>
      <span id={`${id}-hint`} className="muted small">
        {t('form.shareWithHint')}
      </span>
      <div className="rec-checks">
        {parties.map((p) => (
          <label key={p.id} className="rec-check">
            <input
              type="checkbox"
              checked={props.value.includes(p.id)}
              onChange={(e) => props.onChange(e.target.checked ? [...props.value, p.id] : props.value.filter((x) => x !== p.id))}
            />
            {p.name}
          </label>
        ))}
      </div>
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </fieldset>
  )
}

/** After a record is written: the map's layers of that kind reload, and the record's panel opens. */
export function useSaved(onSaved?: () => void) {
  const client = useQueryClient()
  const { theatre } = useTheatre()
  return (kind: string, id: string, layers: string[]) => {
    for (const layer of [...layers, 'conflicts']) void client.invalidateQueries({ queryKey: layerKey(layer, theatre.code) })
    void client.invalidateQueries({ queryKey: ['record', kind, id] })
    onSaved?.()
    navigate({ theatre: theatre.code, view: 'record', kind, id })
  }
}

/** Whether a write failed because the record changed since it was read (409 without a list of what to acknowledge). */
export const isStale = (error: unknown) => error instanceof ApiProblem && error.status === 409 && !('missing' in error.body)

/** The problem of a failed write; a stale version (changed by someone else) offers to reload the record instead. */
export function ErrorNote({ error, onReload }: { error: unknown; onReload?(): void }) {
  const { t } = useTranslation('records')
  if (onReload && isStale(error))
    return (
      <div className="rec-problem" role="alert">
        <strong>{t('edit.stale')}</strong>
        <button type="button" onClick={onReload}>
          {t('edit.reload')}
        </button>
      </div>
    )
  return <ProblemNote error={error} />
}

/** Submit and cancel, with the problem's detail above them. */
export function FormActions(props: {
  error: unknown
  pending: boolean
  submit: string
  onCancel?(): void
  onReload?(): void
  /** The record changed (someone else saved a version) while this form was open. */
  changed?: boolean
  children?: ReactNode
}) {
  const { t } = useTranslation('records')
  return (
    <>
      {props.changed && props.onReload && !isStale(props.error) && (
        <div className="rec-problem" role="status">
          <strong>{t('edit.changed')}</strong>
          <button type="button" onClick={props.onReload}>
            {t('edit.reload')}
          </button>
        </div>
      )}
      <ErrorNote error={props.error} onReload={props.onReload} />
      {props.children}
      <div className="row">
        <button type="submit" className="primary" disabled={props.pending}>
          {props.pending ? t('form.saving') : props.submit}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t('form.cancel')}
          </button>
        )}
      </div>
    </>
  )
}

/** A number input's value for the API: undefined when left empty. */
export const numberOrUndefined = (s: string) => (s.trim() === '' ? undefined : Number(s))

/** Text isolated from its neighbours' direction (FSI … PDI), for values put into a translated sentence. */
export const isolate = (s: string) => `\u2068${s}\u2069`

/**
 * A moment as formatTime writes it — "14 Sep 2016, 10:00 (07:00 UTC)" — with the UTC part isolated left-to-right, so
 * that an Arabic line does not reorder it into "(UTC 07:00)".
 */
/** The moments of a record in the theatre's zone with UTC beside: `time(v)`, or `open` (or a dash) when there is none. */
export function useTime() {
  const { theatre } = useTheatre()
  return (v: string | null | undefined, open = '—') => (v ? formatTime(v, theatre.timezone) : open)
}

/** The props every record form takes: the record when editing it, and what to do on cancel or on a stale version. */
export interface FormProps<R> {
  record?: R
  onCancel?(): void
  onReload?(): void
  /** After a successful save (the record panel closes its editor). */
  onSaved?(): void
}

/**
 * The version an edit started from: the PATCH names it, so that a version saved meanwhile by someone else answers 409
 * instead of being overwritten (the record itself refreshes live under the form).
 */
export function useBaseVersion(record: { version: number } | undefined) {
  const [version] = useState(record?.version ?? 0)
  return { version, changed: !!record && record.version !== version }
}

/** A datetime-local value `hours` from the next full hour, in the theatre's zone (default times of a new record). */
export const hoursAhead = (hours: number, timezone: string) => toLocalInput(new Date(Math.ceil(Date.now() / 3_600_000 + hours) * 3_600_000), timezone)

/** A stored instant as a datetime-local value in the theatre's zone ('' for none). */
export const localOf = (iso: string | null | undefined, timezone: string) => (iso ? toLocalInput(new Date(iso), timezone) : '')

/** A form's ref that moves the focus to the first field the API found wrong, once it answers. */
export function useFocusInvalid(error: unknown) {
  const ref = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (error instanceof ApiProblem && error.errors.length) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [error])
  return ref
}
