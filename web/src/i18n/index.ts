import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'

export const LANGUAGES = ['en', 'ar', 'ru'] as const
export type Language = (typeof LANGUAGES)[number]

// Every screen keeps its strings in its own namespace file per language (locales/<lang>/<namespace>.json);
// web/src/i18n/locales.test.ts checks that the three languages have the same keys and no empty string.
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' })
const resources: Record<string, Record<string, Record<string, unknown>>> = {}
for (const [file, strings] of Object.entries(files)) {
  const [, lang, ns] = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(file)!
  ;(resources[lang] ??= {})[ns] = strings
}

export const isRtl = (lang: string) => lang === 'ar'

export function storedLanguage(): Language {
  const saved = localStorage.getItem('truce.language')
  if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as Language
  const nav = navigator.language.slice(0, 2)
  return (LANGUAGES as readonly string[]).includes(nav) ? (nav as Language) : 'en'
}

/** Switches the language and mirrors the whole document for Arabic. */
export async function setLanguage(lang: Language) {
  localStorage.setItem('truce.language', lang)
  document.documentElement.lang = lang
  document.documentElement.dir = isRtl(lang) ? 'rtl' : 'ltr'
  await i18next.changeLanguage(lang)
}

export function initI18n() {
  const lang = storedLanguage()
  document.documentElement.lang = lang
  document.documentElement.dir = isRtl(lang) ? 'rtl' : 'ltr'
  return i18next.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: false,
    ns: Object.keys(resources.en),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
}
