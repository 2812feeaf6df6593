import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiProblem, api, ok } from '../api/client.ts'
import { useActors } from '../app/actors.ts'
import { formatNumber, formatTime } from '../app/format.ts'
import { useSession } from '../app/session.tsx'
import { useTheatre } from '../app/theatre.tsx'
import { useMap } from '../map/MapContext.tsx'
import { IncidentsNav } from './Nav.tsx'
import {
  EVENT_TYPES,
  Field,
  Link,
  MOVES,
  StatusBadge,
  actsFor,
  incidentsKey,
  mayPublish,
  mayVerify,
  message,
  range,
  useCategoryLabel,
  type Casualties,
  type Incident,
} from './shared.tsx'

/** Refreshes every screen showing incidents (the list, the map layer, the figures) after a write. */
function useRefresh() {
  const client = useQueryClient()
  const { theatre } = useTheatre()
  return (updated?: Incident) => {
    if (updated) client.setQueryData(incidentsKey(theatre.code, 'one', updated.id), updated)
    return client.invalidateQueries({ predicate: (q) => q.queryKey.includes('incidents') })
  }
}

/**
 * One incident: what was reported, what it is attributed to, how its verification went, the alleged party's right of
 * reply, the evidence, and what the member may do next (move its status, reply, publish, merge duplicates, add files).
 */
export function IncidentDetail({ id }: { id: string }) {
  const { t } = useTranslation('incidents')
  const theatre = useTheatre()
  const code = theatre.theatre.code
  const incident = useQuery({
    queryKey: incidentsKey(code, 'one', id),
    queryFn: () => ok(api.GET('/api/v1/theatres/{theatre}/incidents/{id}', { params: { path: { theatre: code, id } } })),
  })
  const back = (
    <Link to={{ theatre: code, view: 'incidents' }} className="back">
      {t('back')}
    </Link>
  )
  if (incident.isPending) return <p className="muted">{t('loading')}</p>
  if (incident.isError)
    return (
      <section className="incidents">
        {back}
        <p className="error">{incident.error instanceof ApiProblem && incident.error.status === 404 ? t('notFound') : message(incident.error)}</p>
      </section>
    )
  const i = incident.data
  const verifier = mayVerify(theatre)
  return (
    <article className="incidents incident" aria-labelledby="incident-title" data-incident={i.id} data-status={i.status}>
      <IncidentsNav current="list" />
      {back}
      <IncidentHeader incident={i} />
      <Facts incident={i} />
      <AttributionSection incident={i} />
      <StatusSection incident={i} canMove={verifier && i.status !== 'merged'} canPublish={mayPublish(theatre) && i.status === 'verified' && !i.published} />
      <ReplySection incident={i} />
      <EvidenceSection incident={i} canAdd={i.status !== 'merged' && (verifier || actsFor(theatre, i.reporterId) || i.alsoReportedBy.some((a) => actsFor(theatre, a)))} />
      {verifier && i.status !== 'merged' && <DuplicatesSection incident={i} />}
    </article>
  )
}

