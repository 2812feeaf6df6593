import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The app is served by `truce serve` at / and talks to the same origin's /api/v1; in development `vite` proxies it.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // MapLibre is large and changes rarely: its own chunk caches apart from the app's code.
        manualChunks: (id) => (id.includes('node_modules/maplibre-gl') ? 'maplibre' : undefined),
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
})
