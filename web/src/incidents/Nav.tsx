import { useTranslation } from 'react-i18next'
import { useTheatre } from '../app/theatre.tsx'
import { Link } from './shared.tsx'

/** The switch between the reports and the figures, at the head of both. */
export function IncidentsNav({ current }: { current: 'list' | 'figures' }) {
  const { t } = useTranslation('incidents')
  const { theatre } = useTheatre()
  return (
    <nav className="incidents-nav" aria-label={t('nav.label')}>
      <Link to={{ theatre: theatre.code, view: 'incidents' }} current={current === 'list'}>
        {t('nav.list')}
      </Link>
      <Link to={{ theatre: theatre.code, view: 'incidents', kind: 'figures' }} current={current === 'figures'}>
        {t('nav.figures')}
      </Link>
    </nav>
  )
}
