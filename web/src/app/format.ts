import i18next from 'i18next'

const locale = () => (i18next.language === 'ar' ? 'ar-SY-u-nu-latn' : i18next.language)

/**
 * One formatter per locale and options, made once: making one costs far more than using it (the first for a time zone
 * tens of milliseconds, as the browser loads the zone's rules), and a list formats every row's times.
 */
function cached<F, O>(make: (locale: string, options: O) => F): (locale: string, options: O) => F {
  const made = new Map<string, F>()
  return (locale, options) => {
    const key = `${locale} ${JSON.stringify(options)}`
    let f = made.get(key)
    if (!f) made.set(key, (f = make(locale, options)))
    return f
  }
}
const dateTimeFormat = cached((l, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(l, o))
const numberFormat = cached((l, o: Intl.NumberFormatOptions) => new Intl.NumberFormat(l, o))
const relativeTimeFormat = cached((l, o: Intl.RelativeTimeFormatOptions) => new Intl.RelativeTimeFormat(l, o))

/**
 * A moment as people in the theatre read it, with UTC beside it so liaison officers in other time zones agree:
 * "14 Sep 2016, 10:00 (07:00 UTC)".
 */
export function formatTime(value: string | Date, timezone: string, opts: { utc?: boolean } = {}): string {
  const d = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(d.getTime())) return '—'
  const local = dateTimeFormat(locale(), { timeZone: timezone, dateStyle: 'medium', timeStyle: 'short' }).format(d)
  if (opts.utc === false) return local
  const utc = dateTimeFormat(locale(), { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d)
  // Isolated left to right, so that in Arabic text it still reads "(07:00 UTC)" and not "(UTC 07:00)".
  return `${local} \u2066(${utc} UTC)\u2069`
}

const localDay = (d: Date, timeZone: string) => dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d)

/**
 * A period in theatre time with UTC beside it; an end on the same local day shows only its time:
 * "14 Sep 2016, 11:00 (08:00 UTC) – 17:00 (14:00 UTC)". Open ends are left to the caller.
 */
export function formatRange(start: string, end: string, timezone: string): string {
  const s = new Date(start)
  const e = new Date(end)
  if (Number.isNaN(s.getTime()) || Number.isNaN(e.getTime()) || localDay(s, timezone) !== localDay(e, timezone)) {
    return `${formatTime(start, timezone)} – ${formatTime(end, timezone)}`
  }
  const time = dateTimeFormat(locale(), { timeZone: timezone, timeStyle: 'short' }).format(e)
  const utc = dateTimeFormat(locale(), { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(e)
  return `${formatTime(start, timezone)} – ${time} \u2066(${utc} UTC)\u2069`
}

export const formatNumber = (n: number, digits = 0) =>
  numberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n)

/** "in 3 h 20 min" / "2 d ago", localised, for deadlines counting down. */
export function formatRelative(value: string | Date, now = Date.now()): string {
  const ms = (typeof value === 'string' ? new Date(value) : value).getTime() - now
  const rtf = relativeTimeFormat(locale(), { numeric: 'auto', style: 'short' })
  const abs = Math.abs(ms)
  if (abs < 3_600_000) return rtf.format(Math.round(ms / 60_000), 'minute')
  if (abs < 2 * 86_400_000) return rtf.format(Math.round(ms / 3_600_000), 'hour')
  return rtf.format(Math.round(ms / 86_400_000), 'day')
}

/** A datetime-local input's value for a moment in the theatre's time zone, and back. */
export function toLocalInput(d: Date, timezone: string): string {
  const parts = Object.fromEntries(
    dateTimeFormat('en-GB', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`
}

export function fromLocalInput(value: string, timezone: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined
  // Interpret the wall-clock time in the theatre's zone: guess it as UTC, then correct by the zone's offset then.
  const guess = new Date(`${value.slice(0, 16)}:00Z`)
  const shown = new Date(`${toLocalInput(guess, timezone)}:00Z`)
  return new Date(guess.getTime() - (shown.getTime() - guess.getTime()))
}
