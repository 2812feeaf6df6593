import { defineConfig } from 'vitest/config'

// End-to-end tests: Debian's Chromium (playwright-core) against one real `truce serve --demo` on a fresh embedded
// database. One file at a time: a browser and the server already share the machine's two cores.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    globalSetup: ['./global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
