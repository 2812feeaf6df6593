import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

export const DEMO_PASSWORD = 'e2e-demo-password'
export const ADMIN_PASSWORD = 'e2e-admin-password'
const root = path.join(import.meta.dirname, '..')

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    demoPassword: string
    adminPassword: string
  }
}

/** Starts `truce serve --demo` exactly as a user would (it builds the web app when needed) and waits for its URL. */
export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-e2e-'))
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--demo'], {
    cwd: root,
    env: { ...process.env, TRUCE_DATA_DIR: dataDir, PORT: '0', TRUCE_DEMO_PASSWORD: DEMO_PASSWORD, TRUCE_ADMIN_PASSWORD: ADMIN_PASSWORD, TRUCE_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`truce serve did not start in 150 s:\n${output}`)), 150_000)
    const read = (chunk: Buffer) => {
      output += chunk
      const m = /open (http:\/\/\S+?)\/?\s/.exec(output)
      if (m) {
        clearTimeout(timer)
        resolve(m[1])
      }
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.on('exit', (code) => reject(new Error(`truce serve exited with ${code}:\n${output}`)))
  })
  project.provide('baseUrl', url)
  project.provide('demoPassword', DEMO_PASSWORD)
  project.provide('adminPassword', ADMIN_PASSWORD)
  return async () => {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
