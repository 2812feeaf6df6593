import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiProblem } from '../api/client.ts'
import { LanguagePicker } from './LanguagePicker.tsx'
import { useSession } from './session.tsx'

export function SignIn() {
  const { t } = useTranslation()
  const { signIn } = useSession()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const form = new FormData(e.currentTarget)
    setBusy(true)
    setError(undefined)
    try {
      await signIn(String(form.get('username')), String(form.get('password')))
    } catch (err) {
      setError(err instanceof ApiProblem && err.status === 401 ? t('signIn.wrong') : err instanceof ApiProblem && err.status === 429 ? t('signIn.tooMany') : String((err as Error).message))
    } finally {
      setBusy(false)
    }
  }

  return (
    <main className="signin">
      <form onSubmit={submit} aria-labelledby="signin-title">
        <h1 id="signin-title">Truce</h1>
        <p className="muted">{t('tagline')}</p>
        <label>
          {t('signIn.username')}
          <input name="username" autoComplete="username" required autoFocus dir="ltr" />
        </label>
        <label>
          {t('signIn.password')}
          <input name="password" type="password" autoComplete="current-password" required dir="ltr" />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('signIn.submit')}
        </button>
        <LanguagePicker />
      </form>
    </main>
  )
}
