/**
 * Whether an If-None-Match header names `etag` (RFC 9110 § 13.1.2: a list of tags, weak comparison, or `*`): then the
 * client's copy is current and the answer is 304.
 */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag))
}
