import fs from 'node:fs'
import path from 'node:path'

/** Everything Truce reads from its environment, checked once at start. */
export interface Config {
  host: string
  port: number
  dataDir: string
  databaseUrl?: string
  adminPassword?: string
  /** The password of every demo user; generated per user when unset. */
  demoPassword?: string
  signingKey?: string
  logLevel: string
  /** Whether webhooks may deliver to private and loopback addresses (off: an admin cannot probe the server's network). */
  webhookPrivateAddresses: boolean
  /** Largest request body accepted, in bytes. */
  bodyLimit: number
  /** A richer basemap than the built-in one: a PMTiles file on disk or a MapLibre style URL. */
  basemap?: { kind: 'pmtiles'; file: string } | { kind: 'style'; url: string }
}

export class ConfigError extends Error {}

function int(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${value}"`)
  }
  return n
}

function basemap(value: string | undefined): Config['basemap'] {
  if (!value) return undefined
  if (/^https?:\/\//.test(value)) return { kind: 'style', url: value }
  if (!value.endsWith('.pmtiles')) throw new ConfigError(`TRUCE_BASEMAP must be a .pmtiles file or an http(s) style URL, got "${value}"`)
  const file = path.resolve(value)
  if (!fs.existsSync(file)) throw new ConfigError(`TRUCE_BASEMAP names ${file}, which does not exist`)
  return { kind: 'pmtiles', file }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://')
  }
  const logLevel = env.TRUCE_LOG_LEVEL || 'info'
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError(`TRUCE_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "${logLevel}"`)
  }
  return {
    host: env.HOST || '127.0.0.1',
    port: int('PORT', env.PORT, 8080, 0, 65535),
    dataDir: path.resolve(env.TRUCE_DATA_DIR || './data'),
    databaseUrl,
    adminPassword: env.TRUCE_ADMIN_PASSWORD || undefined,
    demoPassword: env.TRUCE_DEMO_PASSWORD || undefined,
    webhookPrivateAddresses: env.TRUCE_WEBHOOK_PRIVATE === 'allow',
    signingKey: env.TRUCE_SIGNING_KEY || undefined,
    logLevel,
    bodyLimit: int('TRUCE_BODY_LIMIT', env.TRUCE_BODY_LIMIT, 1024 * 1024, 1024, 1024 * 1024 * 1024),
    basemap: basemap(env.TRUCE_BASEMAP),
  }
}
