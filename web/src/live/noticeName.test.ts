import { describe, expect, it } from 'vitest'
import { noticeName } from './noticeName.ts'

describe('noticeName', () => {
  it("names a record by its name, and a liaison reminder by its action item's text", () => {
    expect(noticeName({ name: 'Field hospital' })).toBe('Field hospital')
    expect(noticeName({ meetingTitle: 'Weekly contact', actionItem: { text: 'Share the corridor timings', status: 'open' } })).toBe('Share the corridor timings')
    expect(noticeName({ status: 'expired' })).toBe('')
  })
})
