import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Client } from '../../../test/helpers/client.ts'
import { testEngines } from '../../../test/helpers/db.ts'
import { startServer, uniqueName, type TestServer } from '../../../test/helpers/server.ts'
import { makeTheatre, type TestTheatre, type UserKey } from '../../../test/helpers/theatre.ts'
import { expectProblem } from '../../../test/helpers/assert.ts'
import { receiver, verifySignature } from '../../../test/helpers/receiver.ts'

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const NO_SUCH_ID = '0190a000-0000-7000-8000-000000000000'
const SECOND = 1000


describe.each(testEngines())('webhooks on %s', (engine) => {
  let t: TestServer
  let tt: TestTheatre
  const receivers: Awaited<ReturnType<typeof receiver>>[] = []
  const made: string[] = []
  beforeAll(async () => {
    t = await startServer(engine)
    tt = await makeTheatre(t)
  })
  afterEach(async () => {
    // Each test starts with no webhook in the theatre, so deliveries never cross tests.
    for (const id of made.splice(0)) await coord().delete(`${tt.base}/webhooks/${id}`)
    t.services.webhooks.worker.timeoutMs = 10_000
  })
  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.close()))
    await t?.close()
  })

  const as = (who: UserKey): Client => tt.users[who].client
  const coord = () => as('coordAdmin')
  const listen = async (answer?: () => number | null) => {
    const r = await receiver(answer)
    receivers.push(r)
    return r
  }
  const register = async (who: UserKey, body: Record<string, unknown>, c: Client = as(who)) => {
    const res = await c.post(`${tt.base}/webhooks`, body)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    made.push(res.body.id)
    return res.body
  }
  const newActor = async () => (await coord().post(`${tt.base}/actors`, { kind: 'organisation', name: 'Hooked', shortName: uniqueName('H') })).body
  const deliveries = async (id: string, who: UserKey = 'coordAdmin', query = '') => {
    const res = await as(who).get(`${tt.base}/webhooks/${id}/deliveries${query}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body.items as any[]
  }
  const entryOf = async (subjectId: string) => (await coord().get(`${tt.base}/ledger?subject=${subjectId}`)).body.items.at(-1)
  /** Every webhook of the theatre and the ledger head: what a refused request must leave as it was. */
  const snapshot = async () => ({
    webhooks: (await coord().get(`${tt.base}/webhooks?limit=500`)).body.items,
    head: (await coord().get(`${tt.base}/ledger?limit=1`)).body.head.seq,
  })
  // The worker sends every theatre's outbox in the database, which the test files run in one worker share: another
  // file's delivery, retried on the wall clock, may come due in a test that moves time forward. So the tests judge
  // what their own receivers got and what their own webhooks' logs say, never how many deliveries a pass attempted.
  const runWorker = (now?: Date) => t.services.webhooks.worker.runOnce(now)

  it('registers a webhook for its admin; the secret is shown once, and nowhere after', async () => {
    const r = await listen()
    const before = await snapshot()
    const res = await as('govAdmin').post(`${tt.base}/webhooks`, {
      actorId: tt.actors.gov.id,
      url: r.url,
      description: 'HQ operations room',
      events: ['acknowledgement.', 'conflict.'],
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    made.push(res.body.id)
    const { secret, ...webhook } = res.body
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/)
    expect(webhook).toEqual({
      id: expect.stringMatching(UUID_V7),
      theatreId: tt.theatre.id,
      actorId: tt.actors.gov.id,
      url: r.url,
      description: 'HQ operations room',
      events: ['acknowledgement.', 'conflict.'],
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    })

    const one = await as('govAdmin').get(`${tt.base}/webhooks/${webhook.id}`)
    expect(one.body).toEqual(webhook)
    const list = await as('govAdmin').get(`${tt.base}/webhooks`)
    expect(list.body.items).toEqual([webhook])
    const ledger = await as('govViewer').get(`${tt.base}/ledger?subject=${webhook.id}`)
    expect(ledger.body.items).toEqual([
      expect.objectContaining({ action: 'webhook.create', actor: tt.actors.gov.id, user: tt.users.govAdmin.user.id, payload: webhook }),
    ])
    expect((await coord().get(`${tt.base}/ledger?after=${before.head}&limit=500`)).body.items).toHaveLength(1)
    for (const shown of [one.body, list.body, ledger.body, await snapshot()]) expect(JSON.stringify(shown)).not.toContain(secret)
    // The entry is GOV's affair: another party does not see it.
    expect((await as('oppEditor').get(`${tt.base}/ledger?subject=${webhook.id}`)).body.items).toEqual([])

    // The coordinator's admins may register one for any actor.
    const forWfp = await register('coordAdmin', { actorId: tt.actors.wfp.id, url: 'https://wfp.example.org/truce' })
    expect(forWfp).toMatchObject({ actorId: tt.actors.wfp.id, description: null, events: [] })
  })

  it('POSTs a change the actor may see, signed: the receiver checks the HMAC and the timestamp', async () => {
    const r = await listen()
    const hook = await register('govAdmin', { actorId: tt.actors.gov.id, url: r.url, events: ['actor.'] })
    const actor = await newActor()
    expect(await runWorker()).toBeGreaterThanOrEqual(1)

    expect(r.received).toHaveLength(1)
    const [got] = r.received
    expect(got.method).toBe('POST')
    expect(got.headers['content-type']).toBe('application/json')
    expect(got.headers['x-truce-event']).toBe('actor.create')
    const signature = got.headers['x-truce-signature'] as string
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
    expect(Math.abs(Number(/^t=(\d+)/.exec(signature)![1]) - Date.now() / 1000)).toBeLessThan(60)
    expect(verifySignature(hook.secret, signature, got.body)).toBe(true)
    expect(verifySignature(hook.secret, signature, got.body.replace('actor.create', 'actor.update'))).toBe(false)
    expect(verifySignature(`${hook.secret}x`, signature, got.body)).toBe(false)
    expect(verifySignature(hook.secret, signature, got.body, -1)).toBe(false)

    const entry = await entryOf(actor.id)
    const body = JSON.parse(got.body)
    expect(body).toEqual({ id: got.headers['x-truce-delivery'], theatre: tt.theatre.id, seq: entry.seq, action: 'actor.create', entry })

    expect(await deliveries(hook.id, 'govAdmin')).toEqual([
      {
        id: body.id,
        webhookId: hook.id,
        seq: entry.seq,
        action: 'actor.create',
        status: 'delivered',
        attempts: 1,
        responseCode: 200,
        lastError: null,
        nextAttemptAt: null,
        deliveredAt: expect.any(String),
        createdAt: expect.any(String),
        attemptLog: [{ attempt: 1, at: expect.any(String), responseCode: 200, error: null, durationMs: expect.any(Number) }],
      },
    ])
    // Delivered is done: the next run sends nothing again.
    await runWorker()
    expect(r.received).toHaveLength(1)
  })

  it('delivers only the entries the actor may see, and only the actions its events want', async () => {
    const gov = await listen()
    const govMembers = await listen()
    const cell = await listen()
    const govHook = await register('govAdmin', { actorId: tt.actors.gov.id, url: gov.url })
    const govMembersHook = await register('govAdmin', { actorId: tt.actors.gov.id, url: govMembers.url, events: ['member.'] })
    const cellHook = await register('coordAdmin', { actorId: tt.actors.cell.id, url: cell.url })

    // A WFP membership is WFP's affair (audience actor:WFP); a GOV one is GOV's.
    const wfpMember = (await coord().post(`${tt.base}/members`, { userId: (await t.newUser('w')).user.id, actorId: tt.actors.wfp.id, role: 'viewer' })).body
    const govMember = (await coord().post(`${tt.base}/members`, { userId: (await t.newUser('g')).user.id, actorId: tt.actors.gov.id, role: 'viewer' })).body
    while ((await runWorker()) > 0);

    // deliveries are sent concurrently, so they arrive in no particular order: read them in ledger order
    const inOrder = (r: typeof gov) => r.received.map((x) => JSON.parse(x.body)).sort((a, b) => a.seq - b.seq)
    const subjects = (r: typeof gov) => inOrder(r).map((d) => d.entry.subject.id)
    const actions = (r: typeof gov) => inOrder(r).map((d) => d.action)
    expect(subjects(gov)).not.toContain(wfpMember.id)
    expect(subjects(gov)).toContain(govMember.id)
    expect(govMembers.actions()).toEqual(['member.create'])
    expect(subjects(govMembers)).toEqual([govMember.id])
    // The coordinator sees everything: both memberships, and GOV's webhooks being registered.
    expect(subjects(cell)).toEqual(expect.arrayContaining([wfpMember.id, govMember.id]))
    // A webhook's own registration is its first delivery (when its events take it): a ready-made test ping.
    expect(actions(gov)).toEqual(['webhook.create', 'webhook.create', 'member.create'])
    expect(subjects(gov)[0]).toBe(govHook.id)
    expect(actions(cell)).toEqual(['webhook.create', 'member.create', 'member.create'])

    const logged = (await deliveries(govHook.id)).map((d) => d.seq)
    expect(logged).not.toContain((await entryOf(wfpMember.id)).seq)
    expect((await deliveries(cellHook.id)).map((d) => d.seq)).toContain((await entryOf(wfpMember.id)).seq)
    expect(await deliveries(govMembersHook.id, 'coordAdmin', '?status=delivered')).toHaveLength(1)
  })

  it('retries a failed delivery after the backoff, logging each attempt, until the receiver takes it', async () => {
    let calls = 0
    const r = await listen(() => (++calls === 1 ? 500 : 200))
    const hook = await register('govAdmin', { actorId: tt.actors.gov.id, url: r.url, events: ['actor.'] })
    await newActor()
    const now = new Date()
    await runWorker(now)
    const [failed] = await deliveries(hook.id)
    expect(failed).toMatchObject({
      status: 'pending',
      attempts: 1,
      responseCode: 500,
      lastError: 'answered HTTP 500',
      nextAttemptAt: new Date(now.getTime() + 10 * SECOND).toISOString(),
      deliveredAt: null,
    })

    await runWorker(new Date(now.getTime() + 10 * SECOND - 1))
    expect(r.received).toHaveLength(1)
    const later = new Date(now.getTime() + 10 * SECOND)
    await runWorker(later)
    expect(r.received).toHaveLength(2)
    // The same delivery again, signed afresh.
    expect(r.received[1].headers['x-truce-delivery']).toBe(r.received[0].headers['x-truce-delivery'])
    expect(r.received[1].body).toBe(r.received[0].body)
    for (const got of r.received) expect(verifySignature(hook.secret, got.headers['x-truce-signature'] as string, got.body)).toBe(true)

    const [done] = await deliveries(hook.id)
    expect(done).toMatchObject({ status: 'delivered', attempts: 2, responseCode: 200, lastError: null, nextAttemptAt: null, deliveredAt: later.toISOString() })
    expect(done.attemptLog).toEqual([
      { attempt: 1, at: now.toISOString(), responseCode: 500, error: 'answered HTTP 500', durationMs: expect.any(Number) },
      { attempt: 2, at: later.toISOString(), responseCode: 200, error: null, durationMs: expect.any(Number) },
    ])
  })

  it('backs off 10 s, 30 s, 2 min, 10 min, 1 h … and marks the delivery failed after 12 attempts', async () => {
    const r = await listen(() => 503)
    const hook = await register('govAdmin', { actorId: tt.actors.gov.id, url: r.url, events: ['actor.'] })
    await newActor()
    let now = new Date()
    const waits: number[] = []
    for (let attempt = 1; attempt <= 12; attempt++) {
      await runWorker(now)
      const [d] = await deliveries(hook.id)
      expect(d.attempts).toBe(attempt)
      if (attempt < 12) {
        expect(d.status).toBe('pending')
        const next = new Date(d.nextAttemptAt)
        waits.push(next.getTime() - now.getTime())
        now = next
      } else {
        expect(d).toMatchObject({ status: 'failed', nextAttemptAt: null, deliveredAt: null, responseCode: 503 })
        expect(d.attemptLog).toHaveLength(12)
      }
    }
    expect(waits.slice(0, 5)).toEqual([10 * SECOND, 30 * SECOND, 120 * SECOND, 600 * SECOND, 3600 * SECOND])
    expect(waits.every((w, i) => i === 0 || w >= waits[i - 1])).toBe(true)
    await runWorker(new Date(now.getTime() + 365 * 86400 * SECOND))
    expect(r.received).toHaveLength(12)
  })

  it('records a receiver that does not answer in time, one that redirects and one that cannot be reached', async () => {
    t.services.webhooks.worker.timeoutMs = 300
    const silent = await listen(() => null)
    const redirecting = await listen(() => 302)
    const closed = await listen()
    await closed.close()
    const hooks = await Promise.all(
      [silent, redirecting, closed].map((r) => register('govAdmin', { actorId: tt.actors.gov.id, url: r.url, events: ['actor.'] })),
    )
    await newActor()
    await runWorker()
    const [slow, moved, gone] = await Promise.all(hooks.map(async (h) => (await deliveries(h.id))[0]))
    expect(slow).toMatchObject({ status: 'pending', responseCode: null, lastError: 'no answer within 0.3 s' })
    expect(moved).toMatchObject({ status: 'pending', responseCode: 302, lastError: 'answered HTTP 302' })
    expect(gone).toMatchObject({ status: 'pending', responseCode: null, lastError: 'ECONNREFUSED' })
  })

  it('a delivery waiting in the outbox is sent by a new server on the same database (restart)', async () => {
    const r = await listen()
    const first = await startServer(engine)
    const via = (server: TestServer, who: UserKey) => Object.assign(new Client(server.url), { cookie: as(who).cookie, csrf: as(who).csrf })
    const hook = await register('govAdmin', { actorId: tt.actors.gov.id, url: r.url, events: ['actor.'] }, via(first, 'govAdmin'))
    const actor = (await via(first, 'coordAdmin').post(`${tt.base}/actors`, { kind: 'party', name: 'Restarted', shortName: uniqueName('R') })).body
    await first.close()
    expect(r.received).toEqual([])

    const second = await startServer(engine)
    try {
      expect(await second.services.webhooks.worker.runOnce()).toBe(1)
    } finally {
      await second.close()
    }
    expect(r.received).toHaveLength(1)
    expect(JSON.parse(r.received[0].body).entry.subject.id).toBe(actor.id)
    expect(verifySignature(hook.secret, r.received[0].headers['x-truce-signature'] as string, r.received[0].body)).toBe(true)
  })

  it.each([
    ['an ftp URL', '/body/url', { url: 'ftp://example.org/hook' }],
    ['a javascript: URL', '/body/url', { url: 'javascript:alert(1)' }],
    ['a bare host name', '/body/url', { url: 'example.org/hook' }],
    ['a URL with credentials', '/body/url', { url: 'https://user:secret@example.org/hook' }],
    ['an empty URL', '/body/url', { url: '' }],
    ['no URL', '/body/url', { url: undefined }],
    ['a URL of 2001 characters', '/body/url', { url: `https://example.org/${'x'.repeat(1981)}` }],
    ['an actorId that is not a uuid', '/body/actorId', { actorId: 'gov' }],
    ['an actor that does not exist', '/body/actorId', { actorId: NO_SUCH_ID }],
    ['events not a list', '/body/events', { events: 'actor.' }],
    ['an event prefix that is no action', '/body/events/0', { events: ['Actor Create'] }],
    ['a repeated event prefix', '/body/events', { events: ['actor.', 'actor.'] }],
    ['a description of 501 characters', '/body/description', { description: 'x'.repeat(501) }],
    ['a secret of its own', '/body/secret', { secret: 'whsec_mine' }],
  ])('rejects %s naming %s, and writes nothing', async (_what, path, change) => {
    const before = await snapshot()
    const res = await as('govAdmin').post(`${tt.base}/webhooks`, { actorId: tt.actors.gov.id, url: 'https://example.org/hook', ...change })
    expectProblem(res, 400, path)
    expect(await snapshot()).toEqual(before)
  })

  it("refuses a webhook from the actor's non-admins and other actors' admins (403), outsiders (404), the anonymous (401)", async () => {
    const before = await snapshot()
    const body = (actor: 'gov' | 'opp' | 'wfp') => ({ actorId: tt.actors[actor].id, url: 'https://example.org/hook' })
    expectProblem(await as('govEditor').post(`${tt.base}/webhooks`, body('gov')), 403)
    expectProblem(await as('govViewer').post(`${tt.base}/webhooks`, body('gov')), 403)
    expectProblem(await as('govAdmin').post(`${tt.base}/webhooks`, body('opp')), 403)
    expectProblem(await as('wfpEditor').post(`${tt.base}/webhooks`, body('wfp')), 403)
    expectProblem(await as('coordViewer').post(`${tt.base}/webhooks`, body('gov')), 403)
    const weak = await as('govAdmin').post(`${tt.base}/tokens`, { actorId: tt.actors.gov.id, name: 'viewer token', role: 'viewer' })
    expectProblem(await Client.withToken(t.url, weak.body.token).post(`${tt.base}/webhooks`, body('gov')), 403)
    expectProblem(await tt.outsider.client.post(`${tt.base}/webhooks`, body('gov')), 404)
    expectProblem(await t.client().post(`${tt.base}/webhooks`, body('gov')), 401)
    expect((await snapshot()).webhooks).toEqual(before.webhooks)
    // The token's creation is the only entry written.
    expect((await snapshot()).head).toBe(before.head + 1)
  })

  it("keeps an actor's webhooks from others: 404 to other actors, 403 to its non-admins; the coordinator's admins manage all", async () => {
    const hook = await register('govAdmin', { actorId: tt.actors.gov.id, url: 'https://gov.example.org/hook' })
    const paths = [`${tt.base}/webhooks/${hook.id}`, `${tt.base}/webhooks/${hook.id}/deliveries`]
    for (const who of ['oppEditor', 'wfpEditor', 'monEditor'] as const) {
      for (const p of paths) expectProblem(await as(who).get(p), 404)
      expectProblem(await as(who).delete(paths[0]), 404)
      expect((await as(who).get(`${tt.base}/webhooks`)).body.items).toEqual([])
    }
    for (const p of paths) expectProblem(await tt.outsider.client.get(p), 404)
    // GOV's other members know of it from the ledger, but only admins manage it.
    for (const who of ['govEditor', 'govViewer', 'coordViewer'] as const) {
      for (const p of paths) expectProblem(await as(who).get(p), 403)
      expectProblem(await as(who).delete(paths[0]), 403)
    }
    expect((await as('govEditor').get(`${tt.base}/webhooks`)).body.items).toEqual([])
    expectProblem(await as('govAdmin').get(`${tt.base}/webhooks/${NO_SUCH_ID}`), 404)
    expectProblem(await as('govAdmin').get(`${tt.base}/webhooks/not-a-uuid`), 400, '/params/id')
    expectProblem(await as('govAdmin').get(`${tt.base}/webhooks/${hook.id}/deliveries?status=lost`), 400, '/query/status')
    expectProblem(await as('govAdmin').get(`${tt.base}/webhooks?cursor=abc`), 400, '/query/cursor')

    expect((await coord().get(paths[0])).body).toEqual((await as('govAdmin').get(paths[0])).body)
    expect((await coord().get(`${tt.base}/webhooks?actorId=${tt.actors.gov.id}`)).body.items.map((w: any) => w.id)).toEqual([hook.id])
    expect((await coord().get(`${tt.base}/webhooks?actorId=${tt.actors.opp.id}`)).body.items).toEqual([])
  })

  it('pages the delivery log, newest first', async () => {
    const r = await listen()
    const hook = await register('govAdmin', { actorId: tt.actors.gov.id, url: r.url, events: ['actor.'] })
    for (let i = 0; i < 3; i++) await newActor()
    await runWorker()
    const first = await as('govAdmin').get(`${tt.base}/webhooks/${hook.id}/deliveries?limit=2`)
    expect(first.body.items).toHaveLength(2)
    const second = await as('govAdmin').get(`${tt.base}/webhooks/${hook.id}/deliveries?limit=2&cursor=${first.body.next}`)
    expect(second.body).toMatchObject({ next: null, items: [expect.any(Object)] })
    const seqs = [...first.body.items, ...second.body.items].map((d: any) => d.seq)
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a))
    expect(await deliveries(hook.id, 'govAdmin', '?status=failed')).toEqual([])
  })

  it('deletes a webhook with its pending deliveries; nothing more is queued for it, and the ledger records it', async () => {
    const r = await listen(() => 500)
    const hook = await register('govAdmin', { actorId: tt.actors.gov.id, url: r.url, events: ['actor.'] })
    await newActor()
    await runWorker()
    expect(r.received).toHaveLength(1)
    const res = await as('govAdmin').delete(`${tt.base}/webhooks/${hook.id}`)
    expect(res.status).toBe(204)
    const entry = (await entryOf(hook.id)) as any
    expect(entry).toMatchObject({ action: 'webhook.delete', actor: tt.actors.gov.id, user: tt.users.govAdmin.user.id })
    expect(JSON.stringify(entry)).not.toContain(hook.secret)
    expectProblem(await as('govAdmin').get(`${tt.base}/webhooks/${hook.id}`), 404)
    expectProblem(await as('govAdmin').delete(`${tt.base}/webhooks/${hook.id}`), 404)

    await newActor()
    await runWorker(new Date(Date.now() + 86400 * SECOND))
    expect(r.received).toHaveLength(1)
    const [left] = await t.services.db.query<{ n: number }>('SELECT count(*)::int AS n FROM webhook_deliveries WHERE webhook_id = $1', [hook.id])
    expect(left.n).toBe(0)
  })

  it('allows an actor at most 20 webhooks (409 naming /body/actorId)', async () => {
    for (let i = 0; i < 20; i++) await register('govAdmin', { actorId: tt.actors.gov.id, url: `https://example.org/hook/${i}` })
    const before = await snapshot()
    expectProblem(await as('govAdmin').post(`${tt.base}/webhooks`, { actorId: tt.actors.gov.id, url: 'https://example.org/one-more' }), 409, '/body/actorId')
    expect(await snapshot()).toEqual(before)
    await register('oppEditor', { actorId: tt.actors.opp.id, url: 'https://example.org/opp' }, coord())
  })
})