function IncidentHeader({ incident: i }: { incident: Incident }) {
  const { t } = useTranslation('incidents')
  const { theatre, setAt } = useTheatre()
  const { map } = useMap()
  const categoryLabel = useCategoryLabel()
  const showOnMap = () => {
    if (!map) return
    const coords: number[][] = []
    const walk = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number') coords.push(c as number[])
      else if (Array.isArray(c)) c.forEach(walk)
    }
    walk(i.uncertaintyArea.coordinates)
    walk(i.location.coordinates)
    const lons = coords.map((c) => c[0])
    const lats = coords.map((c) => c[1])
    map.fitBounds([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)], { padding: 80, maxZoom: 13, duration: 800 })
    // The incident layer shows what happened in the week before the map's moment: move the moment to it.
    setAt(new Date(i.occurredAt))
  }
  return (
    <header className="incident-header">
      <h2 id="incident-title">
        <span dir="ltr" className="incident-ref-title">
          {i.ref}
        </span>{' '}
        · {categoryLabel(i.category, i.categoryLabel)}
      </h2>
      <div className="row small">
        <StatusBadge status={i.status} published={i.published} />
        <span className="muted">{t(`eventType.${EVENT_TYPES[i.eventType]?.key ?? 'other'}`, { defaultValue: i.eventType })}</span>
        <span className="grow" />
        {map && (
          <button type="button" onClick={showOnMap}>
            {t('detail.showOnMap')}
          </button>
        )}
      </div>
      {i.status === 'merged' && i.mergedInto && (
        <p className="card merged-note">
          {t('detail.mergedInto')}{' '}
          <Link to={{ theatre: theatre.code, view: 'incidents', kind: 'incident', id: i.mergedInto }}>{t('detail.openSurvivor')}</Link>
        </p>
      )}
    </header>
  )
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  )
}

function CasualtyText({ c }: { c: Casualties }) {
  const { t } = useTranslation('incidents')
  return (
    <>
      {range(c)}
      {c.children && <> ({t('detail.children', { n: range(c.children) })})</>}
    </>
  )
}

