import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ok } from '../api/client.ts'
import { LiveProvider } from '../live/LiveProvider.tsx'
import { MapProvider } from '../map/MapContext.tsx'
import { MapView } from '../map/MapView.tsx'
import { Header } from './Header.tsx'
import { navigate, useRoute } from './router.ts'
import { useSession } from './session.tsx'
import { Sidebar } from './Sidebar.tsx'
import { SignIn } from './SignIn.tsx'
import { TheatreProvider } from './theatre.tsx'

export function App() {
  const { me } = useSession()
  const route = useRoute()
  const { t } = useTranslation()

  useEffect(() => {
    // Keep the address (a shared link to a record) through sign-in; only the bare root becomes /signin.
    if (me === null && !route.theatre && route.view !== 'signin') navigate('/signin', { replace: true })
  }, [me, route.view])

  if (me === undefined) return <p className="splash">{t('loading')}</p>
  if (me === null) return <SignIn />
  if (!route.theatre) return <TheatrePicker />
  return (
    <TheatreProvider code={route.theatre} fallback={<p className="splash">{t('loading')}</p>}>
      <LiveProvider>
        <MapProvider>
          <div className="shell">
            <Header />
            <main className="workspace">
              <Sidebar />
              <MapView />
            </main>
          </div>
        </MapProvider>
      </LiveProvider>
    </TheatreProvider>
  )
}

/** Goes straight to the member's only theatre; lists them when there are several. */
function TheatrePicker() {
  const { t } = useTranslation()
  const theatres = useQuery({ queryKey: ['theatres'], queryFn: () => ok(api.GET('/api/v1/theatres', { params: { query: { limit: 500 } } })) })
  const items = theatres.data?.items ?? []
  useEffect(() => {
    if (items.length === 1) navigate({ theatre: items[0].code, view: 'map' }, { replace: true })
  }, [items])
  return (
    <div className="shell">
      <Header />
      <main className="picker">
        <h1>{t('chooseTheatre')}</h1>
        {theatres.isPending && <p>{t('loading')}</p>}
        {theatres.isSuccess && items.length === 0 && <p>{t('noTheatres')}</p>}
        <ul>
          {items.map((th) => (
            <li key={th.id}>
              <a href={`/t/${th.code}/map`} onClick={(e) => (e.preventDefault(), navigate({ theatre: th.code, view: 'map' }))}>
                <strong>{th.code}</strong> {th.name}
              </a>
            </li>
          ))}
        </ul>
      </main>
    </div>
  )
}
