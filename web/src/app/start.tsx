import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { initI18n } from '../i18n/index.ts'
import { App } from './App.tsx'
import { SessionProvider } from './session.tsx'
import './styles.css'

/** Renders the app into #root, with the queries main.tsx may already have started. */
export async function start(queries: QueryClient) {
  await initI18n()
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queries}>
        <SessionProvider>
          <App />
        </SessionProvider>
      </QueryClientProvider>
    </StrictMode>,
  )
}
