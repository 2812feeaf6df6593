import { describe, expect, it } from 'vitest'
import { refusedDestination } from './destination.ts'

describe('refusedDestination', () => {
  it.each([
    'http://127.0.0.1:8080/hook',
    'http://localhost/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.1.2.3/',
    'http://172.20.0.5/',
    'http://192.168.1.1/',
    'http://100.64.0.1/',
    'http://[::1]:9000/',
    'http://[::ffff:127.0.0.1]/',
    'http://[fd00::1]/',
    'http://0.0.0.0/',
  ])('refuses %s', async (url) => {
    expect(await refusedDestination(url)).toMatch(/^refused: .* is a private or loopback address/)
  })

  it.each(['https://8.8.8.8/hook', 'http://[2001:4860:4860::8888]/'])('lets %s through', async (url) => {
    expect(await refusedDestination(url)).toBeUndefined()
  })
})
