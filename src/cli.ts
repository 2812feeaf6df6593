#!/usr/bin/env node
import { Command, Option } from 'commander'
import { ConfigError, loadConfig } from './config.ts'
import { DatabaseSetupError } from './db/engine.ts'
import { migrate } from './db/migrate.ts'
import { openDatabase } from './db/open.ts'
import { CliError, exportLedger, verifyLedgerFile } from './cli/ledger.ts'
import { TheatreAccess } from './authz/access.ts'
import { generatePassword } from './modules/accounts/password.ts'
import { Problem } from './http/problem.ts'
import { loadDemo } from './demo/load.ts'
import { ensureAdmin, openRuntime } from './runtime.ts'
import { serve } from './serve.ts'
import type { Services } from './services.ts'
import { VERSION } from './version.ts'

const say = (line: string) => process.stdout.write(`truce: ${line}\n`)

/** Runs a command against the database and closes it afterwards, whatever happens. */
async function withRuntime<T>(fn: (s: Services) => Promise<T>): Promise<T> {
  const services = await openRuntime(loadConfig(), (l) => process.stderr.write(`truce: ${l}\n`))
  try {
    return await fn(services)
  } finally {
    await services.db.close()
  }
}

const program = new Command('truce')
  .description('Truce: ceasefire implementation and humanitarian deconfliction')
  .version(VERSION)
  .showHelpAfterError()

program
  .command('serve')
  .description('run the server (API, web app, live stream, background jobs); PORT, HOST, TRUCE_DATA_DIR, DATABASE_URL configure it')
  .option('--demo', 'load the Aleppo 2016 demonstration scenario first (once; TRUCE_DEMO_PASSWORD sets the demo users\' password)')
  .action(async (o: { demo?: boolean }) => {
    await serve(loadConfig(), say, { demo: o.demo })
  })

program
  .command('demo')
  .description('load the Aleppo 2016 demonstration scenario (theatre SY) and exit; does nothing if it is loaded')
  .action(async () => {
    const config = loadConfig()
    await withRuntime(async (s) => {
      await ensureAdmin(s, config, say)
      await loadDemo(s, say, config.demoPassword)
    })
  })

program
  .command('migrate')
  .description('apply pending database migrations and exit (serve also applies them at start)')
  .action(async () => {
    const db = await openDatabase(loadConfig(), (l) => say(`${l} …`))
    try {
      const { applied, total } = await migrate(db)
      say(applied.length ? `applied ${applied.join(', ')}; ${total} in all` : `up to date (${total} migrations)`)
    } finally {
      await db.close()
    }
  })

const user = program.command('user').description('manage users')
user
  .command('add <username>')
  .description('create a user; prints a generated password unless --password is given')
  .option('--display-name <name>', 'the name shown to others (default: the username)')
  .addOption(new Option('--language <lang>', 'interface language').choices(['en', 'ar', 'ru']).default('en'))
  .option('--admin', 'make an instance administrator', false)
  .option('--password <password>', 'the password (default: generated and printed)')
  .action(async (username: string, o: { displayName?: string; language: 'en' | 'ar' | 'ru'; admin: boolean; password?: string }) => {
    const password = o.password ?? generatePassword()
    const created = await withRuntime((s) =>
      s.accounts.createUser({ username, password, displayName: o.displayName ?? username, language: o.language, isAdmin: o.admin }),
    )
    say(`created user ${created.username} (${created.id})${o.password ? '' : ` with password: ${password}`}`)
  })
user
  .command('passwd <username>')
  .description("set a user's password; prints a generated one unless --password is given")
  .option('--password <password>', 'the new password (default: generated and printed)')
  .action(async (username: string, o: { password?: string }) => {
    const password = o.password ?? generatePassword()
    await withRuntime(async (s) => {
      const u = await s.accounts.userByName(username)
      if (!u) throw new CliError(`no user ${username}`, 1)
      await s.accounts.setPassword(u.id, password)
    })
    say(`password of ${username} changed${o.password ? '' : `: ${password}`}; their sessions were ended`)
  })

program
  .command('token')
  .description('manage API tokens')
  .command('create')
  .description("create an API token for a user acting for one of their actors; prints the secret once")
  .requiredOption('--theatre <code>', 'theatre code or id')
  .requiredOption('--user <username>', 'the user the token acts as')
  .requiredOption('--actor <actor>', "the actor's short name or id")
  .option('--name <name>', 'what the token is for', 'cli')
  .addOption(new Option('--role <role>', "at most the user's role in the actor").choices(['admin', 'editor', 'viewer']))
  .action(async (o: { theatre: string; user: string; actor: string; name: string; role?: 'admin' | 'editor' | 'viewer' }) => {
    const token = await withRuntime(async (s) => {
      const theatre = await s.theatres.find(o.theatre)
      if (!theatre) throw new CliError(`no theatre ${o.theatre}`, 1)
      const u = await s.accounts.principalUser((await s.accounts.userByName(o.user))?.id ?? '00000000-0000-0000-0000-000000000000')
      if (!u) throw new CliError(`no user ${o.user}`, 1)
      const access = new TheatreAccess({ user: u, via: 'session' }, theatre, await s.actors.membershipsOf(u.id, theatre.id))
      const actors = await s.actors.list(access, { limit: 500 })
      const actor = actors.find((a) => a.id === o.actor || a.shortName.toLowerCase() === o.actor.toLowerCase())
      if (!actor) throw new CliError(`no actor ${o.actor} in ${theatre.code}`, 1)
      return s.tokens.create(access, { actorId: actor.id, name: o.name, role: o.role })
    })
    process.stdout.write(`${token.token}\n`)
  })

const ledger = program.command('ledger').description('export and verify the signed ledger')
ledger
  .command('export')
  .description("write a theatre's chain as JSON Lines to standard output (without --theatre: the instance chain)")
  .option('--theatre <code>', 'theatre code or id')
  .action(async (o: { theatre?: string }) => {
    const n = await withRuntime((s) => exportLedger(s, o.theatre, process.stdout))
    process.stderr.write(`truce: exported ${n} entries\n`)
  })
ledger
  .command('verify <file>')
  .description('check an exported chain offline: exit 0 when intact, 1 naming the first bad seq')
  .requiredOption('--key <pem>', "the server's public key (GET /api/v1/signing-key), a PEM file")
  .action((file: string, o: { key: string }) => {
    const r = verifyLedgerFile(file, o.key)
    process.stdout.write(`${r.line}\n`)
    process.exitCode = r.code
  })

function fail(e: unknown): never {
  if (e instanceof DatabaseSetupError || e instanceof ConfigError) {
    process.stderr.write(`truce: ${e.message}\n`)
    process.exit(2)
  }
  if (e instanceof CliError) {
    process.stderr.write(`truce: ${e.message}\n`)
    process.exit(e.code)
  }
  if (e instanceof Problem) {
    const fields = e.errors?.map((f) => `${f.path.replace('/body/', '')} ${f.message}`).join('; ')
    process.stderr.write(`truce: ${fields || e.detail || e.title}\n`)
    process.exit(1)
  }
  if ((e as NodeJS.ErrnoException)?.code === 'ENOENT') {
    process.stderr.write(`truce: ${(e as Error).message}\n`)
    process.exit(1)
  }
  throw e
}

program.parseAsync(process.argv).catch(fail)
