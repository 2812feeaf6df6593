import type { ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { navigate, useRoute } from '../app/router.ts'
import { useTheatre, type TheatreView } from '../app/theatre.tsx'
import { ActivityForm } from './ActivityForm.tsx'
import { ControlAreaForm } from './ControlAreaForm.tsx'
import { MovementForm } from './MovementForm.tsx'
import { SiteForm } from './SiteForm.tsx'
import { ZoneForm } from './ZoneForm.tsx'

interface Creatable {
  kind: string
  form: ComponentType
  /** Who may create one: the API decides in the end; this keeps the choice to what the member can do. */
  allowed(t: TheatreView): boolean
}

const CREATABLE: Creatable[] = [
  { kind: 'site', form: SiteForm, allowed: (t) => t.isCoordinator || !!t.memberOf('organisation', true) },
  { kind: 'movement', form: MovementForm, allowed: (t) => t.isCoordinator || !!t.memberOf('organisation', true) },
  { kind: 'activity', form: ActivityForm, allowed: (t) => t.isCoordinator || !!t.memberOf('party', true) },
  { kind: 'zone', form: ZoneForm, allowed: (t) => t.isCoordinator },
  { kind: 'control_area', form: ControlAreaForm, allowed: (t) => t.isCoordinator },
]

/** Whether the member may create anything at all (the tab is shown only then). */
export const canCreate = (t: TheatreView) => CREATABLE.some((c) => c.allowed(t))

/** The "New" tab: what the member's role lets them create, then its form (the choice is in the address: /new/<kind>). */
export function NewRecord() {
  const { t } = useTranslation('records')
  const theatre = useTheatre()
  const route = useRoute()
  const choices = CREATABLE.filter((c) => c.allowed(theatre))
  const chosen = choices.find((c) => c.kind === route.kind) ?? (choices.length === 1 ? choices[0] : undefined)
  const Form = chosen?.form
  return (
    <section className="rec-new-record" aria-labelledby="new-record-title">
      <h2 id="new-record-title">{chosen ? t(`new.${chosen.kind}`) : t('new.title')}</h2>
      {choices.length === 0 && <p className="muted">{t('new.nothing')}</p>}
      {choices.length > 1 && (
        <nav className={`rec-kind-picker${chosen ? ' rec-compact' : ''}`} aria-label={t('new.choose')}>
          {choices.map((c) => (
            <a
              key={c.kind}
              href={`/t/${theatre.theatre.code}/new/${c.kind}`}
              aria-current={c === chosen ? 'page' : undefined}
              onClick={(e) => (e.preventDefault(), navigate({ theatre: theatre.theatre.code, view: 'new', kind: c.kind }))}
            >
              <strong>{t(`kind.${c.kind}`)}</strong>
              {!chosen && <span className="muted small">{t(`new.about.${c.kind}`)}</span>}
            </a>
          ))}
        </nav>
      )}
      {Form && <Form key={chosen.kind} />}
    </section>
  )
}
