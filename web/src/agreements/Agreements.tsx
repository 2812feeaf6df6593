import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ApiProblem } from '../api/client.ts'
import { listAll, type ItemOf } from '../api/lists.ts'
import { useActors } from '../app/actors.ts'
import { formatTime } from '../app/format.ts'
import { navigate, useRoute } from '../app/router.ts'
import { useTheatre } from '../app/theatre.tsx'
import { RouteLink, useCoordinatorEditor } from '../inbox/shared.tsx'
import { AgreementDetail } from './AgreementDetail.tsx'
import { AgreementForm } from './AgreementForm.tsx'
import './agreements.css'

export type Agreement = ItemOf<'/api/v1/theatres/{theatre}/agreements'>

export const message = (e: unknown) => (e instanceof ApiProblem ? (e.detail ?? e.title) : e instanceof Error ? e.message : String(e))

/** Who of the signatories signed the current version. */
export const signedCurrent = (a: Agreement) => new Set(a.signatures.filter((s) => s.version === a.versions).map((s) => s.partyId))

/**
 * The theatre's agreements; one opens at /t/<theatre>/agreements/agreement/<id> (a link that can be shared), a new one
 * is drafted at /t/<theatre>/agreements/new by the coordinator's editors.
 */
export function Agreements() {
  const route = useRoute()
  if (route.kind === 'agreement' && route.id) return <AgreementDetail id={route.id} />
  if (route.kind === 'new') return <NewAgreement />
  return <AgreementList />
}

function NewAgreement() {
  const { t } = useTranslation('agreements')
  const { theatre } = useTheatre()
  const back = { theatre: theatre.code, view: 'agreements' }
  return (
    <section className="agreements" aria-labelledby="agreement-new-title">
      <RouteLink to={back} className="back">
        {t('back')}
      </RouteLink>
      <h2 id="agreement-new-title">{t('create.title')}</h2>
      <AgreementForm
        onDone={(a) => navigate(a ? { theatre: theatre.code, view: 'agreements', kind: 'agreement', id: a.id } : back, { replace: true })}
      />
    </section>
  )
}

function AgreementList() {
  const { t } = useTranslation('agreements')
  const { theatre } = useTheatre()
  const code = theatre.code
  const coordinator = useCoordinatorEditor()
  const { byId } = useActors()
  const agreements = useQuery({ queryKey: ['agreements', code], queryFn: () => listAll('/api/v1/theatres/{theatre}/agreements', { theatre: code }) })
  const order = ['in_force', 'suspended', 'draft', 'ended']
  const items = [...(agreements.data ?? [])].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status) || b.updatedAt.localeCompare(a.updatedAt))

  return (
    <section className="agreements" aria-labelledby="agreements-title">
      <div className="row">
        <h2 id="agreements-title" className="grow">
          {t('title')}
        </h2>
        {coordinator && (
          <button type="button" className="primary" onClick={() => navigate({ theatre: code, view: 'agreements', kind: 'new' })}>
            {t('create.button')}
          </button>
        )}
      </div>
      {agreements.isPending && <p className="muted">{t('loading')}</p>}
      {agreements.isError && <p className="error">{message(agreements.error)}</p>}
      {agreements.isSuccess && items.length === 0 && <p className="muted">{t('empty')}</p>}
      <ul className="list">
        {items.map((a) => {
          const signed = signedCurrent(a)
          return (
            <li key={a.id} className="card agreement-item">
              <div className="row">
                <RouteLink to={{ theatre: code, view: 'agreements', kind: 'agreement', id: a.id }} className="grow agreement-name">
                  {a.name}
                </RouteLink>
                <span className={`badge status-${a.status}`}>{t(`status.${a.status}`)}</span>
              </div>
              <div className="small muted">
                {t(`kind.${a.kind}`)} · {t('versionOf', { version: a.versions })}
                {a.statusChangedAt && <> · {formatTime(a.statusChangedAt, theatre.timezone, { utc: false })}</>}
              </div>
              {a.signatories.length > 0 && (
                <div className="small">
                  {t('signedBy', { n: signed.size, total: a.signatories.length })}{' '}
                  {a.signatories.map((p) => (
                    <span key={p} className={`badge ${signed.has(p) ? 'ok' : ''}`} title={byId.get(p)?.name}>
                      {byId.get(p)?.shortName ?? '…'}
                    </span>
                  ))}
                </div>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
