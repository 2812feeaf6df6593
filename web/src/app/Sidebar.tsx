import { lazy, Suspense, useDeferredValue, useState, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { Overview } from '../map/Overview.tsx'
import { canCreate } from '../records/creatable.ts'
import { navigate, useRoute } from './router.ts'
import { useTheatre, type TheatreView } from './theatre.tsx'

/**
 * A tab's screen, loaded when first opened. Only the map's own tab is in the page's first script: the map is drawn
 * sooner when the browser need not first compile every other screen (and terra-draw, marked and uPlot with them).
 */
const later = <M extends Record<K, ComponentType<any>>, K extends string>(load: () => Promise<M>, name: K) => lazy(async () => ({ default: (await load())[name] }))

const Inbox = later(() => import('../inbox/Inbox.tsx'), 'Inbox')
const NewRecord = later(() => import('../records/NewRecord.tsx'), 'NewRecord')
const ConflictsBoard = later(() => import('../conflicts/ConflictsBoard.tsx'), 'ConflictsBoard')
const Incidents = later(() => import('../incidents/Incidents.tsx'), 'Incidents')
const Agreements = later(() => import('../agreements/Agreements.tsx'), 'Agreements')
const LedgerView = later(() => import('../ledger/LedgerView.tsx'), 'LedgerView')
const Admin = later(() => import('../admin/Admin.tsx'), 'Admin')
const RecordPanel = later(() => import('../records/RecordPanel.tsx'), 'RecordPanel')

interface Tab {
  view: string
  component: ComponentType
  /** Whether the member has any use for the tab; the API still decides what they may see and do. */
  shown(t: TheatreView): boolean
}

const TABS: Tab[] = [
  { view: 'map', component: Overview, shown: () => true },
  { view: 'inbox', component: Inbox, shown: (t) => t.isCoordinator || !!t.memberOf('party') },
  { view: 'new', component: NewRecord, shown: canCreate },
  { view: 'conflicts', component: ConflictsBoard, shown: (t) => !t.memberOf('monitor') || t.isCoordinator },
  { view: 'incidents', component: Incidents, shown: () => true },
  { view: 'agreements', component: Agreements, shown: () => true },
  { view: 'ledger', component: LedgerView, shown: () => true },
  { view: 'admin', component: Admin, shown: (t) => t.isCoordinator || t.memberships.some((m) => m.role === 'admin') },
]

/** The work panel beside the map (below it on a phone): one tab per task, the open record over them. */
export function Sidebar() {
  const { t } = useTranslation()
  const theatre = useTheatre()
  const route = useRoute()
  const [open, setOpen] = useState(true)
  // The panel's screen is first rendered just after the rest of the page, not with it: the map beside it is made (and
  // its worker starts on the tiles) while the panel renders, instead of after.
  const panelShown = useDeferredValue(true, false)
  const tabs = TABS.filter((tab) => tab.shown(theatre))
  const current = route.view === 'record' ? undefined : (tabs.find((tab) => tab.view === route.view) ?? tabs[0])
  const View = current?.component
  return (
    <aside className={`sidebar ${open ? 'open' : 'closed'}`} aria-label={t('panel')}>
      <button type="button" className="sheet-handle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('hidePanel') : t('showPanel')}
      </button>
      <nav className="tabs" aria-label={t('sections')}>
        {tabs.map((tab) => (
          <a
            key={tab.view}
            href={`/t/${theatre.theatre.code}/${tab.view}`}
            aria-current={tab === current ? 'page' : undefined}
            onClick={(e) => (e.preventDefault(), setOpen(true), navigate({ theatre: theatre.theatre.code, view: tab.view }))}
          >
            {t(`tab.${tab.view}`)}
          </a>
        ))}
      </nav>
      <div className="panel">
        {panelShown && (
          <Suspense fallback={<p className="splash">{t('loading')}</p>}>
            {route.view === 'record' && route.kind && route.id ? <RecordPanel kind={route.kind} id={route.id} /> : View && <View />}
          </Suspense>
        )}
      </div>
    </aside>
  )
}
