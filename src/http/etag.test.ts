import { describe, expect, it } from 'vitest'
import { matchesEtag } from './etag.ts'

describe('matchesEtag', () => {
  it('matches the tag alone, in a list, weak or strong, and *', () => {
    expect(matchesEtag('"abc"', '"abc"')).toBe(true)
    expect(matchesEtag('"x", "abc" ,"y"', '"abc"')).toBe(true)
    expect(matchesEtag('W/"abc"', '"abc"')).toBe(true)
    expect(matchesEtag('*', '"abc"')).toBe(true)
  })

  it('does not match another tag, a tag without its quotes, or no header', () => {
    expect(matchesEtag('"abd"', '"abc"')).toBe(false)
    expect(matchesEtag('abc', '"abc"')).toBe(false)
    expect(matchesEtag('', '"abc"')).toBe(false)
    expect(matchesEtag(undefined, '"abc"')).toBe(false)
  })
})
