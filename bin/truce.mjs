#!/usr/bin/env node
// Installed entry point: registers tsx (a dependency) and runs the TypeScript CLI in this same process,
// so signals and the data-directory lock see one process.
import { register } from 'tsx/esm/api'

register()
await import('../src/cli.ts')
