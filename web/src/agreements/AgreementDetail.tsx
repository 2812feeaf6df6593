import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiProblem, api, ok } from '../api/client.ts'
import { listAll, type ItemOf } from '../api/lists.ts'
import { useActors } from '../app/actors.ts'
import { formatTime } from '../app/format.ts'
import { useTheatre } from '../app/theatre.tsx'
import { RouteLink, useCoordinatorEditor } from '../inbox/shared.tsx'
import { AgreementForm, Field } from './AgreementForm.tsx'
import { message, type Agreement } from './Agreements.tsx'
import { diffLines, diffTerms, hunks } from './diff.ts'
import { renderMarkdown } from './markdown.ts'
import { AgreementZones } from './Zones.tsx'

type Version = ItemOf<'/api/v1/theatres/{theatre}/agreements/{id}/versions'>
type Signature = Agreement['signatures'][number]
type Status = Agreement['status']

const MOVES: Record<Status, Status[]> = { draft: ['in_force', 'ended'], in_force: ['suspended', 'ended'], suspended: ['in_force', 'ended'], ended: [] }

/** One agreement: status and its history, signatures, the current text and terms, every version, its zones. */
export function AgreementDetail({ id }: { id: string }) {
  const { t } = useTranslation('agreements')
  const { theatre } = useTheatre()
  const code = theatre.code
  const coordinator = useCoordinatorEditor()
  const [amending, setAmending] = useState(false)
  const agreement = useQuery({
    queryKey: ['agreements', code, id],
    queryFn: () => ok(api.GET('/api/v1/theatres/{theatre}/agreements/{id}', { params: { path: { theatre: code, id } } })),
  })
  const back = (
    <RouteLink to={{ theatre: code, view: 'agreements' }} className="back">
      {t('back')}
    </RouteLink>
  )
  if (agreement.isPending) return <p className="muted">{t('loading')}</p>
  if (agreement.isError)
    return (
      <section className="agreements">
        {back}
        <p className="error">{agreement.error instanceof ApiProblem && agreement.error.status === 404 ? t('notFound') : message(agreement.error)}</p>
      </section>
    )
  const a = agreement.data
  const ended = a.status === 'ended'

  return (
    <article className="agreements agreement" aria-labelledby="agreement-title" data-agreement={a.id}>
      {back}
      <header>
        <h2 id="agreement-title">{a.name}</h2>
        <div className="row small">
          <span className={`badge status-${a.status}`}>{t(`status.${a.status}`)}</span>
          <span>{t(`kind.${a.kind}`)}</span>
          <span className="muted">· {t('versionOf', { version: a.versions })}</span>
        </div>
      </header>

      <StatusSection agreement={a} canChange={coordinator && !ended} />
      <SignaturesSection agreement={a} />

      <section aria-labelledby="agreement-text-title" className="agreement-section">
        <div className="row">
          <h3 id="agreement-text-title" className="grow">
            {t('text.title', { version: a.versions })}
          </h3>
          {coordinator && !ended && !amending && (
            <button type="button" onClick={() => setAmending(true)}>
              {t('amend.button')}
            </button>
          )}
        </div>
        {amending ? (
          <AgreementForm agreement={a} onDone={() => setAmending(false)} />
        ) : (
          <>
            <div className="agreement-text card" dir="auto" dangerouslySetInnerHTML={{ __html: renderMarkdown(a.text) }} />
            <Terms terms={a.terms} />
          </>
        )}
      </section>

      <Versions agreement={a} />
      <AgreementZones agreement={a} />
    </article>
  )
}

