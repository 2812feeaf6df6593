import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { listAll, type ItemOf } from '../api/lists.ts'
import { useActors } from '../app/actors.ts'
import { formatRelative } from '../app/format.ts'
import { useTheatre } from '../app/theatre.tsx'
import { isolate, useTime } from './kit.tsx'
import { Receipt } from './Receipt.tsx'

type Ack = ItemOf<'/api/v1/theatres/{theatre}/acknowledgements'>

/**
 * Who was asked to acknowledge each version of a site or movement, and what they answered when, with the signed
 * receipt of each answer. The API shows the owner and coordinators every party's state, a party its own.
 */
export function Acknowledgements({ id, version }: { id: string; version: number }) {
  const { t } = useTranslation('records')
  const { theatre } = useTheatre()
  const actors = useActors()
  const time = useTime()
  const acks = useQuery({
    queryKey: ['acknowledgements', theatre.code, 'records', 'subject', id],
    queryFn: () => listAll('/api/v1/theatres/{theatre}/acknowledgements', { theatre: theatre.code }, { subject: id }),
  })
  const byVersion = new Map<number, Ack[]>()
  for (const a of acks.data ?? []) byVersion.set(a.subject.version, [...(byVersion.get(a.subject.version) ?? []), a])
  const versions = [...byVersion.keys()].sort((a, b) => b - a)
  const current = byVersion.get(version) ?? []
  const answered = current.filter((a) => a.state === 'acknowledged').length

  const table = (list: Ack[]) => (
    <ul className="list rec-acks">
      {list
        .slice()
        .sort((a, b) => (actors.byId.get(a.party)?.name ?? '').localeCompare(actors.byId.get(b.party)?.name ?? ''))
        .map((a) => (
          <li key={a.id} className="rec-ack">
            <div className="rec-ack-line">
              <strong className="grow">{actors.byId.get(a.party)?.name ?? actors.name(a.party)}</strong>
              <span className={`badge ${a.state}`}>{t(`ackState.${a.state}`)}</span>
              {a.partySignature && <span className="badge rec-signed">{t('acks.signed')}</span>}
            </div>
            <div className="small">
              {a.answeredAt ? (
                t('acks.answered', { when: isolate(time(a.answeredAt)) })
              ) : a.state === 'pending' ? (
                <>
                  {t('acks.due', { when: formatRelative(a.deadline) })} <span className="muted">· {time(a.deadline)}</span>
                </>
              ) : (
                t('acks.deadline', { when: isolate(time(a.deadline)) })
              )}
            </div>
            {a.reason && <div className="small">{t('acks.reason', { reason: a.reason })}</div>}
            {a.ledgerSeq != null && <Receipt seq={a.ledgerSeq} />}
          </li>
        ))}
    </ul>
  )

  return (
    <section aria-labelledby={`acks-${id}`}>
      <h3 id={`acks-${id}`}>{t('acks.title')}</h3>
      {acks.isPending && <p className="muted">{t('loading')}</p>}
      {acks.isError && <p className="error">{acks.error.message}</p>}
      {acks.isSuccess && current.length === 0 && <p className="muted">{t('acks.none')}</p>}
      {current.length > 0 && (
        <>
          <p className="small">{t('acks.summary', { done: answered, total: current.length, v: version })}</p>
          {table(current)}
        </>
      )}
      {versions
        .filter((v) => v !== version)
        .map((v) => (
          <details key={v} className="rec-earlier">
            <summary>{t('acks.earlier', { v })}</summary>
            {table(byVersion.get(v)!)}
          </details>
        ))}
    </section>
  )
}
