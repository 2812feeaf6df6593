import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { navigate } from '../app/router.ts'
import { useTheatre } from '../app/theatre.tsx'
import { collectionQuery } from '../map/queries.ts'
import { useTime } from './kit.tsx'
import type { Conflict } from './useRecord.ts'

type Side = NonNullable<Conflict['a']>
const PAST = new Set(['superseded', 'withdrawn'])

/** The conflicts a record is in, each as the viewer's side of it (the same list the map draws). */
export function RecordConflicts({ id }: { id: string }) {
  const { t } = useTranslation('records')
  const { theatre } = useTheatre()
  const conflicts = useQuery(collectionQuery('conflicts', theatre.code))
  const all = (conflicts.data ?? []).filter((c) => [c.a, c.b, c.yours, c.other].some((s) => s?.id === id) || c.zone?.id === id)
  // a conflict of an earlier version is superseded when the record changes: the current ones first, the rest folded
  const current = all.filter((c) => !PAST.has(c.status))
  const past = all.filter((c) => PAST.has(c.status))
  const item = (c: Conflict) => {
    const other = [c.a, c.b, c.other].find((s): s is Side => !!s && s.id !== id)
    return (
      <li key={c.id} className="card">
        <div className="row">
          <ConflictLink conflict={c} />
          <span className={`badge ${c.severity}`}>{t(`severity.${c.severity}`, { defaultValue: c.severity })}</span>
          <span className={`badge ${c.status}`}>{t(`conflictStatus.${c.status}`, { defaultValue: c.status })}</span>
        </div>
        <div className="small">{t(`rule.${c.rule}`, { defaultValue: c.rule })}</div>
        {other && <SideLine side={other} />}
        {c.zone && <div className="small">{t('conflicts.zone', { zone: c.zone.name ?? '—', agreement: c.zone.agreementName ?? '—' })}</div>}
        <During during={c.during} />
      </li>
    )
  }
  return (
    <section aria-labelledby={`conflicts-${id}`}>
      <h3 id={`conflicts-${id}`}>{t('conflicts.title')}</h3>
      {conflicts.isPending && <p className="muted">{t('loading')}</p>}
      {conflicts.isSuccess && current.length === 0 && <p className="muted">{t('conflicts.none')}</p>}
      <ul className="list">{current.map(item)}</ul>
      {past.length > 0 && (
        <details className="rec-earlier">
          <summary>{t('conflicts.past', { n: past.length })}</summary>
          <ul className="list">{past.map(item)}</ul>
        </details>
      )}
    </section>
  )
}

export function ConflictLink({ conflict }: { conflict: Conflict }) {
  const { theatre } = useTheatre()
  return (
    <a
      href={`/t/${theatre.code}/record/conflict/${conflict.id}`}
      onClick={(e) => (e.preventDefault(), navigate({ theatre: theatre.code, view: 'record', kind: 'conflict', id: conflict.id }))}
      dir="ltr"
    >
      <strong>{conflict.ref}</strong>
    </a>
  )
}

/** One side of a conflict: its reference (a link when the viewer may open it), kind and name. */
export function SideLine({ side }: { side: Side }) {
  const { t } = useTranslation('records')
  const { theatre } = useTheatre()
  const label = [side.ref, side.name].filter(Boolean).join(' · ') || t(`kind.${side.kind}`, { defaultValue: side.kind })
  return (
    <div className="small">
      {t(`kind.${side.kind}`, { defaultValue: side.kind })}:{' '}
      {side.ref ? (
        <a href={`/t/${theatre.code}/record/${side.kind}/${side.id}`} onClick={(e) => (e.preventDefault(), navigate({ theatre: theatre.code, view: 'record', kind: side.kind, id: side.id }))}>
          {label}
        </a>
      ) : (
        label
      )}{' '}
      <span className="muted">v{side.version}</span>
    </div>
  )
}

/** When two footprints overlap: each [start, end] in the theatre's time. */
export function During({ during }: { during: Conflict['during'] }) {
  const { t } = useTranslation('records')
  const time = useTime()
  if (!during.length) return null
  const at = (v: string | null, open: string) => time(v, open)
  return (
    <ul className="rec-during small">
      {during.map(([s, e], i) => (
        <li key={i}>
          {at(s, t('conflicts.always'))} – {at(e, t('conflicts.untilFurther'))}
        </li>
      ))}
    </ul>
  )
}