function Facts({ incident: i }: { incident: Incident }) {
  const { t } = useTranslation('incidents')
  const { theatre } = useTheatre()
  const { byId } = useActors()
  const tz = theatre.timezone
  const party = i.allegedPartyId ? byId.get(i.allegedPartyId) : undefined
  const point = i.location.type === 'Point' ? (i.location.coordinates as number[]) : undefined
  return (
    <section className="incident-section" aria-labelledby="incident-facts">
      <h3 id="incident-facts">{t('detail.facts')}</h3>
      <dl className="facts">
        <Row label={t('detail.occurred')}>
          {formatTime(i.occurredAt, tz)}
          {i.occurredPrecision !== 'exact' && (
            <div className="small muted">
              {t(`occurredPrecision.${i.occurredPrecision}`)}: {formatTime(i.occurredWindow.start, tz, { utc: false })} – {formatTime(i.occurredWindow.end, tz, { utc: false })}
            </div>
          )}
          {i.occurredUntil && <div className="small">{t('detail.until', { when: formatTime(i.occurredUntil, tz) })}</div>}
        </Row>
        <Row label={t('detail.location')}>
          {i.placeName && <div>{i.placeName}</div>}
          {point && (
            <div dir="ltr" className="mono">
              {formatNumber(point[1], 5)}, {formatNumber(point[0], 5)}
            </div>
          )}
          {i.location.type !== 'Point' && <div>{t('detail.area')}</div>}
          {i.mgrs && (
            <div dir="ltr" className="mono small">
              MGRS {i.mgrs}
            </div>
          )}
          <div className="small muted">
            {t(`locationPrecision.${i.locationPrecision}`, { defaultValue: i.locationPrecision })}
            {i.uncertaintyM > 0 && <> · {t('detail.uncertainty', { km: formatNumber(i.uncertaintyM / 1000, 1) })}</>}
          </div>
        </Row>
        <Row label={t('detail.alleged')}>
          {party ? party.name : i.allegedPartyId ? '…' : t('detail.allegedNone')}
          {i.allegedPerpetratorText && (
            <div className="small">
              <q dir="auto">{i.allegedPerpetratorText}</q>
            </div>
          )}
        </Row>
        <Row label={t('detail.killed')}>{i.killed ? <CasualtyText c={i.killed} /> : t('detail.notReported')}</Row>
        <Row label={t('detail.injured')}>{i.injured ? <CasualtyText c={i.injured} /> : t('detail.notReported')}</Row>
        <Row label={t('detail.reporter')}>
          {byId.get(i.reporterId)?.name ?? '…'}
          {i.alsoReportedBy.length > 0 && <div className="small muted">{t('detail.alsoReportedBy', { names: i.alsoReportedBy.map((a) => byId.get(a)?.shortName ?? byId.get(a)?.name ?? '…').join(', ') })}</div>}
          <div className="small muted">{formatTime(i.createdAt, tz, { utc: false })}</div>
        </Row>
      </dl>
      <p className="incident-description" dir="auto">
        {i.description}
      </p>
      <h4>{t('detail.sources')}</h4>
      {i.sources.length === 0 ? (
        <p className="small muted">{t('detail.noSources')}</p>
      ) : (
        <ul className="sources">
          {i.sources.map((s, n) => (
            <li key={n}>
              <span className="badge">{t(`sourceKind.${s.kind}`)}</span>{' '}
              {s.url ? (
                <a href={s.url} target="_blank" rel="noopener noreferrer" dir="auto">
                  {s.title}
                </a>
              ) : (
                <span dir="auto">{s.title}</span>
              )}
              {s.publisher && (
                <span className="small muted">
                  {' · '}
                  <bdi>{s.publisher}</bdi>
                </span>
              )}
              {s.date && (
                <span className="small muted">
                  {' · '}
                  <bdi dir="ltr">{s.date}</bdi>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function AttributionSection({ incident: i }: { incident: Incident }) {
  const { t } = useTranslation('incidents')
  const { theatre } = useTheatre()
  const a = i.attribution
  return (
    <section className="incident-section" aria-labelledby="incident-attribution">
      <h3 id="incident-attribution">{t('detail.attribution')}</h3>
      {(a.zones.length > 0 || a.subjects.length > 0) && (
        <p className="attribution-summary" dir="auto">
          {a.summary}
        </p>
      )}
      {a.zones.length > 0 && (
        <>
          <h4>{t('detail.zones')}</h4>
          <ul className="small">
            {a.zones.map((z) => (
              <li key={z.zoneId}>
                <Link to={{ theatre: theatre.code, view: 'agreements', kind: 'agreement', id: z.agreementId }}>
                  <bdi>{z.agreementTitle}</bdi>
                </Link>{' '}
                — <bdi>{z.zoneName}</bdi>{' '}
                <span className="muted">({t(`zoneKind.${z.kind}`, { defaultValue: z.kind })})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {a.subjects.length > 0 && (
        <>
          <h4>{t('detail.subjects')}</h4>
          <ul className="small">
            {a.subjects.map((s) => (
              <li key={s.id}>
                <Link to={{ theatre: theatre.code, view: 'record', kind: s.kind, id: s.id }}>
                  <span dir="ltr">{s.ref}</span> {s.name}
                </Link>{' '}
                {s.acknowledgedByAlleged ? (
                  <span className="badge acknowledged">
                    {t('detail.acknowledgedByAlleged', { version: s.acknowledgedByAlleged.version, when: formatTime(s.acknowledgedByAlleged.at, theatre.timezone, { utc: false }) })}
                  </span>
                ) : (
                  <span className="badge">{t('detail.notAcknowledged')}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {a.zones.length === 0 && a.subjects.length === 0 && <p className="small muted">{t('detail.noAttribution')}</p>}
    </section>
  )
}

function StatusSection({ incident: i, canMove, canPublish }: { incident: Incident; canMove: boolean; canPublish: boolean }) {
  const { t } = useTranslation('incidents')
  const { theatre } = useTheatre()
  const { byId } = useActors()
  const refresh = useRefresh()
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<unknown>()
  const [noteMissing, setNoteMissing] = useState(false)
  const next = MOVES[i.status] ?? []
  const path = { theatre: theatre.code, id: i.id }

  const move = async (status: (typeof next)[number]) => {
    if (!note.trim()) return setNoteMissing(true)
    setNoteMissing(false)
    setBusy(true)
    setProblem(undefined)
    try {
      const body = { status: status as 'under_review', note: note.trim(), version: i.version }
      const updated = await ok(api.POST('/api/v1/theatres/{theatre}/incidents/{id}/status', { params: { path }, body }))
      setNote('')
      await refresh(updated)
    } catch (e) {
      setProblem(e)
    } finally {
      setBusy(false)
    }
  }
  const publish = async () => {
    setBusy(true)
    setProblem(undefined)
    try {
      await refresh(await ok(api.POST('/api/v1/theatres/{theatre}/incidents/{id}/publish', { params: { path }, body: { version: i.version } })))
    } catch (e) {
      setProblem(e)
    } finally {
      setBusy(false)
    }
  }
  const noteError = noteMissing ? t('statusForm.noteRequired') : problem instanceof ApiProblem ? (problem.fieldError('note') ?? problem.fieldError('status')) : undefined

  return (
    <section className="incident-section" aria-labelledby="incident-status">
      <h3 id="incident-status">{t('detail.verification')}</h3>
      {i.history.length === 0 ? (
        <p className="small muted">{t('detail.noHistory')}</p>
      ) : (
        <ol className="status-history">
          {i.history.map((h, n) => (
            <li key={n}>
              <div>
                <StatusBadge status={h.from} /> → <StatusBadge status={h.to} />{' '}
                <span className="small muted">
                  {formatTime(h.at, theatre.timezone, { utc: false })}
                  {h.actorId && <> · {byId.get(h.actorId)?.shortName ?? byId.get(h.actorId)?.name}</>}
                </span>
              </div>
              <div className="status-note" dir="auto">
                {h.note}
              </div>
            </li>
          ))}
        </ol>
      )}
      {i.published && i.publishedAt && <p className="small">{t('detail.publishedAt', { when: formatTime(i.publishedAt, theatre.timezone) })}</p>}
      {canMove && next.length > 0 && (
        <form className="stack status-form" onSubmit={(e) => e.preventDefault()} aria-label={t('statusForm.formLabel')}>
          <Field label={t('statusForm.note')} hint={t('statusForm.noteHint')} error={noteError}>
            {(f) => (
              <textarea
                id={f.id}
                rows={3}
                dir="auto"
                value={note}
                maxLength={4000}
                onChange={(e) => setNote(e.target.value)}
                aria-invalid={f.invalid || undefined}
                aria-describedby={f.describedBy}
              />
            )}
          </Field>
          <div className="row">
            {next.map((s) => (
              <button key={s} type="button" className={s === 'refuted' || s === 'inconclusive' ? '' : 'primary'} disabled={busy} onClick={() => move(s)}>
                {t('statusForm.moveTo', { status: t(`status.${s}`) })}
              </button>
            ))}
          </div>
        </form>
      )}
      {canPublish && (
        <div className="row">
          <button type="button" className="primary" disabled={busy} onClick={publish}>
            {t('detail.publish')}
          </button>
          <span className="small muted">{t('detail.publishHint')}</span>
        </div>
      )}
      {problem !== undefined && !noteError && (
        <p className="error" role="alert">
          {message(problem)}
        </p>
      )}
    </section>
  )
}

function ReplySection({ incident: i }: { incident: Incident }) {
  const { t } = useTranslation('incidents')
  const theatre = useTheatre()
  const tz = theatre.theatre.timezone
  const { byId } = useActors()
  const refresh = useRefresh()
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<unknown>()
  const [missing, setMissing] = useState(false)
  const canReply = i.status !== 'merged' && actsFor(theatre, i.allegedPartyId) && theatre.memberships.some((m) => m.actorId === i.allegedPartyId && m.actorKind === 'party')
  if (!i.allegedPartyId && i.replies.length === 0) return null

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!text.trim()) return setMissing(true)
    setMissing(false)
    setBusy(true)
    setProblem(undefined)
    try {
      const updated = await ok(
        api.POST('/api/v1/theatres/{theatre}/incidents/{id}/reply', { params: { path: { theatre: theatre.theatre.code, id: i.id } }, body: { text: text.trim(), partyId: i.allegedPartyId! } }),
      )
      setText('')
      await refresh(updated)
    } catch (err) {
      setProblem(err)
    } finally {
      setBusy(false)
    }
  }
  const name = (id: string) => byId.get(id)?.name ?? '…'
  const error = missing ? t('form.required') : problem instanceof ApiProblem ? problem.fieldError('text') : undefined

  return (
    <section className="incident-section" aria-labelledby="incident-replies">
      <h3 id="incident-replies">{t('detail.replies')}</h3>
      {i.replyRequests.length === 0 && <p className="small muted">{t('detail.notAskedYet')}</p>}
      <ul className="small">
        {i.replyRequests.map((r) => {
          const answered = i.replies.some((x) => x.partyId === r.partyId)
          return (
            <li key={r.partyId + r.askedAt}>
              {t('detail.asked', { party: name(r.partyId), when: formatTime(r.askedAt, tz, { utc: false }), due: formatTime(r.dueAt, tz, { utc: false }) })}{' '}
              <span className={`badge ${answered ? 'ok' : Date.parse(r.dueAt) < Date.now() ? 'overdue' : 'pending'}`}>
                {answered ? t('detail.answered') : Date.parse(r.dueAt) < Date.now() ? t('detail.overdue') : t('detail.awaiting')}
              </span>
            </li>
          )
        })}
      </ul>
      {i.replies.map((r, n) => (
        <blockquote key={n} className="card reply">
          <div className="small">
            <strong>{name(r.partyId)}</strong> · {formatTime(r.at, tz, { utc: false })} {r.late && <span className="badge overdue">{t('detail.late')}</span>}
          </div>
          <p dir="auto">{r.text}</p>
        </blockquote>
      ))}
      {canReply && (
        <form className="stack" onSubmit={submit} noValidate>
          <Field label={t('detail.replyLabel')} hint={t('detail.replyHint')} error={error}>
            {(f) => (
              <textarea id={f.id} rows={4} dir="auto" value={text} onChange={(e) => setText(e.target.value)} aria-invalid={f.invalid || undefined} aria-describedby={f.describedBy} />
            )}
          </Field>
          <div className="row">
            <button type="submit" className="primary" disabled={busy}>
              {t('detail.sendReply')}
            </button>
          </div>
          {problem !== undefined && !error && (
            <p className="error" role="alert">
              {message(problem)}
            </p>
          )}
        </form>
      )}
    </section>
  )
}

const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${formatNumber(bytes / 1024, 1)} KB` : `${formatNumber(bytes / 1024 / 1024, 1)} MB`)

function EvidenceSection({ incident: i, canAdd }: { incident: Incident; canAdd: boolean }) {
  const { t } = useTranslation('incidents')
  const { theatre } = useTheatre()
  const { me } = useSession()
  const refresh = useRefresh()
  const [file, setFile] = useState<File>()
  const [inputKey, setInputKey] = useState(0)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const base = `/api/v1/theatres/${encodeURIComponent(theatre.code)}/incidents/${encodeURIComponent(i.id)}/evidence`

  const upload = async (e: FormEvent) => {
    e.preventDefault()
    if (!file) return setError(t('evidence.choose'))
    setBusy(true)
    setError(undefined)
    try {
      const form = new FormData()
      form.append('file', file, file.name)
      const res = await fetch(base, { method: 'POST', body: form, headers: me?.csrfToken ? { 'X-CSRF-Token': me.csrfToken } : {} })
      if (!res.ok) {
        const body = await res.json().catch(() => ({}))
        const field = (body.errors as { path: string; message: string }[] | undefined)?.find((x) => x.path === '/body/file')?.message
        throw new Error(field ? `${t('evidence.file')}: ${field}` : (body.detail ?? body.title ?? res.statusText))
      }
      setFile(undefined)
      setInputKey((k) => k + 1)
      await refresh()
    } catch (err) {
      setError(message(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="incident-section" aria-labelledby="incident-evidence">
      <h3 id="incident-evidence">{t('evidence.title')}</h3>
      {i.evidence.length === 0 ? (
        <p className="small muted">{t('evidence.none')}</p>
      ) : (
        <ul className="evidence-list">
          {i.evidence.map((e) => (
            <li key={e.sha256}>
              <a href={`${base}/${e.sha256}`} download={e.filename ?? undefined}>
                {e.filename ?? e.sha256.slice(0, 12)}
              </a>{' '}
              <span className="small muted">
                {e.mediaType} · {size(e.size)} · {formatTime(e.uploadedAt, theatre.timezone, { utc: false })}
              </span>
              <div className="small muted mono" dir="ltr" title={t('evidence.sha256')}>
                SHA-256 {e.sha256.slice(0, 16)}…
              </div>
            </li>
          ))}
        </ul>
      )}
      {canAdd && (
        <form className="row evidence-upload" onSubmit={upload}>
          <label className="grow">
            {t('evidence.file')}
            <input
              key={inputKey}
              type="file"
              accept="image/jpeg,image/png,application/pdf,video/mp4,text/plain"
              onChange={(e) => setFile(e.target.files?.[0])}
              aria-invalid={error ? true : undefined}
            />
          </label>
          <button type="submit" disabled={busy || !file}>
            {t('evidence.upload')}
          </button>
          <p className="small muted evidence-hint">{t('evidence.hint')}</p>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </section>
  )
}

function DuplicatesSection({ incident: i }: { incident: Incident }) {
  const { t } = useTranslation('incidents')
  const { theatre } = useTheatre()
  const categoryLabel = useCategoryLabel()
  const refresh = useRefresh()
  const [chosen, setChosen] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<unknown>()
  const path = { theatre: theatre.code, id: i.id }
  const duplicates = useQuery({
    queryKey: incidentsKey(theatre.code, 'duplicates', i.id, i.version),
    queryFn: () => ok(api.GET('/api/v1/theatres/{theatre}/incidents/{id}/duplicates', { params: { path } })),
  })
  const items = duplicates.data?.items ?? []
  if (!duplicates.isSuccess || items.length === 0) return null

  const merge = async () => {
    setBusy(true)
    setProblem(undefined)
    try {
      const updated = await ok(api.POST('/api/v1/theatres/{theatre}/incidents/{id}/merge', { params: { path }, body: { duplicateIds: chosen, version: i.version } }))
      setChosen([])
      await refresh(updated)
    } catch (e) {
      setProblem(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="incident-section" aria-labelledby="incident-duplicates">
      <h3 id="incident-duplicates">{t('duplicates.title')}</h3>
      <p className="small muted">{t('duplicates.hint')}</p>
      <ul className="list">
        {items.map((d) => (
          <li key={d.id} className="card duplicate">
            <label className="check">
              <input type="checkbox" checked={chosen.includes(d.id)} onChange={(e) => setChosen((c) => (e.target.checked ? [...c, d.id] : c.filter((x) => x !== d.id)))} />
              <span>
                <span dir="ltr">{d.ref}</span> · {categoryLabel(d.category)} <StatusBadge status={d.status} />
              </span>
            </label>
            <div className="small muted">
              {formatTime(d.occurredAt, theatre.timezone, { utc: false })} · {t('duplicates.distance', { km: formatNumber(d.distanceM / 1000, 1) })}
            </div>
            <div className="small" dir="auto">
              {d.description.length > 200 ? `${d.description.slice(0, 200)}…` : d.description}
            </div>
            <Link to={{ theatre: theatre.code, view: 'incidents', kind: 'incident', id: d.id }} className="small">
              {t('duplicates.open', { ref: d.ref })}
            </Link>
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" className="primary" disabled={busy || chosen.length === 0} onClick={merge}>
          {t('duplicates.merge', { n: chosen.length, ref: i.ref })}
        </button>
      </div>
      {problem !== undefined && (
        <p className="error" role="alert">
          {message(problem)}
        </p>
      )}
    </section>
  )
}
