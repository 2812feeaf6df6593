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
    // What a page shows after an action (a reply from the server, a panel rendered) comes within a second on an idle
    // machine, but CI's machine is sometimes busy: polls wait up to ten seconds, and still fail if it never comes.
    expect: { poll: { timeout: 10_000 } },
  },
})
