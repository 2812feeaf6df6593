export interface EntrySubject {
  kind: string
  id: string | null
  ref?: string
}

/**
 * What a ledger entry is about, as its readers name it. The conflict engine records what one check did to many
 * conflicts in one entry: its subject has no id and its payload lists them. One listed is named as any subject is;
 * several are counted (`count`), their references in `refs`.
 */
export function subjectOf(e: { subject: EntrySubject; payload?: unknown }): EntrySubject & { ids: string[]; refs: string[]; count: number } {
  const listed = e.subject.id === null ? (e.payload as { conflicts?: { id: string; ref: string }[] } | null)?.conflicts : undefined
  if (!Array.isArray(listed) || listed.length === 0) {
    return { ...e.subject, ids: e.subject.id ? [e.subject.id] : [], refs: e.subject.ref ? [e.subject.ref] : [], count: 1 }
  }
  const [first] = listed
  return {
    kind: e.subject.kind,
    id: listed.length === 1 ? first.id : null,
    ...(listed.length === 1 ? { ref: first.ref } : {}),
    ids: listed.map((c) => c.id),
    refs: listed.map((c) => c.ref),
    count: listed.length,
  }
}
