import { useQueryClient } from '@tanstack/react-query'
import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiProblem, api, ok } from '../api/client.ts'
import { useActors } from '../app/actors.ts'
import { useTheatre } from '../app/theatre.tsx'

import { message, type Agreement } from './Agreements.tsx'
import { renderMarkdown } from './markdown.ts'

export const AGREEMENT_KINDS = ['ceasefire', 'cessation_of_hostilities', 'humanitarian_pause', 'deconfliction'] as const
type Kind = (typeof AGREEMENT_KINDS)[number]

/** A form field with its label and, under it, the API's (or our own) message for it. */
export function Field(props: { label: string; error?: string; hint?: string; children: (a: { id: string; invalid: boolean; describedBy?: string }) => ReactNode }) {
  const id = useId()
  const errId = `${id}-error`
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint && <span className="small muted">{props.hint}</span>}
      {props.children({ id, invalid: !!props.error, describedBy: props.error ? errId : undefined })}
      {props.error && (
        <p className="field-error" id={errId}>
          {props.error}
        </p>
      )}
    </div>
  )
}

/**
 * Drafts an agreement, or amends one (the coordinator's editors): a new text or new terms make a new version, which
 * the signatories sign afresh.
 */
export function AgreementForm({ agreement, onDone }: { agreement?: Agreement; onDone(saved?: Agreement): void }) {
  const { t } = useTranslation('agreements')
  const { theatre } = useTheatre()
  const { list: actors } = useActors()
  const client = useQueryClient()
  const parties = actors.filter((a) => a.kind === 'party')
  const [name, setName] = useState(agreement?.name ?? '')
  const [kind, setKind] = useState<Kind>(agreement?.kind ?? 'ceasefire')
  const [signatories, setSignatories] = useState<string[]>(agreement?.signatories ?? [])
  const [text, setText] = useState(agreement?.text ?? '')
  const [terms, setTerms] = useState(agreement && Object.keys(agreement.terms).length ? JSON.stringify(agreement.terms, null, 2) : '')
  const [preview, setPreview] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<unknown>()
  const [local, setLocal] = useState<Record<string, string>>({})

  const fieldError = (f: string) => local[f] ?? (problem instanceof ApiProblem ? problem.fieldError(f) : undefined)
  const known = ['name', 'kind', 'signatories', 'text', 'terms']
  const general = problem && !(problem instanceof ApiProblem && known.some((f) => problem.fieldError(f))) ? message(problem) : undefined

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const errors: Record<string, string> = {}
    if (!name.trim()) errors.name = t('form.required')
    if (!text.trim()) errors.text = t('form.required')
    let parsed: Record<string, unknown> = {}
    if (terms.trim()) {
      try {
        parsed = JSON.parse(terms)
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) errors.terms = t('form.termsObject')
      } catch {
        errors.terms = t('form.termsInvalid')
      }
    }
    setLocal(errors)
    if (Object.keys(errors).length) return
    setBusy(true)
    setProblem(undefined)
    try {
      const path = { theatre: theatre.code }
      const body = { name: name.trim(), kind, signatories, text, terms: parsed }
      const saved = agreement
        ? await ok(api.PATCH('/api/v1/theatres/{theatre}/agreements/{id}', { params: { path: { ...path, id: agreement.id } }, body: { ...body, version: agreement.version } }))
        : await ok(api.POST('/api/v1/theatres/{theatre}/agreements', { params: { path }, body }))
      await client.invalidateQueries({ predicate: (q) => q.queryKey.includes('agreements') })
      onDone(saved)
    } catch (err) {
      setProblem(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="stack agreement-form" onSubmit={submit} noValidate>
      <Field label={t('form.name')} error={fieldError('name')}>
        {(f) => (
          <input id={f.id} value={name} maxLength={200} required onChange={(e) => setName(e.target.value)} aria-invalid={f.invalid || undefined} aria-describedby={f.describedBy} />
        )}
      </Field>
      <Field label={t('form.kind')} error={fieldError('kind')}>
        {(f) => (
          <select id={f.id} value={kind} onChange={(e) => setKind(e.target.value as Kind)} aria-invalid={f.invalid || undefined} aria-describedby={f.describedBy}>
            {AGREEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset aria-invalid={fieldError('signatories') ? true : undefined}>
        <legend>{t('form.signatories')}</legend>
        {parties.map((p) => (
          <label key={p.id} className="check">
            <input
              type="checkbox"
              checked={signatories.includes(p.id)}
              onChange={(e) => setSignatories((s) => (e.target.checked ? [...s, p.id] : s.filter((x) => x !== p.id)))}
            />
            {p.shortName} — {p.name}
          </label>
        ))}
        {fieldError('signatories') && <p className="field-error">{fieldError('signatories')}</p>}
      </fieldset>
      <Field label={t('form.text')} hint={t('form.textHint')} error={fieldError('text')}>
        {(f) => (
          <>
            <div className="row">
              <button type="button" className={preview ? '' : 'active'} aria-pressed={!preview} onClick={() => setPreview(false)}>
                {t('form.write')}
              </button>
              <button type="button" className={preview ? 'active' : ''} aria-pressed={preview} onClick={() => setPreview(true)}>
                {t('form.preview')}
              </button>
            </div>
            {preview ? (
              <div className="agreement-text card" dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />
            ) : (
              <textarea
                id={f.id}
                value={text}
                rows={12}
                required
                dir="auto"
                onChange={(e) => setText(e.target.value)}
                aria-invalid={f.invalid || undefined}
                aria-describedby={f.describedBy}
              />
            )}
          </>
        )}
      </Field>
      <Field label={t('form.terms')} hint={t('form.termsHint')} error={fieldError('terms')}>
        {(f) => (
          <textarea
            id={f.id}
            className="mono"
            dir="ltr"
            value={terms}
            rows={5}
            placeholder='{"initialDays": 7}'
            onChange={(e) => setTerms(e.target.value)}
            aria-invalid={f.invalid || undefined}
            aria-describedby={f.describedBy}
          />
        )}
      </Field>
      {agreement && <p className="small muted">{t('form.amendHint', { version: agreement.versions + 1 })}</p>}
      {general && (
        <p className="error" role="alert">
          {general}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {agreement ? t('form.saveAmend') : t('form.saveCreate')}
        </button>
        <button type="button" disabled={busy} onClick={() => onDone()}>
          {t('cancel')}
        </button>
      </div>
    </form>
  )
}
