import { useTranslation } from 'react-i18next'
import { Legend } from './Legend.tsx'
import { Search } from './Search.tsx'
import { TimeSlider } from './TimeSlider.tsx'

/** The map's own panel: find a place or record, pick the moment, choose the layers. */
export function Overview() {
  const { t } = useTranslation('map')
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title" className="sr-only">
        {t('overview')}
      </h2>
      <Search />
      <TimeSlider />
      <Legend />
    </section>
  )
}
