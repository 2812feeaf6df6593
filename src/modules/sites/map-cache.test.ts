import { describe, expect, it } from 'vitest'
import { SitesMapCache } from './map-cache.ts'

describe('SitesMapCache', () => {
  it('builds an answer once per key, however many ask at once', async () => {
    const cache = new SitesMapCache<string>()
    let builds = 0
    const build = async () => `{"n":${++builds}}`
    const [a, b] = await Promise.all([cache.get('k', build), cache.get('k', build)])
    expect(a).toBe('{"n":1}')
    expect(b).toBe(a)
    expect(await cache.get('other', build)).toBe('{"n":2}')
    expect(builds).toBe(2)
  })

  it('keeps the most recently used answers only', async () => {
    const cache = new SitesMapCache<string>(2)
    const built: string[] = []
    const build = (k: string) => async () => (built.push(k), k)
    await cache.get('a', build('a'))
    await cache.get('b', build('b'))
    await cache.get('a', build('a')) // used again: b is now the oldest
    await cache.get('c', build('c'))
    await cache.get('a', build('a'))
    await cache.get('b', build('b'))
    expect(built).toEqual(['a', 'b', 'c', 'b'])
  })

  it('does not keep a failure: the next request builds again', async () => {
    const cache = new SitesMapCache<string>()
    await expect(cache.get('k', async () => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone')
    expect(await cache.get('k', async () => 'ok')).toBe('ok')
  })
})
