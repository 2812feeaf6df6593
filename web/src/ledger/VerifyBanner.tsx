import type { UseQueryResult } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../app/format.ts'
import { isolate, type Entry, type EntryCheck, type PublicKey } from './chain.ts'
import { KeyError, type ChainState } from './verification.ts'

interface Props {
  keyQuery: UseQueryResult<PublicKey>
  /** The walk of the whole chain, for members who see every entry; undefined for the others. */
  chain?: UseQueryResult<ChainState> & { progress?: { seq: number; of: number } }
  entries: Entry[]
  checks: Map<number, EntryCheck>
}

/**
 * What this browser found, computed here from the entries and the server's public key alone: for coordinators the
 * chain from genesis to its head; for other members each entry they see, whose links to entries they cannot see are
 * out of their reach.
 */
export function VerifyBanner({ keyQuery, chain, entries, checks }: Props) {
  const { t } = useTranslation('ledger')
  let tone: 'ok' | 'bad' | 'pending' = 'pending'
  let headline: string
  const details: string[] = []

  const firstBad = [...checks.values()].filter((c) => !c.ok).sort((a, b) => a.seq - b.seq)[0]
  if (keyQuery.isError) {
    tone = 'bad'
    headline = t(`key.${keyQuery.error instanceof KeyError ? keyQuery.error.trouble : 'unavailable'}`)
  } else if (!keyQuery.data) {
    headline = t('checking')
  } else if (chain) {
    const state = chain.data
    if (chain.isError) {
      tone = 'bad'
      headline = t('chain.failedToLoad', { reason: chain.error.message })
    } else if (state?.failure) {
      tone = 'bad'
      headline = t(`problem.${state.failure.problem}`, { seq: state.failure.seq })
      details.push(state.verified.seq > 0 ? t('chain.goodUpTo', { seq: state.verified.seq }) : t('chain.noneGood'))
    } else if (firstBad) {
      tone = 'bad'
      headline = t(`problem.${firstBad.problem}`, { seq: firstBad.seq })
    } else if (!state) {
      headline = chain.progress ? t('chain.progress', { seq: formatNumber(chain.progress.seq), of: formatNumber(chain.progress.of) }) : t('checking')
    } else {
      tone = 'ok'
      headline = t('chain.verified', { seq: state.verified.seq })
      details.push(t('chain.explain', { keyId: isolate(keyQuery.data.keyId) }))
      if (chain.isFetching) details.push(t('chain.checkingNew'))
      else if (state.serverHead.seq === state.verified.seq && state.serverHead.hash === state.verified.hash) details.push(t('chain.headMatches', { hash: isolate(state.verified.hash.slice(0, 16)) }))
      else details.push(t('chain.headDiffers', { seq: state.serverHead.seq, hash: isolate(state.serverHead.hash.slice(0, 16)) }))
    }
  } else if (firstBad) {
    tone = 'bad'
    headline = t(`problem.${firstBad.problem}`, { seq: firstBad.seq })
  } else if (entries.length === 0 || checks.size < entries.length) {
    headline = t('checking')
  } else {
    tone = 'ok'
    const linked = [...checks.values()].filter((c) => c.linked).length
    headline = t('entries.verified', { n: entries.length })
    details.push(t('entries.explain', { keyId: isolate(keyQuery.data.keyId) }))
    details.push(t('entries.noChain', { linked, n: entries.length }))
  }

  return (
    <div className={`verify verify-${tone}`} data-testid="ledger-verify" data-state={tone} aria-live="polite">
      <p className="verify-headline">
        <span aria-hidden="true">{tone === 'ok' ? '✓ ' : tone === 'bad' ? '✗ ' : '… '}</span>
        <strong>{headline}</strong>
      </p>
      {details.map((d) => (
        <p key={d} className="small">
          {d}
        </p>
      ))}
    </div>
  )
}
