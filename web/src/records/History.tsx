import { useQuery } from '@tanstack/react-query'
import type { Geometry } from 'geojson'
import { useTranslation } from 'react-i18next'
import { listAll, type ItemOf } from '../api/lists.ts'
import { useActors } from '../app/actors.ts'
import { useTheatre } from '../app/theatre.tsx'
import { mgrsOf, positionCount } from './geometry.ts'
import { Receipt } from './Receipt.tsx'
import { isolate, useTime } from './kit.tsx'

type Entry = ItemOf<'/api/v1/theatres/{theatre}/ledger'>
type Payload = Record<string, unknown>

/** Fields every version changes, or that are not the record's content: left out of "what changed". */
const SKIP = new Set(['id', 'theatreId', 'ref', 'version', 'createdAt', 'updatedAt', 'inForce', 'nextWindows', 'mgrs', 'start', 'end', 'lengthM'])
const SHAPES = new Set(['geometry', 'route', 'area'])
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

export interface Change {
  field: string
  from: unknown
  to: unknown
}

/** The top-level fields that differ between two versions' payloads. */
export function changes(prev: Payload | undefined, next: Payload): Change[] {
  if (!prev) return []
  const keys = new Set([...Object.keys(prev), ...Object.keys(next)])
  return [...keys]
    .filter((k) => !SKIP.has(k) && JSON.stringify(prev[k] ?? null) !== JSON.stringify(next[k] ?? null))
    .map((field) => ({ field, from: prev[field], to: next[field] }))
}

/** A record's version history from the ledger: each entry, who made it and when, and what it changed. */
export function History({ id }: { id: string }) {
  const { t } = useTranslation('records')
  const { theatre } = useTheatre()
  const entries = useQuery({
    queryKey: ['ledger', theatre.code, 'records', 'subject', id],
    queryFn: () => listAll('/api/v1/theatres/{theatre}/ledger', { theatre: theatre.code }, { subject: id }),
  })
  const actors = useActors()
  const show = useValueText()
  const time = useTime()
  const list = entries.data ?? []
  return (
    <section aria-labelledby={`history-${id}`}>
      <h3 id={`history-${id}`}>{t('history.title')}</h3>
      {entries.isPending && <p className="muted">{t('loading')}</p>}
      {entries.isError && <p className="error">{String(entries.error.message)}</p>}
      {entries.isSuccess && list.length === 0 && <p className="muted">{t('history.none')}</p>}
      <ol className="list rec-history">
        {list
          .map((e, i) => ({ e, first: i === 0, changed: changes(previousPayload(list, i), (e.payload ?? {}) as Payload) }))
          .reverse()
          .map(({ e, first, changed }) => (
            <li key={e.seq} className="card">
              <div className="row">
                <strong>{t(`action.${e.action.split('.')[1]}`, { defaultValue: e.action })}</strong>
                {e.version != null && <span className="badge">v{e.version}</span>}
                <span className="grow" />
                <Receipt seq={e.seq} />
              </div>
              <div className="muted small">
                {t('history.by', { actor: isolate(e.actor ? actors.name(e.actor) : t('history.system')), time: isolate(time(e.at)) })}
              </div>
              {changed.length > 0 && (
                <table className="rec-diff">
                  <thead>
                    <tr>
                      <th scope="col">{t('history.field')}</th>
                      <th scope="col">{t('history.before')}</th>
                      <th scope="col">{t('history.after')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changed.map((c) => (
                      <tr key={c.field}>
                        <th scope="row">{t(`field.${c.field}`, { defaultValue: c.field })}</th>
                        <td>{show(c.field, c.from)}</td>
                        <td>{show(c.field, c.to)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {first && <div className="small">{t('history.created')}</div>}
              {!first && changed.length === 0 && <div className="muted small">{t('history.noChange')}</div>}
            </li>
          ))}
      </ol>
    </section>
  )
}

/** The payload of the entry before `i` that carried the record's content (status changes may carry less). */
function previousPayload(list: Entry[], i: number): Payload | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const p = list[j].payload as Payload | undefined
    if (p && typeof p === 'object' && 'version' in p) return p
  }
  return undefined
}

/** A changed value in a few words: actors by name, instants in the theatre's time, shapes as "changed". */
function useValueText() {
  const { t } = useTranslation('records')
  const time = useTime()
  const actors = useActors()
  const text = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—'
    if (typeof v === 'string') return UUID.test(v) && actors.byId.has(v) ? actors.name(v) : INSTANT.test(v) ? time(v) : v
    if (typeof v === 'number' || typeof v === 'boolean') return String(v)
    if (Array.isArray(v)) return v.length ? v.map(text).join(', ') : '—'
    const o = v as Record<string, unknown>
    if ('start' in o && 'end' in o && Object.keys(o).length === 2) return `${text(o.start)} – ${text(o.end)}`
    const json = JSON.stringify(v)
    return json.length > 120 ? `${json.slice(0, 117)}…` : json
  }
  const shape = (g: Geometry) =>
    t('history.shape', { type: t(`geometry.type.${g.type}`, { defaultValue: g.type }), n: positionCount(g), mgrs: mgrsOf(g) ?? '—' })
  return (field: string, v: unknown) => (SHAPES.has(field) && v && typeof v === 'object' ? shape(v as Geometry) : text(v))
}
