import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ok } from '../api/client.ts'
import { listAll, type ItemOf } from '../api/lists.ts'
import { useActors } from '../app/actors.ts'
import { formatTime } from '../app/format.ts'
import { useTheatre } from '../app/theatre.tsx'
import { ConfirmButton, Field, ProblemNote, SecretOnce, fieldError, splitList, useRights } from './ui.tsx'

type Webhook = ItemOf<'/api/v1/theatres/{theatre}/webhooks'>
/** Action prefixes people most often want; anything else can be typed. */
const COMMON_EVENTS = ['acknowledgement.', 'conflict.', 'site.', 'movement.', 'incident.', 'agreement.', 'zone.']

/** Webhooks of the actors the caller administers: each ledger entry the actor may see is POSTed to a URL. */
export function Webhooks() {
  const { t } = useTranslation('admin')
  const { theatre } = useTheatre()
  const rights = useRights()
  const actors = useActors()
  const hooks = useQuery({ queryKey: ['webhooks', theatre.code], queryFn: () => listAll('/api/v1/theatres/{theatre}/webhooks', { theatre: theatre.code }) })
  const administered = actors.list.filter((a) => rights.mayAdmin(a.id))
  const actorName = new Map(actors.list.map((a) => [a.id, a.shortName]))
  return (
    <section aria-labelledby="webhooks-title" className="admin-section">
      <h3 id="webhooks-title">{t('webhooks.title')}</h3>
      <p className="muted small">{t('webhooks.intro')}</p>
      {administered.length > 0 && <RegisterWebhook actors={administered} />}
      {hooks.isPending && <p>{t('loading')}</p>}
      {hooks.isError && <ProblemNote error={hooks.error} />}
      {hooks.isSuccess && hooks.data.length === 0 && <p className="muted">{t('webhooks.none')}</p>}
      <ul className="list">
        {(hooks.data ?? []).map((w) => (
          <WebhookRow key={w.id} hook={w} actor={actorName.get(w.actorId) ?? '—'} />
        ))}
      </ul>
    </section>
  )
}

function WebhookRow({ hook: w, actor }: { hook: Webhook; actor: string }) {
  const { t } = useTranslation('admin')
  const { theatre } = useTheatre()
  const client = useQueryClient()
  const [open, setOpen] = useState(false)
  const remove = useMutation({
    mutationFn: () => ok(api.DELETE('/api/v1/theatres/{theatre}/webhooks/{id}', { params: { path: { theatre: theatre.code, id: w.id } } })),
    onSuccess: () => {
      // Its deliveries are gone with it: close and forget them before the list refreshes, rather than ask for them again.
      setOpen(false)
      client.removeQueries({ queryKey: ['webhooks', theatre.code, w.id] })
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['webhooks', theatre.code], exact: true }),
  })
  return (
    <li className="card">
      <div className="row">
        <code className="grow url" dir="ltr">
          {w.url}
        </code>
        <span className="badge">{actor}</span>
      </div>
      {w.description && <div className="small">{w.description}</div>}
      <div className="small muted">{w.events.length ? t('webhooks.eventsList', { events: w.events.join(', ') }) : t('webhooks.allEvents')}</div>
      <div className="row">
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('webhooks.hideDeliveries') : t('webhooks.showDeliveries')}
        </button>
        <span className="grow" />
        <ConfirmButton label={t('webhooks.delete')} confirm={t('webhooks.deleteConfirm')} onConfirm={() => remove.mutate()} disabled={remove.isPending} />
      </div>
      <ProblemNote error={remove.error} />
      {open && <Deliveries hook={w} timezone={theatre.timezone} />}
    </li>
  )
}

const STATUSES = ['', 'pending', 'delivered', 'failed'] as const

