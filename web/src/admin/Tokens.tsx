import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ok } from '../api/client.ts'
import { listAll } from '../api/lists.ts'
import { useActors } from '../app/actors.ts'
import { formatTime, fromLocalInput } from '../app/format.ts'
import { useTheatre } from '../app/theatre.tsx'
import { ConfirmButton, Field, ProblemNote, SecretOnce, fieldError } from './ui.tsx'

const ROLES = ['admin', 'editor', 'viewer'] as const
type Role = (typeof ROLES)[number]
const RANK: Record<string, number> = { viewer: 0, editor: 1, admin: 2 }

/** API tokens for systems acting for one of the caller's actors: made here, shown once, listed, revoked. */
export function Tokens() {
  const { t } = useTranslation('admin')
  const { theatre } = useTheatre()
  const actors = useActors()
  const client = useQueryClient()
  const tokens = useQuery({ queryKey: ['tokens', theatre.code], queryFn: () => listAll('/api/v1/theatres/{theatre}/tokens', { theatre: theatre.code }) })
  const actorName = new Map(actors.list.map((a) => [a.id, a.shortName]))
  const revoke = useMutation({
    mutationFn: (id: string) => ok(api.DELETE('/api/v1/theatres/{theatre}/tokens/{id}', { params: { path: { theatre: theatre.code, id } } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['tokens', theatre.code] }),
  })
  const items = [...(tokens.data ?? [])].sort((a, b) => Number(!!a.revokedAt) - Number(!!b.revokedAt) || b.createdAt.localeCompare(a.createdAt))
  return (
    <section aria-labelledby="tokens-title" className="admin-section">
      <h3 id="tokens-title">{t('tokens.title')}</h3>
      <p className="muted small">{t('tokens.intro')}</p>
      <CreateToken />
      {tokens.isPending && <p>{t('loading')}</p>}
      {tokens.isError && <ProblemNote error={tokens.error} />}
      {tokens.isSuccess && items.length === 0 && <p className="muted">{t('tokens.none')}</p>}
      <ProblemNote error={revoke.error} />
      <ul className="list" aria-label={t('tokens.list')}>
        {items.map((k) => (
          <li key={k.id} className="card" data-testid="token">
            <div className="row">
              <strong className="grow">{k.name}</strong>
              <span className="badge">{actorName.get(k.actorId) ?? '—'}</span>
              <span className="badge">{t(`role.${k.role}`)}</span>
              {k.revokedAt && <span className="badge critical">{t('tokens.revoked')}</span>}
            </div>
            <div className="small muted">
              <code dir="ltr">{k.prefix}…</code> · {t('tokens.created', { at: formatTime(k.createdAt, theatre.timezone, { utc: false }) })}
              {' · '}
              {k.lastUsedAt ? t('tokens.lastUsed', { at: formatTime(k.lastUsedAt, theatre.timezone, { utc: false }) }) : t('tokens.neverUsed')}
              {k.expiresAt && ` · ${t('tokens.expires', { at: formatTime(k.expiresAt, theatre.timezone, { utc: false }) })}`}
            </div>
            {!k.revokedAt && (
              <div className="row">
                <span className="grow" />
                <ConfirmButton label={t('tokens.revoke')} confirm={t('tokens.revokeConfirm', { name: k.name })} onConfirm={() => revoke.mutate(k.id)} disabled={revoke.isPending} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}

function CreateToken() {
  const { t } = useTranslation('admin')
  const view = useTheatre()
  const client = useQueryClient()
  // A token acts for one of the caller's own actors, with at most their role there.
  const mine = view.memberships
  const [actorId, setActorId] = useState(mine[0]?.actorId ?? '')
  const myRole = mine.find((m) => m.actorId === actorId)?.role ?? 'viewer'
  const [name, setName] = useState('')
  const [role, setRole] = useState<Role | ''>('')
  const [expires, setExpires] = useState('')
  const [secret, setSecret] = useState<string>()
  const create = useMutation({
    mutationFn: () => {
      const expiresAt = expires ? fromLocalInput(expires, view.theatre.timezone)?.toISOString() : undefined
      return ok(
        api.POST('/api/v1/theatres/{theatre}/tokens', {
          params: { path: { theatre: view.theatre.code } },
          body: { actorId, name, ...(role ? { role } : {}), ...(expiresAt ? { expiresAt } : {}) },
        }),
      )
    },
    onSuccess: async (created) => {
      setSecret(created.token)
      setName('')
      setExpires('')
      await client.invalidateQueries({ queryKey: ['tokens', view.theatre.code] })
    },
  })
  if (!mine.length) return null
  const submit = (e: FormEvent) => {
    e.preventDefault()
    create.mutate()
  }
  const err = (f: string) => fieldError(create.error, f)
  return (
    <>
      {secret && <SecretOnce title={t('tokens.createdTitle')} secret={secret} onDone={() => setSecret(undefined)} testId="new-token" />}
      <form className="stack card" onSubmit={submit} aria-labelledby="new-token-title">
        <strong id="new-token-title">{t('tokens.new')}</strong>
        <Field label={t('tokens.name')} error={err('name')} hint={t('tokens.nameHint')}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />}
        </Field>
        <div className="row">
          <Field label={t('tokens.actor')} error={err('actorId')}>
            {(p) => (
              <select {...p} value={actorId} onChange={(e) => (setActorId(e.target.value), setRole(''))}>
                {mine.map((m) => (
                  <option key={m.actorId} value={m.actorId}>
                    {m.actorName}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('tokens.role')} error={err('role')}>
            {(p) => (
              <select {...p} value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
                <option value="">{t('tokens.sameRole', { role: t(`role.${myRole}`) })}</option>
                {ROLES.filter((r) => RANK[r] <= RANK[myRole]).map((r) => (
                  <option key={r} value={r}>
                    {t(`role.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label={t('tokens.expiresAt', { timezone: view.theatre.timezone })} error={err('expiresAt')} hint={t('tokens.expiresHint')}>
          {(p) => <input {...p} type="datetime-local" value={expires} onChange={(e) => setExpires(e.target.value)} />}
        </Field>
        <ProblemNote error={create.error} fields={['name', 'actorId', 'role', 'expiresAt']} />
        <div className="row">
          <button type="submit" className="primary" disabled={create.isPending}>
            {t('tokens.create')}
          </button>
        </div>
      </form>
    </>
  )
}
