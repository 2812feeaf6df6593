import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // Test files in one worker share its database (a PGlite clone or a PostgreSQL database made once per worker);
    // each test makes its own theatre, so they do not see each other's records.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