/** The newest deliveries (one page) with each attempt. */
function Deliveries({ hook, timezone }: { hook: Webhook; timezone: string }) {
  const { t } = useTranslation('admin')
  const { theatre } = useTheatre()
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('')
  const deliveries = useQuery({
    // 'webhooks' in the key: the live stream refreshes it as deliveries are attempted.
    queryKey: ['webhooks', theatre.code, hook.id, 'deliveries', status],
    queryFn: () =>
      ok(
        api.GET('/api/v1/theatres/{theatre}/webhooks/{id}/deliveries', {
          params: { path: { theatre: theatre.code, id: hook.id }, query: { limit: 50, ...(status ? { status } : {}) } },
        }),
      ),
    refetchInterval: 15_000,
  })
  return (
    <div className="deliveries">
      <Field label={t('webhooks.status')}>
        {(p) => (
          <select {...p} value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s ? t(`delivery.${s}`) : t('webhooks.anyStatus')}
              </option>
            ))}
          </select>
        )}
      </Field>
      {deliveries.isPending && <p>{t('loading')}</p>}
      {deliveries.isError && <ProblemNote error={deliveries.error} />}
      {deliveries.isSuccess && deliveries.data.items.length === 0 && <p className="muted small">{t('webhooks.noDeliveries')}</p>}
      {deliveries.isSuccess && deliveries.data.items.length > 0 && (
        <table>
          <caption className="sr-only">{t('webhooks.deliveries')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('webhooks.entry')}</th>
              <th scope="col">{t('webhooks.status')}</th>
              <th scope="col">{t('webhooks.attempts')}</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.data.items.map((d) => (
              <tr key={d.id}>
                <td>
                  #{d.seq} <code>{d.action}</code>
                  <div className="muted small">{formatTime(d.createdAt, timezone, { utc: false })}</div>
                </td>
                <td>
                  <span className={`badge ${d.status === 'delivered' ? 'ok' : d.status === 'failed' ? 'critical' : 'pending'}`}>{t(`delivery.${d.status}`)}</span>
                  {d.responseCode !== null && <div className="small">HTTP {d.responseCode}</div>}
                  {d.lastError && <div className="small error">{d.lastError}</div>}
                  {d.nextAttemptAt && <div className="small muted">{t('webhooks.nextAttempt', { at: formatTime(d.nextAttemptAt, timezone, { utc: false }) })}</div>}
                </td>
                <td>
                  {d.attempts}
                  {d.attemptLog.length > 0 && (
                    <details>
                      <summary className="small">{t('webhooks.log')}</summary>
                      <ol className="small">
                        {d.attemptLog.map((a) => (
                          <li key={a.attempt}>
                            {formatTime(a.at, timezone, { utc: false })}: {a.responseCode !== null ? `HTTP ${a.responseCode}` : (a.error ?? '—')} ({a.durationMs} ms)
                          </li>
                        ))}
                      </ol>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

function RegisterWebhook({ actors }: { actors: { id: string; shortName: string; name: string }[] }) {
  const { t } = useTranslation('admin')
  const { theatre } = useTheatre()
  const client = useQueryClient()
  const [actorId, setActorId] = useState(actors[0]?.id ?? '')
  const [url, setUrl] = useState('')
  const [description, setDescription] = useState('')
  const [picked, setPicked] = useState<string[]>([])
  const [other, setOther] = useState('')
  const [secret, setSecret] = useState<string>()
  const register = useMutation({
    mutationFn: () => {
      const events = [...new Set([...picked, ...splitList(other)])]
      return ok(
        api.POST('/api/v1/theatres/{theatre}/webhooks', {
          params: { path: { theatre: theatre.code } },
          body: { actorId, url: url.trim(), ...(description.trim() ? { description: description.trim() } : {}), events },
        }),
      )
    },
    onSuccess: async (created) => {
      setSecret(created.secret)
      setUrl('')
      setDescription('')
      setPicked([])
      setOther('')
      await client.invalidateQueries({ queryKey: ['webhooks', theatre.code] })
    },
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    register.mutate()
  }
  const err = (f: string) => fieldError(register.error, f)
  const toggle = (ev: string) => setPicked((p) => (p.includes(ev) ? p.filter((x) => x !== ev) : [...p, ev]))
  return (
    <>
      {secret && <SecretOnce title={t('webhooks.createdTitle')} secret={secret} onDone={() => setSecret(undefined)} testId="new-webhook-secret" />}
      <form className="stack card" onSubmit={submit} aria-labelledby="new-webhook-title">
        <strong id="new-webhook-title">{t('webhooks.new')}</strong>
        <Field label={t('webhooks.actor')} error={err('actorId')}>
          {(p) => (
            <select {...p} value={actorId} onChange={(e) => setActorId(e.target.value)}>
              {actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.shortName} — {a.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('webhooks.url')} error={err('url')}>
          {(p) => <input {...p} type="url" value={url} onChange={(e) => setUrl(e.target.value)} required placeholder="https://" dir="ltr" />}
        </Field>
        <Field label={t('webhooks.description')} error={err('description')}>
          {(p) => <input {...p} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={500} />}
        </Field>
        <fieldset aria-invalid={!!err('events')}>
          <legend>{t('webhooks.events')}</legend>
          <span className="muted small">{t('webhooks.eventsHint')}</span>
          <div className="row">
            {COMMON_EVENTS.map((ev) => (
              <label key={ev} className="check">
                <input type="checkbox" checked={picked.includes(ev)} onChange={() => toggle(ev)} /> <code>{ev}</code>
              </label>
            ))}
          </div>
          <Field label={t('webhooks.otherEvents')} error={err('events')} hint={t('webhooks.otherEventsHint')}>
            {(p) => <input {...p} value={other} onChange={(e) => setOther(e.target.value)} dir="ltr" placeholder="liaison., token.create" />}
          </Field>
        </fieldset>
        <ProblemNote error={register.error} fields={['actorId', 'url', 'description', 'events']} />
        <div className="row">
          <button type="submit" className="primary" disabled={register.isPending}>
            {t('webhooks.register')}
          </button>
        </div>
      </form>
    </>
  )
}
