import { describe, expect, it } from 'vitest'
import { inOrder } from './checks.ts'

const after = <T>(ms: number, value: T, fail = false) =>
  new Promise<T>((resolve, reject) => setTimeout(() => (fail ? reject(new Error(String(value))) : resolve(value)), ms))

describe('inOrder', () => {
  it('answers every check’s value in the order given', async () => {
    expect(await inOrder([after(20, 'a'), after(1, 2), Promise.resolve(true)])).toEqual(['a', 2, true])
  })

  it('throws the error of the first failing check in the order given, not the first to fail', async () => {
    await expect(inOrder([after(5, 'ok'), after(30, 'second is wrong', true), after(1, 'third is wrong', true)])).rejects.toThrow('second is wrong')
  })

  it('waits for every check before answering, so none is left running', async () => {
    let finished = false
    const slow = after(30, 'slow').then((v) => ((finished = true), v))
    await expect(inOrder([Promise.reject(new Error('first')), slow])).rejects.toThrow('first')
    expect(finished).toBe(true)
  })
})
