import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { SessionProvider } from './app/session.tsx'
import { initI18n } from './i18n/index.ts'
import './app/styles.css'

// Live updates come from the stream, which invalidates queries; refetching on focus covers a stream that dropped.
const queries = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } })

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
