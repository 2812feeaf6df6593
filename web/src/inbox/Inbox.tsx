import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiProblem, api, ok } from '../api/client.ts'
import { listAll, type ItemOf } from '../api/lists.ts'
import type { paths } from '../api/schema'
import { useActors } from '../app/actors.ts'
import { formatRelative, formatTime } from '../app/format.ts'
import { useTheatre } from '../app/theatre.tsx'
import { RecordLink, receiptUrl, shortHash, useNow, useWritableActors } from './shared.tsx'
import './inbox.css'

export type Ack = ItemOf<'/api/v1/theatres/{theatre}/acknowledgements'>
type AnswerResponse = paths['/api/v1/theatres/{theatre}/acknowledgements/{id}/acknowledge']['post']['responses'][200]['content']['application/json']

const STATES = ['pending', 'acknowledged', 'objected', 'expired'] as const
type State = (typeof STATES)[number]

/** A deadline this close is highlighted. */
const SOON_MS = 12 * 3_600_000

/** What an answer left behind: the ledger entry that proves it. */
interface Receipt {
  ackId: string
  ref: string
  version: number
  answer: 'acknowledged' | 'objected'
  seq: number
  hash: string
  at: string
}

const toReceipt = (r: AnswerResponse): Receipt => ({
  ackId: r.acknowledgement.id,
  ref: r.acknowledgement.subject.ref,
  version: r.acknowledgement.subject.version,
  answer: r.acknowledgement.state === 'objected' ? 'objected' : 'acknowledged',
  seq: r.receipt.entry.seq,
  hash: r.receipt.entry.hash,
  at: r.receipt.entry.at,
})

const message = (e: unknown) => (e instanceof ApiProblem ? (e.detail ?? e.title) : e instanceof Error ? e.message : String(e))

/**
 * A party's acknowledgement inbox: each site or movement version shared with it, due by a deadline. One action
 * acknowledges or objects (with a reason); the answer's signed ledger receipt is shown. Coordinators see every party's.
 */
