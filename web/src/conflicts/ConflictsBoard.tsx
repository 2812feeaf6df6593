import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiProblem, api, ok } from '../api/client.ts'
import { listAll, type ItemOf } from '../api/lists.ts'
import { formatRange, formatTime } from '../app/format.ts'
import { useTheatre } from '../app/theatre.tsx'
import { RecordLink, RouteLink, useCoordinatorEditor } from '../inbox/shared.tsx'
import { useFlyTo } from './fly.ts'
import './conflicts.css'

export type Conflict = ItemOf<'/api/v1/theatres/{theatre}/conflicts'>
type Side = NonNullable<Conflict['a']>

const SEVERITIES = ['critical', 'high', 'medium'] as const
const GROUPS = [
  { key: 'open', statuses: ['open'] },
  { key: 'acknowledged', statuses: ['acknowledged'] },
  { key: 'closed', statuses: ['resolved', 'accepted'] },
  { key: 'gone', statuses: ['superseded', 'withdrawn'] },
] as const
const STATUS_FILTERS = ['open', 'acknowledged', 'resolved', 'accepted', 'superseded', 'withdrawn'] as const
const RANK: Record<string, number> = { critical: 0, high: 1, medium: 2 }
/** How many of a conflict's time ranges are listed before "and N more". */
const RANGES_SHOWN = 3

const message = (e: unknown) => (e instanceof ApiProblem ? (e.detail ?? e.title) : e instanceof Error ? e.message : String(e))

/**
 * The conflicts the caller has a side in, grouped by status: the coordinator sees both sides, the area and the zone;
 * a party or organisation sees its own record and only what the rules let it know of the other. The coordinator's
 * editors acknowledge, resolve or accept each with a note. Choosing one flies the map to where it happens.
 */
export function ConflictsBoard() {
  const { t } = useTranslation('conflicts')
  const { theatre } = useTheatre()
  const code = theatre.code
  const [severity, setSeverity] = useState('')
  const [status, setStatus] = useState('')
  const [selected, setSelected] = useState<string>()
  const conflicts = useQuery({
    queryKey: ['conflicts', code, 'board'],
    queryFn: () => listAll('/api/v1/theatres/{theatre}/conflicts', { theatre: code }),
  })
  const items = (conflicts.data ?? [])
    .filter((c) => (!severity || c.severity === severity) && (!status || c.status === status))
    .sort((a, b) => (RANK[a.severity] ?? 9) - (RANK[b.severity] ?? 9) || b.createdAt.localeCompare(a.createdAt))

  return (
    <section className="conflicts" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t('title')}</h2>
      <div className="row conflict-filters">
        <label>
          {t('filter.severity')}
          <select value={severity} onChange={(e) => setSeverity(e.target.value)}>
            <option value="">{t('filter.all')}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('filter.all')}</option>
            {STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {conflicts.isPending && <p className="muted">{t('loading')}</p>}
      {conflicts.isError && <p className="error">{message(conflicts.error)}</p>}
      {conflicts.isSuccess && items.length === 0 && <p className="muted">{t('empty')}</p>}
      {GROUPS.map((g) => {
        const inGroup = items.filter((c) => (g.statuses as readonly string[]).includes(c.status))
        if (!inGroup.length) return null
        const list = (
          <ul className="list">
            {inGroup.map((c) => (
              <ConflictCard key={c.id} conflict={c} selected={selected === c.id} onSelect={() => setSelected(c.id)} />
            ))}
          </ul>
        )
        return (
          <section key={g.key} className="conflict-group" aria-label={t(`group.${g.key}`)}>
            {g.key === 'gone' ? (
              <details>
                <summary>
                  {t(`group.${g.key}`)} <span className="count">({inGroup.length})</span>
                </summary>
                {list}
              </details>
            ) : (
              <>
                <h3>
                  {t(`group.${g.key}`)} <span className="count">({inGroup.length})</span>
                </h3>
                {list}
              </>
            )}
          </section>
        )
      })}
    </section>
  )
}

