import type { Config } from './config.ts'
import { buildApp } from './app.ts'
import { startJobs } from './jobs/index.ts'
import { loadDemo } from './demo/load.ts'
import { ensureAdmin, openRuntime, type Say } from './runtime.ts'
import { VERSION } from './version.ts'
import { ensureWebBuilt } from './web/build.ts'

/** `truce serve`: the API, the live stream, the background jobs and the web app in one process. */
export async function serve(config: Config, say: Say, opts: { demo?: boolean } = {}) {
  const started = Date.now()
  // The API matters more than the web app: parties must be able to acknowledge even if the app cannot be built.
  const web = await ensureWebBuilt(say).then(
    () => true,
    (e: Error) => (say(`web app: the build failed, serving the API only: ${e.message.split('\n').find((l) => l.trim()) ?? e}`), false),
  )
  const services = await openRuntime(config, say)
  await ensureAdmin(services, config, say)
  if (opts.demo) await loadDemo(services, say, config.demoPassword)
  services.webhooks.worker.allowPrivate = config.webhookPrivateAddresses
  const app = await buildApp(
    { config, services, version: VERSION },
    {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
    { web },
  )
  await app.listen({ host: config.host, port: config.port })
  const jobs = startJobs(services, app.log)
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  say(`Truce ${VERSION} on ${services.db.kind === 'pglite' ? 'the embedded database' : 'PostgreSQL'}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  say(`open http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/`)

  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    say('stopping …')
    await jobs.stop()
    await app.close()
    await services.db.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  return { app, services, port }
}