export function Inbox() {
  const { t } = useTranslation('inbox')
  const { theatre, isCoordinator } = useTheatre()
  const code = theatre.code
  const { list: actors, byId } = useActors()
  const writable = useWritableActors()
  const client = useQueryClient()
  const now = useNow(30_000)
  const [state, setState] = useState<State>('pending')
  const [party, setParty] = useState('')
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [receipts, setReceipts] = useState<Receipt[]>([])
  const [bulk, setBulk] = useState<{ busy: boolean; errors: string[] }>({ busy: false, errors: [] })

  const acks = useQuery({
    queryKey: ['acknowledgements', code, state, party],
    queryFn: () => listAll('/api/v1/theatres/{theatre}/acknowledgements', { theatre: code }, { state, party: party || undefined }),
  })
  const items = [...(acks.data ?? [])].sort((a, b) =>
    state === 'pending' || state === 'expired' ? a.deadline.localeCompare(b.deadline) : (b.answeredAt ?? '').localeCompare(a.answeredAt ?? ''),
  )
  const answerable = (a: Ack) => (a.state === 'pending' || a.state === 'expired') && writable.has(a.party)
  const selectable = items.filter(answerable)
  const chosen = selectable.filter((a) => selected.has(a.id))

  const answered = (r: AnswerResponse) => {
    setReceipts((list) => [toReceipt(r), ...list.filter((x) => x.ackId !== r.acknowledgement.id)].slice(0, 20))
    setSelected((s) => {
      const next = new Set(s)
      next.delete(r.acknowledgement.id)
      return next
    })
  }
  const refresh = () => client.invalidateQueries({ queryKey: ['acknowledgements', code] })

  const acknowledgeSelected = async () => {
    setBulk({ busy: true, errors: [] })
    const errors: string[] = []
    // One at a time: each answer is its own ledger entry, and the server orders them anyway.
    for (const a of chosen) {
      try {
        answered(await acknowledge(code, a.id))
      } catch (e) {
        errors.push(`${a.subject.ref}: ${message(e)}`)
      }
    }
    setBulk({ busy: false, errors })
    await refresh()
  }

  const parties = actors.filter((a) => a.kind === 'party')
  const toggleAll = (on: boolean) => setSelected(new Set(on ? selectable.map((a) => a.id) : []))

  return (
    <section className="inbox" aria-labelledby="inbox-title">
      <h2 id="inbox-title">{t('title')}</h2>
      <div className="row inbox-filters">
        <label>
          {t('filter.state')}
          <select value={state} onChange={(e) => (setState(e.target.value as State), setSelected(new Set()))}>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t(`state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {isCoordinator && (
          <label>
            {t('filter.party')}
            <select value={party} onChange={(e) => (setParty(e.target.value), setSelected(new Set()))}>
              <option value="">{t('filter.allParties')}</option>
              {parties.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.shortName} — {p.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>

      {receipts.length > 0 && (
        <div className="card inbox-receipts" role="status" aria-label={t('receipts.title')}>
          <div className="row">
            <h3 className="grow">{t('receipts.title')}</h3>
            <button type="button" className="small" onClick={() => setReceipts([])}>
              {t('receipts.clear')}
            </button>
          </div>
          <ul className="list">
            {receipts.map((r) => (
              <li key={r.ackId} className="inbox-receipt">
                <span className={`badge ${r.answer}`}>{t(`state.${r.answer}`)}</span> <strong>{r.ref}</strong> v{r.version}{' '}
                <span className="muted small">{formatTime(r.at, theatre.timezone)}</span>
                <div className="small">
                  {t('receipts.entry', { seq: r.seq })} · <code title={r.hash}>{shortHash(r.hash)}…</code> ·{' '}
                  <a href={receiptUrl(code, r.seq)} target="_blank" rel="noreferrer">
                    {t('receipts.open')}
                  </a>
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}

      {selectable.length > 0 && (
        <div className="row inbox-bulk">
          <label className="check">
            <input type="checkbox" checked={chosen.length === selectable.length} onChange={(e) => toggleAll(e.target.checked)} />
            {t('bulk.all')}
          </label>
          <button type="button" className="primary" disabled={chosen.length === 0 || bulk.busy} onClick={acknowledgeSelected}>
            {bulk.busy ? t('working') : t('bulk.acknowledge', { n: chosen.length })}
          </button>
        </div>
      )}
      {bulk.errors.length > 0 && (
        <ul className="error" role="alert">
          {bulk.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}

      {acks.isPending && <p className="muted">{t('loading')}</p>}
      {acks.isError && <p className="error">{message(acks.error)}</p>}
      {acks.isSuccess && items.length === 0 && <p className="muted">{t(`empty.${state}`)}</p>}
      <ul className="list" aria-label={t('listLabel')}>
        {items.map((a) => (
          <AckItem
            key={a.id}
            ack={a}
            now={now}
            partyName={byId.get(a.party)?.shortName ?? a.party}
            canAnswer={answerable(a)}
            selected={selected.has(a.id)}
            onSelect={(on) =>
              setSelected((s) => {
                const next = new Set(s)
                if (on) next.add(a.id)
                else next.delete(a.id)
                return next
              })
            }
            onAnswered={(r) => (answered(r), void refresh())}
          />
        ))}
      </ul>
    </section>
  )
}

function acknowledge(theatre: string, id: string) {
  return ok(api.POST('/api/v1/theatres/{theatre}/acknowledgements/{id}/acknowledge', { params: { path: { theatre, id } }, body: {} }))
}

function object(theatre: string, id: string, reason: string) {
  return ok(api.POST('/api/v1/theatres/{theatre}/acknowledgements/{id}/object', { params: { path: { theatre, id } }, body: { reason } }))
}

function AckItem(props: {
  ack: Ack
  now: number
  partyName: string
  canAnswer: boolean
  selected: boolean
  onSelect(on: boolean): void
  onAnswered(r: AnswerResponse): void
}) {
  const { ack: a, now, canAnswer } = props
  const { t } = useTranslation('inbox')
  const { theatre } = useTheatre()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [objecting, setObjecting] = useState(false)
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string>()

  const left = new Date(a.deadline).getTime() - now
  const open = a.state === 'pending' || a.state === 'expired'
  const urgency = !open ? '' : left < 0 ? 'overdue' : left < SOON_MS ? 'soon' : ''
  const headingId = `ack-${a.id}`

  const run = async (call: () => Promise<AnswerResponse>) => {
    setBusy(true)
    setError(undefined)
    try {
      props.onAnswered(await call())
      setObjecting(false)
    } catch (e) {
      const field = e instanceof ApiProblem ? e.fieldError('reason') : undefined
      if (field) setReasonError(field)
      else setError(message(e))
    } finally {
      setBusy(false)
    }
  }
  const submitObjection = (e: FormEvent) => {
    e.preventDefault()
    if (!reason.trim()) {
      setReasonError(t('object.required'))
      return
    }
    setReasonError(undefined)
    void run(() => object(theatre.code, a.id, reason.trim()))
  }

  return (
    <li className={`card ack ${urgency}`} aria-labelledby={headingId} data-ack={a.id} data-ref={a.subject.ref}>
      <div className="ack-head">
        {canAnswer && (
          <input
            type="checkbox"
            className="ack-select"
            checked={props.selected}
            onChange={(e) => props.onSelect(e.target.checked)}
            aria-label={t('select', { ref: a.subject.ref })}
          />
        )}
        <div className="grow">
          <div id={headingId}>
            <RecordLink kind={a.subject.kind} id={a.subject.id}>
              <strong>{a.subject.ref}</strong>
            </RecordLink>{' '}
            <bdi>{a.subject.name}</bdi>
          </div>
          <div className="small muted">
            {t(`kind.${a.subject.kind}`, { defaultValue: a.subject.kind })} · {t('version', { version: a.subject.version })} ·{' '}
            {t('party', { party: props.partyName })}
          </div>
        </div>
        <span className={`badge ${a.state === 'expired' ? 'overdue' : a.state}`}>{t(`state.${a.state}`, { defaultValue: a.state })}</span>
      </div>

      {open ? (
        <div className="ack-deadline small">
          {t('deadline')} {formatTime(a.deadline, theatre.timezone)}{' '}
          <span className={`badge ${urgency === 'overdue' ? 'overdue' : urgency === 'soon' ? 'pending' : ''}`}>
            {left < 0 ? t('overdue', { when: formatRelative(a.deadline, now) }) : t('due', { when: formatRelative(a.deadline, now) })}
          </span>
        </div>
      ) : (
        <div className="small">
          {a.answeredAt && (
            <>
              {t('answeredAt', { when: formatTime(a.answeredAt, theatre.timezone) })}
              {a.ledgerSeq !== null && (
                <>
                  {' '}
                  ·{' '}
                  <a href={receiptUrl(theatre.code, a.ledgerSeq)} target="_blank" rel="noreferrer">
                    {t('receipts.entry', { seq: a.ledgerSeq })}
                  </a>
                </>
              )}
            </>
          )}
          {a.reason && <p className="ack-reason">{t('reasonGiven', { reason: a.reason })}</p>}
        </div>
      )}

      {canAnswer && !objecting && (
        <div className="row ack-actions">
          <button type="button" className="primary" disabled={busy} onClick={() => run(() => acknowledge(theatre.code, a.id))}>
            {t('acknowledge')}
          </button>
          <button type="button" className="danger" disabled={busy} onClick={() => (setObjecting(true), setReasonError(undefined))}>
            {t('object.button')}
          </button>
        </div>
      )}
      {canAnswer && objecting && (
        <form className="stack ack-object" onSubmit={submitObjection} noValidate>
          <label>
            {t('object.reason')}
            <textarea
              value={reason}
              rows={3}
              maxLength={4000}
              autoFocus
              required
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? `${headingId}-reason-error` : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          {reasonError && (
            <p className="field-error" id={`${headingId}-reason-error`}>
              {reasonError}
            </p>
          )}
          <div className="row">
            <button type="submit" className="danger" disabled={busy}>
              {t('object.submit')}
            </button>
            <button type="button" disabled={busy} onClick={() => (setObjecting(false), setReasonError(undefined))}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  )
}
