import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ok } from '../api/client.ts'
import { listAll, type ItemOf } from '../api/lists.ts'
import { useActors } from '../app/actors.ts'
import { useTheatre } from '../app/theatre.tsx'
import { ConfirmButton, Field, ProblemNote, fieldError, useRights } from './ui.tsx'

type Member = ItemOf<'/api/v1/theatres/{theatre}/members'>
const ROLES = ['admin', 'editor', 'viewer'] as const
type Role = (typeof ROLES)[number]

export function Members() {
  const { t } = useTranslation('admin')
  const { theatre } = useTheatre()
  const rights = useRights()
  const actors = useActors()
  const [actorFilter, setActorFilter] = useState('')
  const members = useQuery({ queryKey: ['members', theatre.code], queryFn: () => listAll('/api/v1/theatres/{theatre}/members', { theatre: theatre.code }) })
  const actorName = new Map(actors.list.map((a) => [a.id, a.shortName]))
  const administered = actors.list.filter((a) => rights.mayAdmin(a.id))
  const shown = (members.data ?? []).filter((m) => !actorFilter || m.actorId === actorFilter)
  shown.sort((a, b) => (actorName.get(a.actorId) ?? '').localeCompare(actorName.get(b.actorId) ?? '') || a.displayName.localeCompare(b.displayName))

  return (
    <section aria-labelledby="members-title" className="admin-section">
      <h3 id="members-title">{t('members.title')}</h3>
      {administered.length > 0 && <AddMember actors={administered} />}
      <Field label={t('members.filter')}>
        {(p) => (
          <select {...p} value={actorFilter} onChange={(e) => setActorFilter(e.target.value)}>
            <option value="">{t('members.allActors')}</option>
            {actors.list.map((a) => (
              <option key={a.id} value={a.id}>
                {a.shortName} — {a.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {members.isPending && <p>{t('loading')}</p>}
      {members.isError && <ProblemNote error={members.error} />}
      {members.isSuccess && shown.length === 0 && <p className="muted">{t('members.none')}</p>}
      <ul className="list">
        {shown.map((m) => (
          <MemberRow key={m.id} member={m} actor={actorName.get(m.actorId) ?? '—'} mayChange={rights.mayAdmin(m.actorId)} />
        ))}
      </ul>
    </section>
  )
}

function MemberRow({ member: m, actor, mayChange }: { member: Member; actor: string; mayChange: boolean }) {
  const { t } = useTranslation('admin')
  const { theatre } = useTheatre()
  const client = useQueryClient()
  const path = { theatre: theatre.code, id: m.id }
  const refresh = () => client.invalidateQueries({ queryKey: ['members', theatre.code] })
  const setRole = useMutation({
    mutationFn: (role: Role) => ok(api.PATCH('/api/v1/theatres/{theatre}/members/{id}', { params: { path }, body: { version: m.version, role } })),
    onSettled: refresh,
  })
  const remove = useMutation({
    mutationFn: () => ok(api.DELETE('/api/v1/theatres/{theatre}/members/{id}', { params: { path } })),
    onSettled: refresh,
  })
  return (
    <li className="card">
      <div className="row">
        <span className="grow">
          <strong>{m.displayName}</strong> <span className="muted small">@{m.username}</span>
        </span>
        <span className="badge">{actor}</span>
      </div>
      <div className="row">
        {mayChange ? (
          <Field label={t('members.role')} error={fieldError(setRole.error, 'role')}>
            {(p) => (
              <select {...p} value={m.role} disabled={setRole.isPending} onChange={(e) => setRole.mutate(e.target.value as Role)} aria-label={t('members.roleOf', { name: m.displayName, actor })}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`role.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <span>{t(`role.${m.role}`)}</span>
        )}
        <span className="grow" />
        {mayChange && <ConfirmButton label={t('members.remove')} confirm={t('members.removeConfirm', { name: m.displayName, actor })} onConfirm={() => remove.mutate()} disabled={remove.isPending} />}
      </div>
      <ProblemNote error={setRole.error ?? remove.error} fields={['role']} />
    </li>
  )
}

/** Adds a user, found by their exact username, to one of the actors the caller administers. */
function AddMember({ actors }: { actors: { id: string; shortName: string; name: string }[] }) {
  const { t } = useTranslation('admin')
  const { theatre } = useTheatre()
  const client = useQueryClient()
  const [username, setUsername] = useState('')
  const [actorId, setActorId] = useState(actors[0]?.id ?? '')
  const [role, setRole] = useState<Role>('editor')
  const [notFound, setNotFound] = useState(false)
  const [added, setAdded] = useState<string>()
  const add = useMutation({
    mutationFn: async () => {
      const users = await ok(api.GET('/api/v1/users', { params: { query: { username: username.trim() } } }))
      const user = users.items[0]
      if (!user) {
        setNotFound(true)
        return undefined
      }
      const member = await ok(api.POST('/api/v1/theatres/{theatre}/members', { params: { path: { theatre: theatre.code } }, body: { userId: user.id, actorId, role } }))
      return { member, user }
    },
    onMutate: () => (setNotFound(false), setAdded(undefined)),
    onSuccess: async (r) => {
      if (!r) return
      setAdded(t('members.added', { name: r.user.displayName, actor: actors.find((a) => a.id === actorId)?.shortName ?? '' }))
      setUsername('')
      await client.invalidateQueries({ queryKey: ['members', theatre.code] })
    },
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    add.mutate()
  }
  // The user is looked up first, so an API message about `userId` belongs on the username field.
  const userError = notFound ? t('members.noSuchUser') : fieldError(add.error, 'userId')
  return (
    <form className="stack card" onSubmit={submit} aria-labelledby="add-member-title">
      <strong id="add-member-title">{t('members.add')}</strong>
      <Field label={t('members.username')} error={userError} hint={t('members.usernameHint')}>
        {(p) => <input {...p} value={username} onChange={(e) => setUsername(e.target.value)} required autoComplete="off" dir="ltr" />}
      </Field>
      <div className="row">
        <Field label={t('members.actor')} error={fieldError(add.error, 'actorId')}>
          {(p) => (
            <select {...p} value={actorId} onChange={(e) => setActorId(e.target.value)}>
              {actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.shortName} — {a.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('members.role')} error={fieldError(add.error, 'role')}>
          {(p) => (
            <select {...p} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ProblemNote error={add.error} fields={['userId', 'actorId', 'role']} />
      {added && (
        <p className="ok-note" role="status">
          {added}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={add.isPending || !username.trim()}>
          {t('members.addButton')}
        </button>
      </div>
    </form>
  )
}
