/**
 * What a notice names the record it is about by: the record's name where the entry carries one, or, for a liaison
 * reminder, the action item's text (its entry carries the item, which has no name).
 */
export function noticeName(payload: Record<string, unknown>): string {
  if (typeof payload.name === 'string') return payload.name
  const item = payload.actionItem as { text?: unknown } | undefined
  return typeof item?.text === 'string' ? item.text : ''
}
