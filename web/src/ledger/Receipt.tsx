import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ok } from '../api/client.ts'
import { useActors } from '../app/actors.ts'
import { useTheatre } from '../app/theatre.tsx'
import { checkEntry, importPublicKey, isolate, verifySignature, type Entry, type EntryCheck } from './chain.ts'
import { useSigningKey } from './verification.ts'

interface ReceiptCheck {
  entry: EntryCheck
  /** The key the receipt names is the server's signing key. */
  sameKey: boolean
  /** The party's own signature, checked against the public key its actor registered (undefined: none to check). */
  party?: boolean
}

/** One entry's signed receipt, checked again here, and downloadable for anyone to check offline. */
export function Receipt({ seq }: { seq: number }) {
  const { t } = useTranslation('ledger')
  const { theatre } = useTheatre()
  const code = theatre.code
  const key = useSigningKey()
  const receipt = useQuery({
    queryKey: ['ledger', code, 'receipt', seq],
    staleTime: Infinity,
    queryFn: () => ok(api.GET('/api/v1/theatres/{theatre}/ledger/{seq}/receipt', { params: { path: { theatre: code, seq } } })),
  })
  const actors = useActors()
  const [check, setCheck] = useState<ReceiptCheck>()
  const [download, setDownload] = useState<string>()

  const entry = receipt.data?.entry as Entry | undefined
  const partyKey = entry?.actor ? actors.byId.get(entry.actor)?.publicKey : undefined
  useEffect(() => {
    if (!receipt.data || !key.data || !entry) return
    let cancelled = false
    void (async () => {
      const own = await checkEntry(entry, key.data)
      const named = await importPublicKey(receipt.data.publicKey).catch(() => undefined)
      let party: boolean | undefined
      if (entry.partySignature && partyKey) {
        const pk = await importPublicKey(partyKey).catch(() => undefined)
        party = !!pk && (await verifySignature(pk, entry.hash, entry.partySignature))
      }
      if (!cancelled) setCheck({ entry: own, sameKey: named?.keyId === key.data.keyId, party })
    })()
    const url = URL.createObjectURL(new Blob([JSON.stringify(receipt.data, null, 2)], { type: 'application/json' }))
    setDownload(url)
    return () => {
      cancelled = true
      URL.revokeObjectURL(url)
    }
  }, [receipt.data, key.data, partyKey])

  if (receipt.isPending) return <p className="small">{t('loading')}</p>
  if (receipt.isError) return <p className="error">{t('loadFailed', { reason: receipt.error.message })}</p>
  const e = receipt.data.entry
  return (
    <div className="receipt" aria-label={t('receipt.title', { seq })} role="group">
      {check && (
        <ul className="receipt-checks small">
          <li className={check.entry.ok ? 'ok' : 'bad'}>{check.entry.ok ? t('receipt.valid', { keyId: isolate(e.keyId) }) : t(`problem.${check.entry.problem}`, { seq })}</li>
          {!check.sameKey && <li className="bad">{t('receipt.otherKey')}</li>}
          {e.partySignature && (
            <li className={check.party ? 'ok' : check.party === false ? 'bad' : ''}>
              {check.party ? t('receipt.partyValid') : check.party === false ? t('receipt.partyInvalid') : t('receipt.partyUnknown')}
            </li>
          )}
        </ul>
      )}
      <dl className="receipt-fields small">
        <dt>{t('receipt.algorithm')}</dt>
        <dd>{receipt.data.algorithm}</dd>
        <dt>{t('receipt.keyId')}</dt>
        <dd>
          <code>{e.keyId}</code>
        </dd>
        <dt>{t('receipt.hash')}</dt>
        <dd>
          <code>{e.hash}</code>
        </dd>
        <dt>{t('receipt.prevHash')}</dt>
        <dd>
          <code>{e.prevHash}</code>
        </dd>
        <dt>{t('receipt.signature')}</dt>
        <dd>
          <code>{e.signature}</code>
        </dd>
        {e.partySignature && (
          <>
            <dt>{t('receipt.partySignature')}</dt>
            <dd>
              <code>{e.partySignature}</code>
            </dd>
          </>
        )}
      </dl>
      <details>
        <summary>{t('receipt.payload')}</summary>
        <pre className="small">{JSON.stringify(e.payload, null, 2)}</pre>
      </details>
      {download && (
        <a href={download} download={`${code}-ledger-${seq}-receipt.json`}>
          {t('receipt.download')}
        </a>
      )}
    </div>
  )
}