function SideLine({ label, side, zone }: { label: string; side: Side | null | undefined; zone?: Conflict['zone'] }) {
  const { t } = useTranslation('conflicts')
  return (
    <div className="conflict-side">
      <span className="muted">{label}</span>{' '}
      {side ? (
        <>
          <span className="small">{t(`kind.${side.kind}`, { defaultValue: side.kind })}</span>{' '}
          {side.kind === 'zone' ? (
            <ZoneName zone={zone} name={side.name} />
          ) : (
            <>
              <bdi>
                <RecordLink kind={side.kind} id={side.id}>
                  {side.ref ?? side.name ?? side.id}
                </RecordLink>
                {side.ref && <span className="muted small"> v{side.version}</span>}
              </bdi>
              {side.name && (
                <>
                  {' '}
                  <bdi>{side.name}</bdi>
                </>
              )}
            </>
          )}
        </>
      ) : (
        <span className="muted">{t('undisclosed')}</span>
      )}
    </div>
  )
}

/** A zone's name and kind, and a link to the agreement that governs it. */
function ZoneName({ zone, name }: { zone: Conflict['zone'] | undefined; name?: string }) {
  const { t } = useTranslation('conflicts')
  const { theatre } = useTheatre()
  return (
    <>
      <bdi>{zone?.name ?? name}</bdi>
      {zone?.kind && <span className="small"> ({t(`zoneKind.${zone.kind}`, { defaultValue: zone.kind })})</span>}
      {zone?.agreementId && (
        <>
          {' · '}
          <RouteLink to={{ theatre: theatre.code, view: 'agreements', kind: 'agreement', id: zone.agreementId }}>
            <bdi>{zone.agreementName ?? t('agreement')}</bdi>
          </RouteLink>
        </>
      )}
    </>
  )
}

function ConflictCard({ conflict: c, selected, onSelect }: { conflict: Conflict; selected: boolean; onSelect(): void }) {
  const { t } = useTranslation('conflicts')
  const { theatre } = useTheatre()
  const fly = useFlyTo()
  const coordinator = useCoordinatorEditor()
  const [resolving, setResolving] = useState(false)
  const during = c.during.slice(0, RANGES_SHOWN)
  const span = (v: string | null, end: boolean) => (v ? formatTime(v, theatre.timezone) : t(end ? 'untilFurtherNotice' : 'sinceEver'))
  const canResolve = coordinator && (c.status === 'open' || c.status === 'acknowledged')

  return (
    <li className={`card conflict sev-${c.severity}${selected ? ' selected' : ''}`} data-conflict={c.ref}>
      <div className="row conflict-head">
        <button
          type="button"
          className="conflict-ref"
          onClick={() => (onSelect(), fly(c.area))}
          aria-pressed={selected}
          disabled={!c.area}
          title={c.area ? t('showOnMap') : t('noArea')}
          aria-label={`${c.ref} — ${c.area ? t('showOnMap') : t('noArea')}`}
        >
          {c.ref}
        </button>
        <span className={`badge ${c.severity}`}>{t(`severity.${c.severity}`, { defaultValue: c.severity })}</span>
        <span className={`badge status-${c.status}`}>{t(`status.${c.status}`, { defaultValue: c.status })}</span>
      </div>
      <div className="conflict-rule">{t(`rule.${c.rule}`, { defaultValue: c.rule })}</div>
      <div className="small conflict-when">
        <span className="muted">{t('when')}</span>
        <ul>
          {during.map(([start, end], i) => (
            <li key={i}>
              {start && end ? formatRange(start, end, theatre.timezone) : `${span(start, false)} – ${span(end, true)}`}
            </li>
          ))}
          {c.during.length > RANGES_SHOWN && <li className="muted">{t('moreRanges', { n: c.during.length - RANGES_SHOWN })}</li>}
        </ul>
      </div>
      <div className="small conflict-sides">
        {c.a || c.b ? (
          <>
            <SideLine label={t('side.a')} side={c.a} zone={c.zone} />
            <SideLine label={t('side.b')} side={c.b} zone={c.zone} />
          </>
        ) : (
          <>
            <SideLine label={t('side.yours')} side={c.yours} />
            {c.rule !== 'movement_zone' && c.rule !== 'activity_zone' && <SideLine label={t('side.other')} side={c.other} />}
          </>
        )}
        {c.zone && c.a?.kind !== 'zone' && c.b?.kind !== 'zone' && (
          <div className="conflict-side">
            <span className="muted">{t('kind.zone')}</span> <ZoneName zone={c.zone} />
          </div>
        )}
        {!c.area && <div className="muted">{t('noArea')}</div>}
      </div>
      {c.note && (
        <p className="conflict-note small">
          <span className="muted">{t('note')}</span> {c.note}
        </p>
      )}
      {canResolve && !resolving && (
        <div className="row">
          <button type="button" onClick={() => setResolving(true)}>
            {t('resolve.open')}
          </button>
        </div>
      )}
      {canResolve && resolving && <ResolveForm conflict={c} onDone={() => setResolving(false)} />}
    </li>
  )
}

