import { useQueryClient } from '@tanstack/react-query'
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useTheatre } from '../app/theatre.tsx'
import { subjectOf } from '../ledger/subject.ts'
import { noticeName } from './noticeName.ts'

export type LiveState = 'connecting' | 'live' | 'offline'

export interface LedgerEvent {
  seq: number
  action: string
  subject: { kind: string; id: string | null; ref?: string }
  payload: Record<string, unknown>
  at: string
}

export interface Notice {
  key: number
  tone: 'info' | 'alert'
  text: string
}

interface Live {
  state: LiveState
  notices: Notice[]
  dismiss(key: number): void
}

const LiveContext = createContext<Live>({ state: 'offline', notices: [], dismiss: () => {} })

/** The collections a change of each subject kind touches, named as in the query keys of the screens. */
const TOUCHES: Record<string, string[]> = {
  site: ['sites', 'acknowledgements'],
  movement: ['movements', 'acknowledgements'],
  activity: ['activities'],
  conflict: ['conflicts'],
  zone: ['zones', 'agreements'],
  agreement: ['agreements', 'zones'],
  control_area: ['control-areas'],
  acknowledgement: ['acknowledgements', 'sites', 'movements'],
  actor: ['actors'],
  member: ['members'],
  token: ['tokens'],
  webhook: ['webhooks'],
  incident: ['incidents'],
  liaison: ['liaison'],
}

/** The ledger actions the app follows live (DESIGN's modules; an action missing here is picked up on the next refetch). */
const ACTIONS = [
  ...['create', 'update', 'withdraw'].map((v) => `site.${v}`),
  ...['create', 'update', 'clear', 'status'].map((v) => `movement.${v}`),
  ...['declare', 'update', 'cancel'].map((v) => `activity.${v}`),
  ...['open', 'supersede', 'withdraw', 'acknowledge', 'resolve', 'accept'].map((v) => `conflict.${v}`),
  ...['create', 'update', 'withdraw'].map((v) => `zone.${v}`),
  ...['create', 'update', 'amend', 'sign', 'status'].map((v) => `agreement.${v}`),
  ...['create', 'update', 'delete'].map((v) => `control_area.${v}`),
  ...['request', 'acknowledge', 'object', 'expire', 'supersede'].map((v) => `acknowledgement.${v}`),
  'actor.create', 'actor.update', 'member.create', 'member.update', 'member.delete',
  'token.create', 'token.revoke', 'webhook.create', 'webhook.delete',
  ...['create', 'update', 'status', 'reply_request', 'reply', 'publish', 'merge', 'merged', 'evidence'].map((v) => `incident.${v}`),
  ...['create', 'update', 'action_update', 'action_due', 'action_overdue'].map((v) => `liaison.${v}`),
]

/**
 * Changes worth a visible notice: alerts, answers to notifications, new conflicts, new requests to acknowledge (to the
 * party asked only: the organisation that notified and the coordinator see each party's request too, one per party).
 */
const NOTICE: Record<string, Notice['tone']> = {
  'acknowledgement.acknowledge': 'info',
  'acknowledgement.object': 'alert',
  'acknowledgement.expire': 'alert',
  'acknowledgement.request': 'info',
  'conflict.open': 'alert',
  'movement.clear': 'info',
  'liaison.action_due': 'info',
  'liaison.action_overdue': 'alert',
}

/**
 * Keeps one Server-Sent Events stream open for the theatre: each committed change the member may see refreshes the
 * screens that show it, and some raise a notice. EventSource reconnects by itself and resumes after the last event
 * (Last-Event-ID); when the server closes it for good, a new one is opened after a pause.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const { theatre, memberships } = useTheatre()
  const { t } = useTranslation('live')
  const client = useQueryClient()
  const [state, setState] = useState<LiveState>('connecting')
  const [notices, setNotices] = useState<Notice[]>([])

  useEffect(() => {
    let source: EventSource | undefined
    let retry: ReturnType<typeof setTimeout> | undefined
    let closed = false
    const open = () => {
      source = new EventSource(`/api/v1/theatres/${encodeURIComponent(theatre.code)}/stream`)
      setState('connecting')
      source.onopen = () => setState('live')
      source.onerror = () => {
        if (source?.readyState === EventSource.CLOSED && !closed) {
          setState('offline')
          retry = setTimeout(open, 5000)
        } else setState('connecting')
      }
      // Each entry arrives as a named event (`event: <action>`), which only a listener for that name receives.
      for (const action of ACTIONS) source.addEventListener(action, (msg) => handle(JSON.parse((msg as MessageEvent).data)))
    }
    const mine = new Set(memberships.map((m) => m.actorId))
    const noticed = (entry: LedgerEvent) => entry.action !== 'acknowledgement.request' || mine.has(String(entry.payload.party))
    const handle = (entry: LedgerEvent) => {
      const kind = entry.action.split('.')[0]
      const touched = new Set([...(TOUCHES[kind] ?? []), 'ledger'])
      const about = subjectOf(entry)
      const records = new Set(about.ids)
      void client.invalidateQueries({ predicate: (q) => q.queryKey.some((k) => typeof k === 'string' && (touched.has(k) || records.has(k))) })
      const tone = NOTICE[entry.action]
      if (tone && noticed(entry)) {
        const key = entry.seq
        const ref = about.ref ?? (about.count > 1 ? `${about.refs[0]} +${about.count - 1}` : '')
        const text = t(`notice.${entry.action.replace('.', '_')}`, { ref, name: noticeName(entry.payload) })
        setNotices((n) => [...n.slice(-4), { key, tone, text }])
        setTimeout(() => setNotices((n) => n.filter((x) => x.key !== key)), tone === 'alert' ? 20_000 : 8_000)
      }
    }
    open()
    return () => {
      closed = true
      clearTimeout(retry)
      source?.close()
    }
  }, [theatre.code])

  const dismiss = (key: number) => setNotices((n) => n.filter((x) => x.key !== key))
  return (
    <LiveContext.Provider value={{ state, notices, dismiss }}>
      {children}
      <div className="notices" aria-live="polite">
        {notices.map((n) => (
          <div key={n.key} className={`notice notice-${n.tone}`} role={n.tone === 'alert' ? 'alert' : 'status'}>
            <span>{n.text}</span>
            <button type="button" aria-label={t('dismiss')} onClick={() => dismiss(n.key)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </LiveContext.Provider>
  )
}

export const useLive = () => useContext(LiveContext)
