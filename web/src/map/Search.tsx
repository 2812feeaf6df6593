import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { navigate } from '../app/router.ts'
import { useTheatre } from '../app/theatre.tsx'
import { loadPlaces, type Place } from './basemap.ts'
import { useMap } from './MapContext.tsx'
import { useOverlays } from './overlays.ts'
import { siteSearchQuery } from './queries.ts'

interface Hit {
  key: string
  label: string
  detail: string
  go(): void
}

// Spellings of one place differ in diacritics, hyphens, apostrophes and spaces (Bab al-Hawa, Bāb al Hawā): compare
// letters and digits only.
const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f\u064b-\u065f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')

/** One box for places (the gazetteer, in English or Arabic, with their aliases) and record references (SY-S-000123). */
export function Search() {
  const { t, i18n } = useTranslation('map')
  const { theatre } = useTheatre()
  const { map } = useMap()
  const overlays = useOverlays()
  const places = useQuery({ queryKey: ['places'], queryFn: loadPlaces, staleTime: Infinity })
  const [q, setQ] = useState('')
  // Sites are found by the server (there may be tens of thousands), once typing pauses.
  const [asked, setAsked] = useState('')
  useEffect(() => {
    const timer = setTimeout(() => setAsked(q.trim()), 250)
    return () => clearTimeout(timer)
  }, [q])
  const sites = useQuery({ ...siteSearchQuery(theatre.code, asked), placeholderData: (previous) => previous })

  const hits = useMemo<Hit[]>(() => {
    const needle = fold(q.trim())
    if (needle.length < 2) return []
    const out: Hit[] = []
    const open = (kind: string, id: string) => () => navigate({ theatre: theatre.code, view: 'record', kind, id })
    for (const p of sites.data ?? []) out.push({ key: p.id, label: `${p.ref} · ${p.name}`, detail: t('key.site'), go: open('site', p.id) })
    for (const [kind, list] of [['movement', overlays.movements], ['activity', overlays.activities], ['conflict', overlays.conflicts]] as const) {
      for (const r of list as { id: string; ref: string; name?: string }[]) {
        if (fold(r.ref).includes(needle) || (r.name && fold(r.name).includes(needle))) out.push({ key: r.id, label: [r.ref, r.name].filter(Boolean).join(' · '), detail: t(`kind.${kind}`), go: open(kind, r.id) })
      }
    }
    const fly = (p: Place) => () => map?.flyTo({ center: [p.lon, p.lat], zoom: p.kind === 'governorate' ? 8 : p.kind === 'district' ? 9.5 : 11.5 })
    const matches = (places.data ?? []).filter((p) => [p.en, p.ar, ...p.aliases].some((n) => fold(n).includes(needle)))
    matches.sort((a, b) => Number(fold(b.en).startsWith(needle)) - Number(fold(a.en).startsWith(needle)) || b.rank - a.rank)
    for (const p of matches.slice(0, 8)) out.push({ key: `${p.kind}:${p.en}:${p.lon}`, label: i18n.language === 'ar' ? p.ar : p.en, detail: t(`placeKind.${p.kind}`), go: fly(p) })
    return out.slice(0, 14)
  }, [q, overlays, sites.data, places.data, map, i18n.language])

  return (
    <div className="search" role="search">
      <label>
        <span className="sr-only">{t('search')}</span>
        <input type="search" placeholder={t('searchPlaceholder')} aria-label={t('search')} value={q} onChange={(e) => setQ(e.target.value)} />
      </label>
      {hits.length > 0 && (
        <ul className="search-results">
          {hits.map((h) => (
            <li key={h.key}>
              <button type="button" onClick={() => (h.go(), setQ(''))}>
                <span>{h.label}</span> <span className="muted small">{h.detail}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
