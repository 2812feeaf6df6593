import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatTime, fromLocalInput, toLocalInput } from '../app/format.ts'
import { useTheatre } from '../app/theatre.tsx'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const RANGE_DAYS = 30

/**
 * The moment the map shows: zones in force, control, movements under way and activities then. A slider over a month
 * around the chosen day, steps of an hour or a day, and play (an hour every half second).
 */
export function TimeSlider() {
  const { t } = useTranslation('map')
  const { at, setAt, theatre } = useTheatre()
  const [centre, setCentre] = useState(() => at.getTime())
  const [playing, setPlaying] = useState(false)
  const min = centre - (RANGE_DAYS / 2) * DAY
  const max = centre + (RANGE_DAYS / 2) * DAY

  useEffect(() => {
    if (!playing) return
    const timer = setInterval(() => setAt(new Date(at.getTime() + HOUR)), 500)
    return () => clearInterval(timer)
  }, [playing, at])

  const move = (ms: number) => {
    const next = new Date(at.getTime() + ms)
    if (next.getTime() < min || next.getTime() > max) setCentre(next.getTime())
    setAt(next)
  }
  const jump = (d: Date) => {
    setCentre(d.getTime())
    setAt(d)
  }

  return (
    <fieldset className="time-slider">
      <legend>{t('time.title')}</legend>
      <output className="time-now" aria-live="polite">
        {formatTime(at, theatre.timezone)}
      </output>
      <input
        type="range"
        aria-label={t('time.slider')}
        min={min}
        max={max}
        step={HOUR}
        value={at.getTime()}
        onChange={(e) => setAt(new Date(Number(e.target.value)))}
      />
      <div className="row">
        <button type="button" onClick={() => move(-DAY)} aria-label={t('time.backDay')}>
          −{t('time.day')}
        </button>
        <button type="button" onClick={() => move(-HOUR)} aria-label={t('time.backHour')}>
          −{t('time.hour')}
        </button>
        <button type="button" className={playing ? 'active' : ''} aria-pressed={playing} onClick={() => setPlaying(!playing)}>
          {playing ? t('time.pause') : t('time.play')}
        </button>
        <button type="button" onClick={() => move(HOUR)} aria-label={t('time.forwardHour')}>
          +{t('time.hour')}
        </button>
        <button type="button" onClick={() => move(DAY)} aria-label={t('time.forwardDay')}>
          +{t('time.day')}
        </button>
      </div>
      <div className="row">
        <label className="grow">
          <span className="sr-only">{t('time.goTo')}</span>
          <input
            type="datetime-local"
            aria-label={t('time.goTo')}
            value={toLocalInput(at, theatre.timezone)}
            onChange={(e) => {
              const d = fromLocalInput(e.target.value, theatre.timezone)
              if (d) jump(d)
            }}
          />
        </label>
        <button type="button" onClick={() => jump(new Date())}>
          {t('time.now')}
        </button>
      </div>
    </fieldset>
  )
}
