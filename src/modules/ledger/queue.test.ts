import { describe, expect, it } from 'vitest'
import { ChainQueue } from './queue.ts'

const tick = () => new Promise((r) => setImmediate(r))

describe('ChainQueue', () => {
  it('lets one holder of a chain in at a time, in the order they came, and other chains meanwhile', async () => {
    const queue = new ChainQueue()
    const order: string[] = []
    const first = await queue.enter('A')
    const second = queue.enter('A').then((leave) => (order.push('A2'), leave))
    const third = queue.enter('A').then((leave) => (order.push('A3'), leave))
    const other = queue.enter('B').then((leave) => (order.push('B1'), leave))
    await tick()
    expect(order).toEqual(['B1'])
    first()
    const leaveSecond = await second
    await tick()
    expect(order).toEqual(['B1', 'A2'])
    leaveSecond()
    ;(await third)()
    ;(await other)()
    expect(order).toEqual(['B1', 'A2', 'A3'])
    // once every holder left, a newcomer enters at once
    const again = await queue.enter('A')
    again()
  })
})
