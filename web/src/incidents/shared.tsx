import { useQuery } from '@tanstack/react-query'
import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiProblem, api, ok } from '../api/client.ts'
import type { ItemOf } from '../api/lists.ts'
import { formatNumber } from '../app/format.ts'
import { href, navigate, type Route } from '../app/router.ts'
import { useTheatre, type TheatreView } from '../app/theatre.tsx'

export type Incident = ItemOf<'/api/v1/theatres/{theatre}/incidents'>
export type Casualties = NonNullable<Incident['killed']>
export type Category = { id: string; eventType: string; label: string }

export const STATUSES = ['reported', 'under_review', 'corroborated', 'verified', 'refuted', 'inconclusive', 'merged'] as const
export type Status = (typeof STATUSES)[number]
export const OCCURRED_PRECISIONS = ['exact', 'day', 'week', 'month'] as const
export const LOCATION_PRECISIONS = ['exact', 'near', 'district', 'governorate'] as const
export const SOURCE_KINDS = ['monitor', 'party', 'organisation', 'media', 'social'] as const

/** The server's verification workflow (src/modules/incidents/workflow.ts): the steps each status may take next. */
export const MOVES: Record<string, Status[]> = {
  reported: ['under_review'],
  under_review: ['corroborated', 'refuted', 'inconclusive'],
  corroborated: ['verified', 'refuted', 'inconclusive'],
  verified: [],
  refuted: ['under_review'],
  inconclusive: ['under_review'],
  merged: [],
}

/** ACLED's event types and Truce's own, as translation keys, and the colour each is drawn in. */
export const EVENT_TYPES: Record<string, { key: string; colour: string }> = {
  Battles: { key: 'battles', colour: '#c2410c' },
  'Explosions/Remote violence': { key: 'explosions', colour: '#b91c1c' },
  'Violence against civilians': { key: 'civilians', colour: '#7e22ce' },
  'Strategic developments': { key: 'strategic', colour: '#4d7c0f' },
  Truce: { key: 'truce', colour: '#0f766e' },
}
export const OTHER_COLOUR = '#475569'

export const message = (e: unknown) => (e instanceof ApiProblem ? (e.detail ?? e.title) : e instanceof Error ? e.message : String(e))

export const incidentsKey = (code: string, ...rest: unknown[]) => ['incidents', code, ...rest]

/** The incident categories (fixed on the server), fetched once. */
export function useCategories(): { list: Category[]; byId: Map<string, Category> } {
  const { theatre } = useTheatre()
  const q = useQuery({
    queryKey: ['incident-categories', theatre.code],
    queryFn: () => ok(api.GET('/api/v1/theatres/{theatre}/incidents/categories', { params: { path: { theatre: theatre.code } } })),
    staleTime: Infinity,
  })
  const list = q.data ?? []
  return { list, byId: new Map(list.map((c) => [c.id, c])) }
}

/** A category's name in the reader's language, the server's English label otherwise. */
export function useCategoryLabel() {
  const { t } = useTranslation('incidents')
  return (id: string, fallback?: string) => t(`category.${id}`, { defaultValue: fallback ?? id })
}

/** Monitors' and the coordinator's editors verify and merge (the API decides; this only hides what would fail). */
export const mayVerify = (t: TheatreView) => t.isAdmin || !!t.memberOf('coordinator', true) || !!t.memberOf('monitor', true)
export const mayPublish = (t: TheatreView) => t.isAdmin || !!t.memberOf('coordinator', true)
export const mayReport = (t: TheatreView) => t.isAdmin || t.memberships.some((m) => m.role !== 'viewer')
export const actsFor = (t: TheatreView, actorId: string | null | undefined) =>
  !!actorId && t.memberships.some((m) => m.actorId === actorId && m.role !== 'viewer')

/** "3", or "3–5" when reports disagree. */
export const range = (r: { min: number; max: number }) => (r.min === r.max ? formatNumber(r.min) : `${formatNumber(r.min)}–${formatNumber(r.max)}`)

/** A theatre-calendar date (YYYY-MM-DD) moved by some days. */
export const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** An in-app link: a real href that navigates without reloading. */
export function Link({ to, children, className, current }: { to: Route; children: ReactNode; className?: string; current?: boolean }) {
  return (
    <a
      href={href(to)}
      className={className}
      aria-current={current ? 'page' : undefined}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return
        e.preventDefault()
        navigate(to)
      }}
    >
      {children}
    </a>
  )
}

/** A form field with its label and, under it, the API's (or the form's own) message for it. */
export function Field(props: { label: string; error?: string; hint?: string; className?: string; children: (a: { id: string; invalid: boolean; describedBy?: string }) => ReactNode }) {
  const id = useId()
  const errId = `${id}-error`
  const hintId = `${id}-hint`
  const describedBy = [props.hint ? hintId : '', props.error ? errId : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.children({ id, invalid: !!props.error, describedBy })}
      {props.hint && (
        <span className="small muted" id={hintId}>
          {props.hint}
        </span>
      )}
      {props.error && (
        <p className="field-error" id={errId}>
          {props.error}
        </p>
      )}
    </div>
  )
}

/** The status badge, coloured by where the incident stands. */
export function StatusBadge({ status, published }: { status: string; published?: boolean }) {
  const { t } = useTranslation('incidents')
  return (
    <>
      <span className={`badge incident-status status-${status}`}>{t(`status.${status}`, { defaultValue: status })}</span>
      {published && <span className="badge ok">{t('published')}</span>}
    </>
  )
}
