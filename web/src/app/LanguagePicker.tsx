import { useTranslation } from 'react-i18next'
import { LANGUAGES, setLanguage, type Language } from '../i18n/index.ts'

const NAMES: Record<Language, string> = { en: 'English', ar: 'العربية', ru: 'Русский' }

export function LanguagePicker() {
  const { t, i18n } = useTranslation()
  return (
    <label className="language">
      <span className="sr-only">{t('language')}</span>
      <select value={i18n.language} onChange={(e) => void setLanguage(e.target.value as Language)} aria-label={t('language')}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  )
}
