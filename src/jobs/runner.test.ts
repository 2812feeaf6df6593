import { describe, expect, it } from 'vitest'
import { runTasks } from './runner.ts'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A logger that keeps what it is told. */
function memoryLog() {
  const errors: { obj: any; msg: string }[] = []
  return { errors, error: (obj: object, msg: string) => errors.push({ obj, msg }) }
}

describe('background task runner', () => {
  it('runs each task periodically', async () => {
    let a = 0
    let b = 0
    const jobs = runTasks(
      [
        { name: 'a', everyMs: 10, run: async () => a++ },
        { name: 'b', everyMs: 25, run: async () => b++ },
      ],
      memoryLog(),
    )
    await sleep(300)
    await jobs.stop()
    expect(a).toBeGreaterThanOrEqual(5)
    expect(b).toBeGreaterThanOrEqual(2)
    expect(a).toBeGreaterThan(b)
  })

  it('never overlaps two runs of the same task', async () => {
    let active = 0
    let most = 0
    let runs = 0
    const jobs = runTasks(
      [
        {
          name: 'slow',
          everyMs: 5,
          run: async () => {
            runs++
            most = Math.max(most, ++active)
            await sleep(40)
            active--
          },
        },
      ],
      memoryLog(),
    )
    await sleep(150)
    await jobs.stop()
    expect(runs).toBeGreaterThanOrEqual(2)
    expect(most).toBe(1)
  })

  it('logs a failing run, thrown or rejected, and keeps running the task', async () => {
    const log = memoryLog()
    let runs = 0
    const jobs = runTasks(
      [
        {
          name: 'flaky',
          everyMs: 10,
          run: () => {
            runs++
            if (runs === 1) throw new Error('thrown')
            if (runs === 2) return Promise.reject(new Error('rejected'))
            return Promise.resolve()
          },
        },
      ],
      log,
    )
    while (runs < 3) await sleep(10)
    await jobs.stop()
    expect(log.errors.map((e) => [e.obj.task, e.obj.err.message, e.msg])).toEqual([
      ['flaky', 'thrown', 'background task failed'],
      ['flaky', 'rejected', 'background task failed'],
    ])
  })

  it('stop() waits for the runs in progress and starts no more', async () => {
    let finished = 0
    let started = 0
    const jobs = runTasks(
      [
        {
          name: 'long',
          everyMs: 5,
          run: async () => {
            started++
            await sleep(60)
            finished++
          },
        },
      ],
      memoryLog(),
    )
    while (started === 0) await sleep(5)
    await jobs.stop()
    expect(finished).toBe(1)
    await sleep(30)
    expect(started).toBe(1)
  })
})
