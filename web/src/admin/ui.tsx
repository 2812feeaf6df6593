import { useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiProblem } from '../api/client.ts'
import { useTheatre } from '../app/theatre.tsx'

/** What the caller may administer here; the API still decides (and answers 403 with a reason). */
export function useRights() {
  const view = useTheatre()
  const coordinatorAdmin = view.isAdmin || view.memberships.some((m) => m.actorKind === 'coordinator' && m.role === 'admin')
  const adminOf = new Set(view.memberships.filter((m) => m.role === 'admin').map((m) => m.actorId))
  return {
    coordinatorAdmin,
    instanceAdmin: view.isAdmin,
    /** Manages the actor's members, webhooks and details. */
    mayAdmin: (actorId: string) => coordinatorAdmin || adminOf.has(actorId),
  }
}

export const fieldError = (error: unknown, field: string) => (error instanceof ApiProblem ? error.fieldError(field) : undefined)

interface FieldProps {
  label: string
  error?: string
  hint?: string
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode
}

/** A labelled form control with the API's message for it beneath, tied to it for screen readers. */
export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId()
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': described })}
      {hint && (
        <span id={`${id}-hint`} className="muted small">
          {hint}
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

/**
 * What went wrong with a request, when it is not about one field alone: the API's detail, or for a stale version
 * a hint to reload. `fields` are those the form shows errors on, so their messages are not repeated here.
 */
export function ProblemNote({ error, fields = [] }: { error: unknown; fields?: string[] }) {
  const { t } = useTranslation('admin')
  if (!error) return null
  if (error instanceof ApiProblem) {
    const onFields = error.errors.length > 0 && error.errors.every((e) => fields.some((f) => e.path === `/body/${f}` || e.path.startsWith(`/body/${f}/`)))
    if (onFields) return <p className="error" role="alert">{t('fixFields')}</p>
    if (error.status === 409 && /version/i.test(`${error.detail} ${error.title}`)) return <p className="error" role="alert">{t('stale')}</p>
    return (
      <p className="error" role="alert">
        {error.detail ?? error.title}
      </p>
    )
  }
  return (
    <p className="error" role="alert">
      {error instanceof Error ? error.message : String(error)}
    </p>
  )
}

/** Copies a secret to the clipboard, saying so. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation('admin')
  const [done, setDone] = useState<boolean>()
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setDone(true)
    } catch {
      setDone(false)
    }
  }
  return (
    <>
      <button type="button" onClick={() => void copy()} aria-label={label}>
        {t('copy')}
      </button>
      <span aria-live="polite" className="small">
        {done === true ? t('copied') : done === false ? t('copyFailed') : ''}
      </span>
    </>
  )
}

/** A secret the API answers once: shown with a copy button until the user says they have stored it. */
export function SecretOnce({ title, secret, onDone, testId }: { title: string; secret: string; onDone(): void; testId: string }) {
  const { t } = useTranslation('admin')
  return (
    <div className="secret-once" role="alert" data-testid={testId}>
      <strong>{title}</strong>
      <p className="small">{t('shownOnce')}</p>
      <div className="row">
        <code className="secret">{secret}</code>
      </div>
      <div className="row">
        <CopyButton text={secret} label={t('copySecret')} />
        <span className="grow" />
        <button type="button" onClick={onDone}>
          {t('stored')}
        </button>
      </div>
    </div>
  )
}

/** A destructive action behind a second click, instead of a browser dialog. */
export function ConfirmButton({ label, confirm, onConfirm, disabled }: { label: string; confirm: string; onConfirm(): void; disabled?: boolean }) {
  const { t } = useTranslation('admin')
  const [asking, setAsking] = useState(false)
  if (!asking)
    return (
      <button type="button" className="danger" disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    )
  return (
    <span className="row confirm" role="group" aria-label={confirm}>
      <span className="small">{confirm}</span>
      <button type="button" className="danger" onClick={() => (setAsking(false), onConfirm())}>
        {t('yes')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('no')}
      </button>
    </span>
  )
}

/** "a, b; c" or Arabic "أ، ب" → ['a', 'b', 'c']. */
export const splitList = (s: string) =>
  s
    .split(/[,;،\n]/)
    .map((x) => x.trim())
    .filter(Boolean)
