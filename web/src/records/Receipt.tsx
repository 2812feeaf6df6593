import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ok } from '../api/client.ts'
import { useTheatre } from '../app/theatre.tsx'
import { useTime } from './kit.tsx'

/**
 * The signed receipt of one ledger entry, fetched when opened: its hash, the server's Ed25519 signature and key, and
 * the party's own signature when it signed; the raw JSON is one link away, for checking offline.
 */
export function Receipt({ seq }: { seq: number }) {
  const { t } = useTranslation('records')
  const { theatre } = useTheatre()
  const [open, setOpen] = useState(false)
  const time = useTime()
  const receipt = useQuery({
    queryKey: ['records-receipt', theatre.code, seq],
    queryFn: () => ok(api.GET('/api/v1/theatres/{theatre}/ledger/{seq}/receipt', { params: { path: { theatre: theatre.code, seq } } })),
    enabled: open,
    staleTime: Infinity,
  })
  const url = `/api/v1/theatres/${encodeURIComponent(theatre.code)}/ledger/${seq}/receipt`
  const e = receipt.data?.entry
  const algorithm = receipt.data?.algorithm
  return (
    <details className="rec-receipt" onToggle={(ev) => setOpen((ev.target as HTMLDetailsElement).open)}>
      <summary>{t('receipt.title', { seq })}</summary>
      {receipt.isPending && open && <p className="muted small">{t('loading')}</p>}
      {receipt.isError && <p className="error small">{receipt.error.message}</p>}
      {e && (
        <dl className="rec-facts small">
          <dt>{t('receipt.entry')}</dt>
          <dd dir="ltr">
            #{e.seq} · {e.action}
          </dd>
          <dt>{t('receipt.at')}</dt>
          <dd>{time(e.at)}</dd>
          <dt>{t('receipt.hash')}</dt>
          <dd className="rec-mono" dir="ltr">
            {e.hash}
          </dd>
          <dt>{t('receipt.signature')}</dt>
          <dd className="rec-mono" dir="ltr">
            {e.signature} ({algorithm}, {e.keyId})
          </dd>
          {e.partySignature && (
            <>
              <dt>{t('receipt.partySignature')}</dt>
              <dd className="rec-mono" dir="ltr">
                {e.partySignature}
              </dd>
            </>
          )}
        </dl>
      )}
      <a className="small" href={url} target="_blank" rel="noreferrer">
        {t('receipt.raw')}
      </a>
    </details>
  )
}
