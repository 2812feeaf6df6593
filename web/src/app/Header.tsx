import { useTranslation } from 'react-i18next'
import { useLive } from '../live/LiveProvider.tsx'
import { LanguagePicker } from './LanguagePicker.tsx'
import { navigate, useRoute } from './router.ts'
import { useSession } from './session.tsx'

export function Header() {
  const { t } = useTranslation()
  const { me, signOut } = useSession()
  const route = useRoute()
  const theatres = [...new Map((me?.memberships ?? []).map((m) => [m.theatreCode, m.theatreName])).entries()]
  return (
    <header className="topbar">
      <a className="brand" href="/" onClick={(e) => (e.preventDefault(), navigate('/'))}>
        Truce
      </a>
      {route.theatre && theatres.length > 1 && (
        <select aria-label={t('theatre')} value={route.theatre} onChange={(e) => navigate({ theatre: e.target.value, view: 'map' })}>
          {theatres.map(([code, name]) => (
            <option key={code} value={code}>
              {code} · {name}
            </option>
          ))}
        </select>
      )}
      {route.theatre && <LiveBadge />}
      <span className="spacer" />
      <LanguagePicker />
      {me && (
        <span className="who">
          <span className="who-name">{me.user.displayName}</span>
          <button type="button" onClick={() => void signOut()}>
            {t('signOut')}
          </button>
        </span>
      )}
    </header>
  )
}

function LiveBadge() {
  const { t } = useTranslation()
  const live = useLive()
  return (
    <span className={`live live-${live.state}`} role="status" title={t(`live.${live.state}`)}>
      <span className="dot" aria-hidden="true" />
      {t(`live.${live.state}`)}
    </span>
  )
}
