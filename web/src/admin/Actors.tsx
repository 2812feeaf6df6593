import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiProblem, api, ok } from '../api/client.ts'
import type { ItemOf } from '../api/lists.ts'
import { useActors } from '../app/actors.ts'
import { useTheatre } from '../app/theatre.tsx'
import { Field, ProblemNote, fieldError, splitList, useRights } from './ui.tsx'

export type Actor = ItemOf<'/api/v1/theatres/{theatre}/actors'>
const KINDS = ['coordinator', 'party', 'organisation', 'monitor'] as const
const DEFAULT_COLOUR = '#64748b'

/** Refreshes every screen that shows actors (the map's colours, the legend, these lists). */
export const invalidateActors = (client: ReturnType<typeof useQueryClient>) =>
  client.invalidateQueries({ predicate: (q) => q.queryKey.includes('actors') })

export function Actors() {
  const { t } = useTranslation('admin')
  const rights = useRights()
  const actors = useActors()
  const [editing, setEditing] = useState<string>()
  const [creating, setCreating] = useState(false)
  return (
    <section aria-labelledby="actors-title" className="admin-section">
      <div className="row">
        <h3 id="actors-title" className="grow">
          {t('actors.title')}
        </h3>
        {rights.coordinatorAdmin && !creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('actors.new')}
          </button>
        )}
      </div>
      {creating && <ActorForm onDone={() => setCreating(false)} />}
      {actors.query.isPending && <p>{t('loading')}</p>}
      {actors.query.isError && <ProblemNote error={actors.query.error} />}
      <ul className="list">
        {actors.list.map((a) => (
          <li key={a.id} className="card">
            {editing === a.id ? (
              <ActorForm actor={a} onDone={() => setEditing(undefined)} />
            ) : (
              <>
                <div className="row">
                  <span className="swatch" style={{ background: a.colour ?? DEFAULT_COLOUR }} aria-hidden="true" />
                  <strong>{a.shortName}</strong>
                  <span className="badge">{t(`kind.${a.kind}`)}</span>
                  <span className="grow" />
                  {rights.mayAdmin(a.id) && (
                    <button type="button" onClick={() => setEditing(a.id)} aria-label={t('actors.editOne', { name: a.shortName })}>
                      {t('edit')}
                    </button>
                  )}
                </div>
                <div>{a.name}</div>
                {(a.aliases.length > 0 || a.publicKeyId) && (
                  <div className="small muted">
                    {a.aliases.length > 0 && <span>{t('actors.aliasesList', { aliases: a.aliases.join(', ') })} </span>}
                    {a.publicKeyId && <span>{t('actors.keyId', { keyId: a.publicKeyId })}</span>}
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Creates an actor (no `actor`), or changes one at its current version. */
function ActorForm({ actor, onDone }: { actor?: Actor; onDone(): void }) {
  const { t } = useTranslation('admin')
  const { theatre } = useTheatre()
  const rights = useRights()
  const client = useQueryClient()
  const [kind, setKind] = useState<(typeof KINDS)[number]>(actor?.kind ?? 'organisation')
  const [name, setName] = useState(actor?.name ?? '')
  const [shortName, setShortName] = useState(actor?.shortName ?? '')
  const [colour, setColour] = useState(actor?.colour ?? DEFAULT_COLOUR)
  const [aliases, setAliases] = useState(actor?.aliases.join(', ') ?? '')
  const [publicKey, setPublicKey] = useState(actor?.publicKey ?? '')
  const path = { theatre: theatre.code }
  const save = useMutation({
    mutationFn: () =>
      actor
        ? ok(
            api.PATCH('/api/v1/theatres/{theatre}/actors/{id}', {
              params: { path: { ...path, id: actor.id } },
              body: {
                version: actor.version,
                name,
                colour,
                publicKey: publicKey.trim() || null,
                // The short name and aliases are the coordinator's: others send them only when they may change them.
                ...(rights.coordinatorAdmin ? { shortName, aliases: splitList(aliases) } : {}),
              },
            }),
          )
        : ok(
            api.POST('/api/v1/theatres/{theatre}/actors', {
              params: { path },
              body: { kind, name, shortName, colour, aliases: splitList(aliases), ...(publicKey.trim() ? { publicKey: publicKey.trim() } : {}) },
            }),
          ),
    onSuccess: async () => {
      await invalidateActors(client)
      onDone()
    },
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    save.mutate()
  }
  const err = (f: string) => fieldError(save.error, f)
  return (
    <form className="stack" onSubmit={submit} aria-label={actor ? t('actors.editOne', { name: actor.shortName }) : t('actors.new')}>
      {!actor && (
        <Field label={t('actors.kind')} error={err('kind')}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('actors.name')} error={err('name')}>
        {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />}
      </Field>
      <Field label={t('actors.shortName')} error={err('shortName')} hint={actor && !rights.coordinatorAdmin ? t('actors.coordinatorOnly') : t('actors.shortNameHint')}>
        {(p) => <input {...p} value={shortName} onChange={(e) => setShortName(e.target.value)} required maxLength={40} disabled={!!actor && !rights.coordinatorAdmin} />}
      </Field>
      <Field label={t('actors.colour')} error={err('colour')}>
        {(p) => <input {...p} type="color" value={colour} onChange={(e) => setColour(e.target.value)} />}
      </Field>
      <Field label={t('actors.aliases')} error={err('aliases')} hint={t('actors.aliasesHint')}>
        {(p) => <input {...p} value={aliases} onChange={(e) => setAliases(e.target.value)} disabled={!!actor && !rights.coordinatorAdmin} />}
      </Field>
      <Field label={t('actors.publicKey')} error={err('publicKey')} hint={t('actors.publicKeyHint')}>
        {(p) => <textarea {...p} rows={3} value={publicKey} onChange={(e) => setPublicKey(e.target.value)} placeholder="-----BEGIN PUBLIC KEY-----" dir="ltr" />}
      </Field>
      <ProblemNote error={save.error} fields={['kind', 'name', 'shortName', 'colour', 'aliases', 'publicKey']} />
      {save.error instanceof ApiProblem && save.error.status === 409 && actor && <StaleHint />}
      <div className="row">
        <button type="submit" className="primary" disabled={save.isPending}>
          {actor ? t('save') : t('create')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  )
}

/** After a 409 on a stale version, reloading the list gives the form the current version to try again. */
function StaleHint() {
  const { t } = useTranslation('admin')
  const client = useQueryClient()
  return (
    <button type="button" onClick={() => void invalidateActors(client)}>
      {t('reload')}
    </button>
  )
}
