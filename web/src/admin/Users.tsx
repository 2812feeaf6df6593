import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ok } from '../api/client.ts'
import { Field, ProblemNote, fieldError } from './ui.tsx'

const LANGUAGES = ['en', 'ar', 'ru'] as const

/** Instance administrators create user accounts; a theatre's admins then make them members of actors. */
export function Users() {
  const { t } = useTranslation('admin')
  const client = useQueryClient()
  const users = useQuery({ queryKey: ['users'], queryFn: () => ok(api.GET('/api/v1/users', { params: { query: { limit: 500 } } })) })
  const [username, setUsername] = useState('')
  const [displayName, setDisplayName] = useState('')
  const [password, setPassword] = useState('')
  const [language, setLanguage] = useState<(typeof LANGUAGES)[number]>('en')
  const [isAdmin, setIsAdmin] = useState(false)
  const [created, setCreated] = useState<string>()
  const create = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/users', { body: { username: username.trim(), displayName, password, language, ...(isAdmin ? { isAdmin } : {}) } })),
    onMutate: () => setCreated(undefined),
    onSuccess: async (u) => {
      setCreated(t('users.created', { username: u.username }))
      setUsername('')
      setDisplayName('')
      setPassword('')
      setIsAdmin(false)
      await client.invalidateQueries({ queryKey: ['users'] })
    },
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    create.mutate()
  }
  const err = (f: string) => fieldError(create.error, f)
  return (
    <section aria-labelledby="users-title" className="admin-section">
      <h3 id="users-title">{t('users.title')}</h3>
      <p className="muted small">{t('users.intro')}</p>
      <form className="stack card" onSubmit={submit} aria-labelledby="new-user-title">
        <strong id="new-user-title">{t('users.new')}</strong>
        <Field label={t('users.username')} error={err('username')} hint={t('users.usernameHint')}>
          {(p) => <input {...p} value={username} onChange={(e) => setUsername(e.target.value)} required autoComplete="off" dir="ltr" />}
        </Field>
        <Field label={t('users.displayName')} error={err('displayName')}>
          {(p) => <input {...p} value={displayName} onChange={(e) => setDisplayName(e.target.value)} required maxLength={200} />}
        </Field>
        <Field label={t('users.password')} error={err('password')} hint={t('users.passwordHint')}>
          {(p) => <input {...p} type="password" value={password} onChange={(e) => setPassword(e.target.value)} required autoComplete="new-password" />}
        </Field>
        <Field label={t('users.language')} error={err('language')}>
          {(p) => (
            <select {...p} value={language} onChange={(e) => setLanguage(e.target.value as typeof language)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`users.languages.${l}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="check">
          <input type="checkbox" checked={isAdmin} onChange={(e) => setIsAdmin(e.target.checked)} /> {t('users.isAdmin')}
        </label>
        <ProblemNote error={create.error} fields={['username', 'displayName', 'password', 'language', 'isAdmin']} />
        {created && (
          <p className="ok-note" role="status">
            {created}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={create.isPending}>
            {t('users.create')}
          </button>
        </div>
      </form>
      {users.isSuccess && (
        <table>
          <caption className="sr-only">{t('users.list')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.username')}</th>
              <th scope="col">{t('users.displayName')}</th>
              <th scope="col">{t('users.language')}</th>
            </tr>
          </thead>
          <tbody>
            {users.data.items.map((u) => (
              <tr key={u.id}>
                <td dir="ltr">
                  {u.username}
                  {u.isAdmin && <span className="badge">{t('users.admin')}</span>}
                </td>
                <td>{u.displayName}</td>
                <td>{u.language}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
