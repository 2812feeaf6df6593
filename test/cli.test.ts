import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Client } from './helpers/client.ts'
import { ROOT, runCli } from './helpers/cli.ts'

/** The CLI and `truce serve` as an operator runs them, on a real embedded data directory. */
describe('truce CLI on the embedded database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-cli-'))
  const env = { TRUCE_DATA_DIR: dir, TRUCE_ADMIN_PASSWORD: '' }
  const servers: ChildProcess[] = []
  afterAll(() => {
    for (const s of servers) s.kill('SIGKILL')
  })

  /** Starts `truce serve` on a free port and waits for the line with its URL. */
  function serve(): Promise<{ child: ChildProcess; url: string; output: () => string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), 'serve'], {
        cwd: ROOT,
        env: { ...process.env, ...env, PORT: '0', TRUCE_LOG_LEVEL: 'warn' },
      })
      servers.push(child)
      let out = ''
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 90_000)
      const onData = (d: Buffer) => {
        out += d
        const m = /open (http:\/\/\S+?)\/\n/.exec(out)
        if (m) {
          clearTimeout(timer)
          resolve({ child, url: m[1], output: () => out })
        }
      }
      child.stdout!.on('data', onData)
      child.stderr!.on('data', onData)
      child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)))
    })
  }

  let password = ''
  let theatreCode = 'CLI'

  it('first start: shows progress, creates the administrator with a password shown once', async () => {
    const s = await serve()
    const out = s.output()
    expect(out).toContain('creating the embedded database')
    expect(out).toContain('installing PostGIS')
    password = /password: (\S+)/.exec(out)![1]
    const admin = await Client.signedIn(s.url, 'admin', password)
    const res = await admin.post('/api/v1/theatres', { code: theatreCode, name: 'CLI test', timezone: 'UTC', bbox: [35, 32, 43, 38] })
    expect(res.status).toBe(201)

    // while the server holds the data directory, commands that need it say so in one line and exit 2
    const busy = await runCli(['migrate'], env)
    expect(busy.code).toBe(2)
    expect(busy.stderr).toMatch(/^truce: the data directory .* is in use by another Truce process \(pid \d+\); stop it first\n$/)

    // kill -9 right after a committed write: nothing committed may be lost
    s.child.kill('SIGKILL')
    await new Promise((r) => s.child.once('exit', r))
  })

  it('second start: the data survived kill -9 and the administrator is reused', async () => {
    const s = await serve()
    expect(s.output()).not.toContain('created the administrator')
    expect(s.output()).not.toContain('creating the embedded database')
    const admin = await Client.signedIn(s.url, 'admin', password)
    const list = await admin.get('/api/v1/theatres')
    expect(list.body.items.map((t: { code: string }) => t.code)).toContain(theatreCode)
    s.child.kill('SIGTERM')
    expect(await new Promise((r) => s.child.once('exit', r))).toBe(0)
  })

  // Seven processes, each opening the embedded database (with PostGIS) afresh: about a minute on a slow machine.
  it('user add, user passwd, token create and ledger export / verify', async () => {
    const add = await runCli(['user', 'add', 'layla', '--display-name', 'Layla', '--language', 'ar'], env)
    expect(add.code, add.stderr).toBe(0)
    const laylaPw = /with password: (\S+)/.exec(add.stdout)![1]
    const dup = await runCli(['user', 'add', 'Layla', '--password', 'another-password'], env)
    expect(dup.code).toBe(1)
    expect(dup.stderr).toBe('truce: username is taken\n')
    const passwd = await runCli(['user', 'passwd', 'layla', '--password', 'layla-new-password'], env)
    expect(passwd.code).toBe(0)
    expect(laylaPw).not.toBe('layla-new-password')

    const s = await serve()
    const admin = await Client.signedIn(s.url, 'admin', password)
    const actor = await admin.post(`/api/v1/theatres/${theatreCode}/actors`, { kind: 'organisation', name: 'Syrian Arab Red Crescent', shortName: 'SARC' })
    const layla = (await admin.get('/api/v1/users?username=layla')).body.items[0]
    await admin.post(`/api/v1/theatres/${theatreCode}/members`, { userId: layla.id, actorId: actor.body.id, role: 'editor' })
    const key = (await admin.get('/api/v1/signing-key')).body.publicKey
    s.child.kill('SIGTERM')
    await new Promise((r) => s.child.once('exit', r))

    const token = await runCli(['token', 'create', '--theatre', theatreCode, '--user', 'layla', '--actor', 'sarc', '--name', 'field laptop'], env)
    expect(token.code, token.stderr).toBe(0)
    expect(token.stdout).toMatch(/^tt_[\w-]{43}\n$/)

    const exported = await runCli(['ledger', 'export', '--theatre', theatreCode], env)
    expect(exported.code, exported.stderr).toBe(0)
    const lines = exported.stdout.trim().split('\n')
    expect(lines.map((l) => JSON.parse(l).action)).toEqual(['theatre.create', 'actor.create', 'member.create', 'token.create'])
    fs.writeFileSync(path.join(dir, 'ledger.jsonl'), exported.stdout)
    fs.writeFileSync(path.join(dir, 'key.pem'), key)
    const verified = await runCli(['ledger', 'verify', path.join(dir, 'ledger.jsonl'), '--key', path.join(dir, 'key.pem')])
    expect(verified.code).toBe(0)
    expect(verified.stdout).toMatch(/^ok: 4 entries/)

    // the token works once the server is back
    const again = await serve()
    const me = await Client.withToken(again.url, token.stdout.trim()).get('/api/v1/me')
    expect(me.body).toMatchObject({ via: 'token', user: { username: 'layla' }, memberships: [{ actorName: 'Syrian Arab Red Crescent', role: 'editor' }] })
    again.child.kill('SIGTERM')
    await new Promise((r) => again.child.once('exit', r))
  }, 180_000)

  it('has --help for every command', async () => {
    for (const args of [['--help'], ['serve', '--help'], ['migrate', '--help'], ['user', 'add', '--help'], ['user', 'passwd', '--help'], ['token', 'create', '--help'], ['ledger', 'export', '--help'], ['ledger', 'verify', '--help']]) {
      const r = await runCli(args)
      expect(r.code, args.join(' ')).toBe(0)
      expect(r.stdout, args.join(' ')).toMatch(/^Usage: truce /)
    }
  })
})
