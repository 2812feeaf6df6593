import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ok } from '../api/client.ts'
import { listAll } from '../api/lists.ts'
import { navigate } from '../app/router.ts'
import { useTheatre } from '../app/theatre.tsx'
import { ProblemNote } from './kit.tsx'

/** One item of a 409 "acknowledge these first": a site or movement the activity meets, at its current version. */
export interface Missing {
  ref: string
  version: number
  kind: 'site' | 'movement'
  name: string
  listed?: number | null
}

export const missingOf = (body: Record<string, unknown>) => (Array.isArray(body.missing) ? (body.missing as Missing[]) : undefined)

/**
 * The list a declaration answered with 409: each site or movement the party must know of first, with a button that
 * acknowledges it right here (its pending request in the party's inbox) and then lists it in `awareOf`.
 */
export function AcknowledgeFirst(props: { missing: Missing[]; partyId: string | undefined; known: Map<string, number>; onKnown(ref: string, version: number): void }) {
  const { t } = useTranslation('records')
  const { theatre, memberships } = useTheatre()
  const pending = useQuery({
    queryKey: ['acknowledgements', theatre.code, 'records', 'pending', props.partyId],
    queryFn: () => listAll('/api/v1/theatres/{theatre}/acknowledgements', { theatre: theatre.code }, { state: 'pending', party: props.partyId }),
    staleTime: 0,
  })
  const done = props.missing.every((m) => props.known.get(m.ref) === m.version)
  // only the party's own editors answer its requests; a coordinator declaring for it can only list what it knows
  const mayAnswer = memberships.some((m) => m.actorId === props.partyId && m.role !== 'viewer')
  const box = useRef<HTMLElement>(null)
  // The list appears below the form's fields, where the submit button was pressed: bring it into view.
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
  }, [props.missing])
  return (
    <section ref={box} className="rec-ack-first" aria-labelledby="ack-first-title">
      <h3 id="ack-first-title">{t('ackFirst.title')}</h3>
      <p className="small">{t('ackFirst.explain')}</p>
      <ul className="list">
        {props.missing.map((m) => {
          const request = pending.data?.find((a) => a.subject.ref === m.ref && a.subject.version === m.version && (!props.partyId || a.party === props.partyId))
          return (
            <MissingItem
              key={`${m.ref}@${m.version}`}
              item={m}
              known={props.known.get(m.ref) === m.version}
              requestId={mayAnswer ? request?.id : undefined}
              mayAnswer={mayAnswer}
              subjectId={request?.subject.id}
              loading={pending.isPending}
              onKnown={() => props.onKnown(m.ref, m.version)}
            />
          )
        })}
      </ul>
      {done && (
        <p className="rec-ok-note" role="status">
          {t('ackFirst.done')}
        </p>
      )}
    </section>
  )
}

function MissingItem(props: { item: Missing; known: boolean; requestId?: string; subjectId?: string; loading: boolean; mayAnswer: boolean; onKnown(): void }) {
  const { t } = useTranslation('records')
  const { theatre } = useTheatre()
  const client = useQueryClient()
  const [seq, setSeq] = useState<number>()
  const { item } = props
  const acknowledge = useMutation({
    mutationFn: () =>
      ok(api.POST('/api/v1/theatres/{theatre}/acknowledgements/{id}/acknowledge', { params: { path: { theatre: theatre.code, id: props.requestId! } }, body: {} })),
    onSuccess: (answer) => {
      setSeq(answer.receipt.entry.seq)
      props.onKnown()
      void client.invalidateQueries({ queryKey: ['acknowledgements'] })
    },
  })
  return (
    <li className="card rec-missing-item">
      <div className="row">
        <strong className="rec-ref" dir="ltr">
          {item.ref}
        </strong>
        <span className="badge">{t(`kind.${item.kind}`)}</span>
        <span className="muted small">{t('ackFirst.version', { v: item.version })}</span>
      </div>
      <div>
        {props.subjectId ? (
          <a
            href={`/t/${theatre.code}/record/${item.kind}/${props.subjectId}`}
            onClick={(e) => (e.preventDefault(), navigate({ theatre: theatre.code, view: 'record', kind: item.kind, id: props.subjectId! }))}
          >
            {item.name}
          </a>
        ) : (
          item.name
        )}
        {item.listed ? <span className="muted small"> · {t('ackFirst.listedOld', { v: item.listed })}</span> : null}
      </div>
      {props.known ? (
        <p className="rec-ok-note small">
          {seq ? t('ackFirst.acknowledged', { seq }) : t('ackFirst.listed')}
        </p>
      ) : props.requestId ? (
        <button type="button" className="primary" disabled={acknowledge.isPending} onClick={() => acknowledge.mutate()}>
          {t('ackFirst.acknowledge', { ref: item.ref })}
        </button>
      ) : (
        !props.loading && (
          <div className="rec-stack-tight">
            <span className="muted small">{props.mayAnswer ? t('ackFirst.noRequest') : t('ackFirst.notYours')}</span>
            <button type="button" onClick={props.onKnown}>
              {t('ackFirst.listAsKnown', { ref: item.ref })}
            </button>
          </div>
        )
      )}
      <ProblemNote error={acknowledge.error} />
    </li>
  )
}