function ResolveForm({ conflict: c, onDone }: { conflict: Conflict; onDone(): void }) {
  const { t } = useTranslation('conflicts')
  const { theatre } = useTheatre()
  const client = useQueryClient()
  const choices = c.status === 'open' ? (['acknowledged', 'resolved', 'accepted'] as const) : (['resolved', 'accepted'] as const)
  const [status, setStatus] = useState<'acknowledged' | 'resolved' | 'accepted'>(choices[0])
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<ApiProblem | Error>()
  const [noteError, setNoteError] = useState<string>()
  const id = `resolve-${c.id}`

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!note.trim()) {
      setNoteError(t('resolve.noteRequired'))
      return
    }
    setNoteError(undefined)
    setBusy(true)
    setProblem(undefined)
    try {
      await ok(api.POST('/api/v1/theatres/{theatre}/conflicts/{id}/resolve', { params: { path: { theatre: theatre.code, id: c.id } }, body: { status, note: note.trim() } }))
      await client.invalidateQueries({ predicate: (q) => q.queryKey.includes('conflicts') })
      onDone()
    } catch (err) {
      setProblem(err instanceof Error ? err : new Error(String(err)))
    } finally {
      setBusy(false)
    }
  }
  const fieldError = (f: string) => (problem instanceof ApiProblem ? problem.fieldError(f) : undefined)
  const statusError = fieldError('status')
  const noteMessage = noteError ?? fieldError('note')
  const other = problem && !statusError && !fieldError('note') ? message(problem) : undefined

  return (
    <form className="stack resolve" onSubmit={submit} noValidate aria-label={t('resolve.title', { ref: c.ref })}>
      <label>
        {t('resolve.status')}
        <select
          value={status}
          onChange={(e) => setStatus(e.target.value as typeof status)}
          aria-invalid={statusError ? true : undefined}
          aria-describedby={statusError ? `${id}-status-error` : undefined}
        >
          {choices.map((s) => (
            <option key={s} value={s}>
              {t(`resolve.to.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {statusError && (
        <p className="field-error" id={`${id}-status-error`}>
          {statusError}
        </p>
      )}
      <label>
        {t('resolve.note')}
        <textarea
          rows={3}
          maxLength={4000}
          value={note}
          required
          autoFocus
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={noteMessage ? true : undefined}
          aria-describedby={noteMessage ? `${id}-note-error` : undefined}
        />
      </label>
      {noteMessage && (
        <p className="field-error" id={`${id}-note-error`}>
          {noteMessage}
        </p>
      )}
      {other && (
        <p className="error" role="alert">
          {other}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('resolve.submit')}
        </button>
        <button type="button" onClick={onDone} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </form>
  )
}
