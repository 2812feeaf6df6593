import crypto from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { buildApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import type { EngineKind } from '../../src/db/engine.ts'
import { signerFromPrivateKey } from '../../src/modules/ledger/signer.ts'
import { createServices, type Services } from '../../src/services.ts'
import type { App } from '../../src/http/types.ts'
import { Client } from './client.ts'
import { sharedDatabase } from './db.ts'

export const ADMIN = { username: 'admin', password: 'admin-password-for-tests' }
export const PASSWORD = 'a-test-password-1'

// One signing key per worker, so entries written by every test server in it chain under one key.
const signingKey = crypto.generateKeyPairSync('ed25519').privateKey

export interface TestServer {
  engine: EngineKind
  url: string
  app: App
  services: Services
  admin: Client
  client(): Client
  /** A new user with a unique name and PASSWORD; returns the user and a client signed in as them. */
  newUser(prefix?: string): Promise<{ user: any; client: Client }>
  close(): Promise<void>
}

let unique = 0
export const uniqueName = (prefix: string) => `${prefix}${process.pid}x${++unique}x${crypto.randomBytes(2).toString('hex')}`

/** The real HTTP server on a random loopback port, over the worker's shared database for `engine`. */
export async function startServer(engine: EngineKind, env: Record<string, string> = {}): Promise<TestServer> {
  const db = await sharedDatabase(engine)
  const config = { ...loadConfig({ TRUCE_DATA_DIR: path.join(os.tmpdir(), 'truce-test-unused'), ...env }), host: '127.0.0.1', port: 0 }
  const services = createServices(db, signerFromPrivateKey(signingKey))
  services.webhooks.worker.allowPrivate = true // the tests' receivers listen on loopback
  if (!(await services.accounts.userByName(ADMIN.username))) {
    await services.accounts.createUser({ ...ADMIN, displayName: 'Administrator', isAdmin: true }).catch(() => {})
  }
  const app = await buildApp({ config, services, version: 'test' })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const address = app.server.address()
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  const admin = await Client.signedIn(url, ADMIN.username, ADMIN.password)
  return {
    engine,
    url,
    app,
    services,
    admin,
    client: () => new Client(url),
    async newUser(prefix = 'user') {
      const username = uniqueName(prefix)
      const res = await admin.post('/api/v1/users', { username, password: PASSWORD, displayName: `Test ${username}` })
      if (res.status !== 201) throw new Error(`creating ${username}: ${JSON.stringify(res.body)}`)
      return { user: res.body, client: await Client.signedIn(url, username, PASSWORD) }
    },
    close: () => app.close(),
  }
}