function Terms({ terms }: { terms: Record<string, unknown> }) {
  const { t } = useTranslation('agreements')
  const entries = Object.entries(terms)
  return (
    <div className="agreement-terms">
      <h4>{t('text.terms')}</h4>
      {entries.length === 0 ? (
        <p className="muted small">{t('text.noTerms')}</p>
      ) : (
        <table>
          <tbody>
            {entries.map(([k, v]) => (
              <tr key={k}>
                <th scope="row">{k}</th>
                <td>{typeof v === 'string' ? v : <code dir="ltr">{JSON.stringify(v)}</code>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

/** The current status, the reasons it changed (from the ledger), and for the coordinator the next moves. */
function StatusSection({ agreement: a, canChange }: { agreement: Agreement; canChange: boolean }) {
  const { t } = useTranslation('agreements')
  const { theatre } = useTheatre()
  const code = theatre.code
  const history = useQuery({
    queryKey: ['agreements', code, a.id, 'history'],
    queryFn: () => ok(api.GET('/api/v1/theatres/{theatre}/ledger', { params: { path: { theatre: code }, query: { subject: a.id, limit: 500 } } })),
  })
  const changes = (history.data?.items ?? [])
    .filter((e) => e.action === 'agreement.create' || e.action === 'agreement.status')
    .map((e) => {
      const p = (e.payload ?? {}) as { status?: string; statusReason?: string | null }
      return { seq: e.seq, at: e.at, status: e.action === 'agreement.create' ? 'draft' : (p.status ?? '?'), reason: e.action === 'agreement.create' ? null : (p.statusReason ?? null) }
    })
    .reverse()

  return (
    <section aria-labelledby="agreement-status-title" className="agreement-section">
      <h3 id="agreement-status-title">{t('statusSection.title')}</h3>
      <p className="agreement-status-now">
        <span className={`badge status-${a.status}`}>{t(`status.${a.status}`)}</span>
        {a.statusChangedAt && <span className="small muted"> {t('statusSection.since', { when: formatTime(a.statusChangedAt, theatre.timezone) })}</span>}
        {a.statusReason && <span className="status-reason">{a.statusReason}</span>}
      </p>
      {changes.length > 1 && (
        <details>
          <summary>{t('statusSection.history', { n: changes.length })}</summary>
          <ul className="status-history">
            {changes.map((c) => (
              <li key={c.seq}>
                <span className={`badge status-${c.status}`}>{t(`status.${c.status}`, { defaultValue: c.status })}</span>{' '}
                <span className="small muted">{formatTime(c.at, theatre.timezone)}</span>
                {c.reason && <div className="small">{c.reason}</div>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {canChange && <StatusForm agreement={a} />}
    </section>
  )
}

function StatusForm({ agreement: a }: { agreement: Agreement }) {
  const { t } = useTranslation('agreements')
  const { theatre } = useTheatre()
  const client = useQueryClient()
  const moves = MOVES[a.status]
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState<Status>(moves[0])
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<unknown>()
  const [reasonRequired, setReasonRequired] = useState(false)
  if (!moves.length) return null
  if (!open)
    return (
      <button type="button" onClick={() => (setOpen(true), setStatus(moves[0]))}>
        {t('statusSection.change')}
      </button>
    )
  const fieldError = (f: string) => (problem instanceof ApiProblem ? problem.fieldError(f) : undefined)
  const general = problem && !fieldError('status') && !fieldError('reason') ? message(problem) : undefined

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setReasonRequired(!reason.trim())
    if (!reason.trim()) return
    setBusy(true)
    setProblem(undefined)
    try {
      await ok(
        api.POST('/api/v1/theatres/{theatre}/agreements/{id}/status', {
          params: { path: { theatre: theatre.code, id: a.id } },
          body: { version: a.version, status, reason: reason.trim() },
        }),
      )
      await client.invalidateQueries({ predicate: (q) => q.queryKey.includes('agreements') || q.queryKey.includes('zones') })
      setOpen(false)
      setReason('')
    } catch (err) {
      setProblem(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="stack status-form card" onSubmit={submit} noValidate aria-label={t('statusSection.change')}>
      <Field label={t('statusSection.to')} error={fieldError('status')}>
        {(f) => (
          <select id={f.id} value={status} onChange={(e) => setStatus(e.target.value as Status)} aria-invalid={f.invalid || undefined} aria-describedby={f.describedBy}>
            {moves.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('statusSection.reason')} error={reasonRequired ? t('form.required') : fieldError('reason')}>
        {(f) => (
          <textarea
            id={f.id}
            rows={3}
            maxLength={4000}
            value={reason}
            required
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={f.invalid || undefined}
            aria-describedby={f.describedBy}
          />
        )}
      </Field>
      {general && (
        <p className="error" role="alert">
          {general}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('statusSection.submit')}
        </button>
        <button type="button" disabled={busy} onClick={() => (setOpen(false), setProblem(undefined), setReasonRequired(false))}>
          {t('cancel')}
        </button>
      </div>
    </form>
  )
}

/** A line about one signature: when, and whether with the party's own key or by its membership. */
function SignatureNote({ s }: { s: Signature }) {
  const { t } = useTranslation('agreements')
  const { theatre } = useTheatre()
  return (
    <span className="small">
      <bdi>{formatTime(s.signedAt, theatre.timezone)}</bdi> ·{' '}
      {s.signature ? <span title={s.signature}>{t('signatures.withKey', { key: s.keyId ?? '' })}</span> : <span className="muted">{t('signatures.byMembership')}</span>}
    </span>
  )
}

function SignaturesSection({ agreement: a }: { agreement: Agreement }) {
  const { t } = useTranslation('agreements')
  const { memberships } = useTheatre()
  const { byId } = useActors()
  const mine = memberships.filter((m) => m.actorKind === 'party' && m.role !== 'viewer' && a.signatories.includes(m.actorId)).map((m) => m.actorId)
  const current = new Map(a.signatures.filter((s) => s.version === a.versions).map((s) => [s.partyId, s]))

  return (
    <section aria-labelledby="agreement-signatures-title" className="agreement-section">
      <h3 id="agreement-signatures-title">{t('signatures.title', { version: a.versions })}</h3>
      {a.signatories.length === 0 ? (
        <p className="muted small">{t('signatures.none')}</p>
      ) : (
        <ul className="list signatories">
          {a.signatories.map((p) => {
            const s = current.get(p)
            const earlier = a.signatures.filter((x) => x.partyId === p && x.version !== a.versions).map((x) => x.version)
            const party = byId.get(p)
            return (
              <li key={p} className="signatory">
                <span className={`badge ${s ? 'ok' : 'pending'}`}>{s ? t('signatures.signed') : t('signatures.notSigned')}</span>{' '}
                <strong title={party?.name}>
                  <bdi>{party?.shortName ?? p}</bdi>
                </strong>{' '}
                <bdi className="small muted">{party?.name}</bdi>
                {s && (
                  <div>
                    <SignatureNote s={s} />
                  </div>
                )}
                {earlier.length > 0 && <div className="small muted">{t('signatures.earlier', { versions: earlier.map((v) => `v${v}`).join(', ') })}</div>}
                {mine.includes(p) && !s && a.status !== 'ended' && <SignForm agreement={a} partyId={p} publicKey={!!party?.publicKey} multiple={mine.length > 1} />}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

/** A signatory party's member signs the current version, with the party's key when it registered one. */
function SignForm({ agreement: a, partyId, publicKey, multiple }: { agreement: Agreement; partyId: string; publicKey: boolean; multiple: boolean }) {
  const { t } = useTranslation('agreements')
  const { theatre } = useTheatre()
  const client = useQueryClient()
  const [signature, setSignature] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<unknown>()
  const fieldError = (f: string) => (problem instanceof ApiProblem ? problem.fieldError(f) : undefined)
  const general = problem && !fieldError('signature') ? message(problem) : undefined

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setProblem(undefined)
    try {
      await ok(
        api.POST('/api/v1/theatres/{theatre}/agreements/{id}/signatures', {
          params: { path: { theatre: theatre.code, id: a.id } },
          body: { version: a.versions, ...(multiple ? { partyId } : {}), ...(signature.trim() ? { signature: signature.trim() } : {}) },
        }),
      )
      await client.invalidateQueries({ predicate: (q) => q.queryKey.includes('agreements') })
    } catch (err) {
      setProblem(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="stack sign-form" onSubmit={submit} noValidate>
      {publicKey && (
        <>
          <p className="small">{t('sign.keyHint')}</p>
          <code className="statement" dir="ltr">
            {a.statement}
          </code>
        </>
      )}
      {(publicKey || fieldError('signature')) && (
        <Field label={t('sign.signature')} error={fieldError('signature')}>
          {(f) => (
            <input
              id={f.id}
              dir="ltr"
              className="mono"
              value={signature}
              onChange={(e) => setSignature(e.target.value)}
              aria-invalid={f.invalid || undefined}
              aria-describedby={f.describedBy}
            />
          )}
        </Field>
      )}
      {general && (
        <p className="error" role="alert">
          {general}
        </p>
      )}
      <div>
        <button type="submit" className="primary" disabled={busy}>
          {t('sign.button', { version: a.versions })}
        </button>
      </div>
    </form>
  )
}

/** Each version of the text, newest first: when it was made, who signed it, and what it changed. */
function Versions({ agreement: a }: { agreement: Agreement }) {
  const { t } = useTranslation('agreements')
  const { theatre } = useTheatre()
  const code = theatre.code
  const { byId } = useActors()
  const versions = useQuery({
    queryKey: ['agreements', code, a.id, 'versions', a.versions],
    queryFn: () => listAll('/api/v1/theatres/{theatre}/agreements/{id}/versions', { theatre: code, id: a.id }),
  })
  const list = [...(versions.data ?? [])].sort((x, y) => y.version - x.version)
  const previous = (v: Version) => list.find((x) => x.version === v.version - 1)

  return (
    <section aria-labelledby="agreement-versions-title" className="agreement-section">
      <h3 id="agreement-versions-title">{t('versions.title')}</h3>
      {versions.isError && <p className="error">{message(versions.error)}</p>}
      <ol className="list versions" reversed>
        {list.map((v) => {
          const prev = previous(v)
          return (
            <li key={v.version} className="card version">
              <details open={v.version === a.versions && a.versions > 1}>
                <summary>
                  <strong>{t('versions.version', { version: v.version })}</strong>{' '}
                  {v.version === a.versions && <span className="badge">{t('versions.current')}</span>}{' '}
                  <span className="small muted">{formatTime(v.createdAt, theatre.timezone)}</span>
                </summary>
                <div className="small version-signatures">
                  {v.signatures.length === 0 ? (
                    <span className="muted">{t('versions.unsigned')}</span>
                  ) : (
                    <ul>
                      {v.signatures.map((s) => (
                        <li key={s.partyId}>
                          <strong><bdi>{byId.get(s.partyId)?.shortName ?? s.partyId}</bdi></strong> <SignatureNote s={s} />
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
                {prev ? <VersionChanges before={prev} after={v} /> : <p className="small muted">{t('versions.first')}</p>}
              </details>
            </li>
          )
        })}
      </ol>
    </section>
  )
}

function VersionChanges({ before, after }: { before: Version; after: Version }) {
  const { t } = useTranslation('agreements')
  const lines = hunks(diffLines(before.text, after.text))
  const terms = diffTerms(before.terms, after.terms)
  return (
    <div className="version-changes">
      <h4>{t('versions.changes', { from: before.version, to: after.version })}</h4>
      {lines.length === 0 ? (
        <p className="small muted">{t('versions.sameText')}</p>
      ) : (
        <pre className="diff" dir="auto" aria-label={t('versions.textChanges')}>
          {lines.map((l, i) =>
            l === null ? (
              <span key={i} className="diff-gap">
                …{'\n'}
              </span>
            ) : (
              <span key={i} className={`diff-${l.op}`}>
                {l.op === 'add' ? '+ ' : l.op === 'del' ? '− ' : '  '}
                {l.text}
                {'\n'}
              </span>
            ),
          )}
        </pre>
      )}
      {terms.length > 0 && (
        <ul className="small terms-changes">
          {terms.map((c) => (
            <li key={c.key}>
              <code>{c.key}</code>:{' '}
              {c.op === 'add'
                ? t('versions.termAdded', { value: c.after })
                : c.op === 'del'
                  ? t('versions.termRemoved', { value: c.before })
                  : t('versions.termChanged', { before: c.before, after: c.after })}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
