import { useState, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { Admin } from '../admin/Admin.tsx'
import { Agreements } from '../agreements/Agreements.tsx'
import { ConflictsBoard } from '../conflicts/ConflictsBoard.tsx'
import { Inbox } from '../inbox/Inbox.tsx'
import { Incidents } from '../incidents/Incidents.tsx'
import { LedgerView } from '../ledger/LedgerView.tsx'
import { Overview } from '../map/Overview.tsx'
import { NewRecord, canCreate } from '../records/NewRecord.tsx'
import { RecordPanel } from '../records/RecordPanel.tsx'
import { navigate, useRoute } from './router.ts'
import { useTheatre, type TheatreView } from './theatre.tsx'

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
      <div className="panel">{route.view === 'record' && route.kind && route.id ? <RecordPanel kind={route.kind} id={route.id} /> : View && <View />}</div>
    </aside>
  )
}
