import type { ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { href, navigate, useRoute } from '../app/router.ts'
import { useTheatre } from '../app/theatre.tsx'
import { Actors } from './Actors.tsx'
import { Members } from './Members.tsx'
import { Tokens } from './Tokens.tsx'
import { useRights } from './ui.tsx'
import { Users } from './Users.tsx'
import { Webhooks } from './Webhooks.tsx'
import './admin.css'

interface Section {
  id: string
  component: ComponentType
  shown(r: ReturnType<typeof useRights>, adminSomewhere: boolean): boolean
}

const SECTIONS: Section[] = [
  { id: 'actors', component: Actors, shown: () => true },
  { id: 'members', component: Members, shown: () => true },
  { id: 'tokens', component: Tokens, shown: () => true },
  { id: 'webhooks', component: Webhooks, shown: (r, adminSomewhere) => r.coordinatorAdmin || adminSomewhere },
  { id: 'users', component: Users, shown: (r) => r.instanceAdmin },
]

/**
 * Administration of the theatre: its actors, their members, API tokens and webhooks, and (for instance
 * administrators) user accounts. The section is in the address (/t/SY/admin/tokens) so it can be linked to.
 */
export function Admin() {
  const { t } = useTranslation('admin')
  const view = useTheatre()
  const rights = useRights()
  const route = useRoute()
  const adminSomewhere = view.memberships.some((m) => m.role === 'admin')
  const sections = SECTIONS.filter((s) => s.shown(rights, adminSomewhere))
  const current = sections.find((s) => s.id === route.kind) ?? sections[0]
  const View = current.component
  return (
    <section className="admin" aria-labelledby="admin-title">
      <h2 id="admin-title">{t('title')}</h2>
      <nav className="subtabs" aria-label={t('sections')}>
        {sections.map((s) => {
          const to = { theatre: view.theatre.code, view: 'admin', kind: s.id }
          return (
            <a key={s.id} href={href(to)} aria-current={s === current ? 'page' : undefined} onClick={(e) => (e.preventDefault(), navigate(to))}>
              {t(`section.${s.id}`)}
            </a>
          )
        })}
      </nav>
      <View />
    </section>
  )
}
