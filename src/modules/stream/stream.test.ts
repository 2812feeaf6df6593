import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Client } from '../../../test/helpers/client.ts'
import { testEngines } from '../../../test/helpers/db.ts'
import { startServer, uniqueName, type TestServer } from '../../../test/helpers/server.ts'
import { makeTheatre, type TestTheatre, type UserKey } from '../../../test/helpers/theatre.ts'
import { expectProblem, ledgerHead } from '../../../test/helpers/assert.ts'
import { openStream, sleep } from '../../../test/helpers/sse.ts'



describe.each(testEngines())('live stream on %s', (engine) => {
  let t: TestServer
  let tt: TestTheatre
  const opened: { close(): void }[] = []
  beforeAll(async () => {
    t = await startServer(engine)
    tt = await makeTheatre(t)
  })
  afterEach(async () => {
    for (const s of opened.splice(0)) s.close()
    Object.assign(t.services.stream, { maxStreams: 1000, heartbeatMs: 15_000, recheckMs: 60_000 })
    // The server lets go of a stream when it sees the connection close, a moment after the client does.
    for (let i = 0; i < 100 && t.services.stream.open > 0; i++) await sleep(20)
    expect(t.services.stream.open).toBe(0)
  })
  afterAll(() => t?.close())

  const as = (who: UserKey): Client => tt.users[who].client
  const coord = () => as('coordAdmin')
  const stream = async (client: Client, query = '', headers: Record<string, string> = {}, server = t) => {
    const s = await openStream(server.url, client, `${tt.base}/stream${query}`, headers)
    opened.push(s)
    expect(s.res.status).toBe(200)
    return s
  }
  const newActor = async (c: Client = coord()) => {
    const res = await c.post(`${tt.base}/actors`, { kind: 'organisation', name: 'Stream test', shortName: uniqueName('S') })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body
  }
  const head = () => ledgerHead(tt)
  const entry = async (seq: number) => (await coord().get(`${tt.base}/ledger?after=${seq - 1}&limit=1`)).body.items[0]

  it('streams each entry committed after connecting as id/event/data, with the SSE headers', async () => {
    const s = await stream(as('govEditor'))
    expect(s.res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    expect(s.res.headers.get('cache-control')).toBe('no-cache')
    expect(s.res.headers.get('x-accel-buffering')).toBe('no')
    expect(s.res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    const actor = await newActor()
    const e = (await s.next())!
    expect(e.event).toBe('actor.create')
    expect(e.data.subject.id).toBe(actor.id)
    expect(e.id).toBe(String(e.data.seq))
    // Exactly the signed entry the ledger holds, hash and signature included.
    expect(e.data).toEqual(await entry(e.data.seq))
    expect(e.data.signature).toEqual(expect.any(String))
  })

  it('resumes after Last-Event-ID (or ?after=) with only the later entries, then goes on live', async () => {
    const first = await newActor()
    const second = await newActor()
    const h = await head()
    const firstSeq = (await coord().get(`${tt.base}/ledger?subject=${first.id}`)).body.items[0].seq
    expect(h).toBe(firstSeq + 1)

    const resumed = await stream(as('govEditor'), '', { 'last-event-id': String(firstSeq) })
    const e = (await resumed.next())!
    expect([e.id, e.event, e.data.subject.id]).toEqual([String(h), 'actor.create', second.id])
    const third = await newActor()
    expect((await resumed.next())!.data.subject.id).toBe(third.id)

    const byQuery = await stream(as('govEditor'), `?after=${firstSeq - 1}`)
    expect((await byQuery.next())!.data.subject.id).toBe(first.id)
    expect((await byQuery.next())!.data.subject.id).toBe(second.id)
    expect((await byQuery.next())!.data.subject.id).toBe(third.id)

    // EventSource keeps its URL when it reconnects: Last-Event-ID wins over ?after=.
    const both = await stream(as('govEditor'), '?after=0', { 'last-event-id': String(h) })
    expect((await both.next())!.data.subject.id).toBe(third.id)

    // A resume point past the head (a database restored from a backup) starts from the head rather than never.
    const ahead = await stream(as('govEditor'), '', { 'last-event-id': '99999999999999' })
    const fourth = await newActor()
    expect((await ahead.next())!.data.subject.id).toBe(fourth.id)
  })

  it('replays a long history page by page while entries keep coming: every seq once, in order', async () => {
    const append = (n: number) =>
      t.services.ledger.transact(async (tx) => {
        for (let i = 0; i < n; i++) {
          await tx.append({ theatre: tt.theatre.id, action: 'test.bulk', subject: { kind: 'test', id: null }, payload: { i }, audience: ['all'] })
        }
      })
    await append(1200)
    const s = await stream(coord(), '?after=0')
    // Live entries committed while the replay runs, in small transactions.
    for (let i = 0; i < 20; i++) await append(3)
    const last = await head()
    const seqs: number[] = []
    while (seqs.at(-1) !== last) seqs.push((await s.next())!.data.seq)
    expect(seqs).toEqual(Array.from({ length: last }, (_, i) => i + 1))
  })

  it("sends a party member only what it may see (not another actor's member change); the coordinator everything", async () => {
    const gov = await stream(as('govEditor'))
    const cell = await stream(coord())
    const { user } = await t.newUser('streamed')
    const member = await coord().post(`${tt.base}/members`, { userId: user.id, actorId: tt.actors.wfp.id, role: 'viewer' })
    expect(member.status).toBe(201)
    const marker = await newActor()

    const govSaw = await gov.until('actor.create', marker.id)
    expect(govSaw.map((e) => e.event)).toEqual(['actor.create'])
    const cellSaw = await cell.until('actor.create', marker.id)
    expect(cellSaw.map((e) => [e.event, e.data.subject.id])).toEqual([
      ['member.create', member.body.id],
      ['actor.create', marker.id],
    ])
    // WFP's own member sees its member change.
    const wfp = await stream(as('wfpEditor'), `?after=${cellSaw[0].data.seq - 1}`)
    expect((await wfp.until('actor.create', marker.id)).map((e) => e.event)).toEqual(['member.create', 'actor.create'])
    // …and so a party resuming from before it gets the same as live: nothing of WFP's.
    const govAgain = await stream(as('govEditor'), `?after=${cellSaw[0].data.seq - 1}`)
    expect((await govAgain.next())!.data.subject.id).toBe(marker.id)
  })

  it('refuses outsiders (404), the anonymous (401) and bad resume points (400), as problem+json', async () => {
    expectProblem(await tt.outsider.client.get(`${tt.base}/stream`), 404)
    expectProblem(await t.client().get(`${tt.base}/stream`), 401)
    expectProblem(await as('govEditor').get(`/api/v1/theatres/NOSUCH/stream`), 404)
    expectProblem(await as('govEditor').get(`${tt.base}/stream`, { 'last-event-id': 'abc' }), 400, '/headers/last-event-id')
    expectProblem(await as('govEditor').get(`${tt.base}/stream`, { 'last-event-id': '-1' }), 400, '/headers/last-event-id')
    expectProblem(await as('govEditor').get(`${tt.base}/stream?after=x`), 400, '/query/after')
    expectProblem(await as('govEditor').get(`${tt.base}/stream?since=1`), 400, '/query/since')
  })

  it('answers 503 past the cap on streams, and lets go of a stream whose client left', async () => {
    const s = await stream(as('govEditor'))
    expect(t.services.stream.open).toBe(1)
    t.services.stream.maxStreams = 1
    const refused = await as('oppEditor').get(`${tt.base}/stream`)
    expectProblem(refused, 503)
    expect(refused.headers.get('retry-after')).toBe('30')
    s.close()
    for (let i = 0; i < 100 && t.services.stream.open > 0; i++) await sleep(20)
    expect(t.services.stream.open).toBe(0)
    await stream(as('oppEditor'))
  })

  it('sends a heartbeat comment to keep the connection open', async () => {
    t.services.stream.heartbeatMs = 100
    const s = await stream(as('govEditor'))
    await sleep(350)
    const actor = await newActor()
    expect((await s.next())!.data.subject.id).toBe(actor.id)
    expect(s.comments.filter((c) => c === 'heartbeat').length).toBeGreaterThanOrEqual(2)
  })

  it('ends the stream of a member who leaves, and of a revoked token, at the next check', async () => {
    t.services.stream.recheckMs = 100
    const { user, client } = await t.newUser('leaver')
    const m = await coord().post(`${tt.base}/members`, { userId: user.id, actorId: tt.actors.opp.id, role: 'editor' })
    const leaver = await stream(client)
    const token = await as('govEditor').post(`${tt.base}/tokens`, { actorId: tt.actors.gov.id, name: 'stream reader' })
    const byToken = await stream(Client.withToken(t.url, token.body.token))
    const stayer = await stream(as('oppEditor'))
    await sleep(300)
    expect((await coord().delete(`${tt.base}/members/${m.body.id}`)).status).toBe(204)
    expect((await as('govEditor').delete(`${tt.base}/tokens/${token.body.id}`)).status).toBe(200)
    // Whatever they were sent before being cut off, the streams end.
    const ends = async (s: typeof leaver) => {
      for (let e = await s.next(); e; e = await s.next());
    }
    await ends(leaver)
    await ends(byToken)
    const actor = await newActor()
    expect((await stayer.until('actor.create', actor.id)).length).toBeGreaterThan(0)
  })

  it('brings entries written through another process sharing the database, in order', async () => {
    const other = await startServer(engine)
    try {
      const elsewhere = new Client(other.url)
      Object.assign(elsewhere, { cookie: coord().cookie, csrf: coord().csrf })
      const s = await stream(as('govEditor'))
      // This process hears nothing of the first; the second, its own, reveals the gap, which is read from the database.
      const there = await newActor(elsewhere)
      const here = await newActor()
      expect((await s.next())!.data.subject.id).toBe(there.id)
      expect((await s.next())!.data.subject.id).toBe(here.id)
      // With nothing written here, the heartbeat's catch-up brings it.
      t.services.stream.heartbeatMs = 100
      const quiet = await stream(as('govEditor'))
      const later = await newActor(elsewhere)
      expect((await quiet.next())!.data.subject.id).toBe(later.id)
    } finally {
      await other.close()
    }
  })

  // Only PostgreSQL is shared by several processes (PGlite's data directory is one process's alone).
  if (engine === 'postgresql') {
    it("hears another process's commits at once, by PostgreSQL's NOTIFY, not at the next heartbeat", async () => {
      const other = await startServer(engine)
      try {
        const elsewhere = new Client(other.url)
        Object.assign(elsewhere, { cookie: coord().cookie, csrf: coord().csrf })
        t.services.stream.heartbeatMs = 60_000
        const s = await stream(as('govEditor'))
        const there = await newActor(elsewhere)
        // well before the next heartbeat (60 s), which would otherwise be when this process reads it
        expect((await s.next(5000))!.data.subject.id).toBe(there.id)
      } finally {
        await other.close()
      }
    })
  }

  it('ends its streams when the server closes, so that closing does not hang', async () => {
    const server = await startServer(engine)
    const s = await stream(as('govEditor'), '', {}, server)
    const started = Date.now()
    await server.close()
    expect(Date.now() - started).toBeLessThan(3000)
    expect(await s.next()).toBeNull()
  })
})
