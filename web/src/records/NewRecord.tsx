import type { ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { navigate, useRoute } from '../app/router.ts'
import { useTheatre } from '../app/theatre.tsx'
import { ActivityForm } from './ActivityForm.tsx'
import { ControlAreaForm } from './ControlAreaForm.tsx'
import { CREATE_RULES, type CreatableKind } from './creatable.ts'
import { MovementForm } from './MovementForm.tsx'
import { SiteForm } from './SiteForm.tsx'
import { ZoneForm } from './ZoneForm.tsx'

const FORMS: Record<CreatableKind, ComponentType> = { site: SiteForm, movement: MovementForm, activity: ActivityForm, zone: ZoneForm, control_area: ControlAreaForm }
const CREATABLE = (Object.keys(FORMS) as CreatableKind[]).map((kind) => ({ kind, form: FORMS[kind], allowed: CREATE_RULES[kind] }))

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
