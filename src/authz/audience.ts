/**
 * Who may read a record or a ledger entry besides the coordinator (who sees everything), as tokens stored beside it:
 * 'all' (every member of the theatre), 'public', 'actor:<id>', 'kind:<actor kind>'. One function per kind of record,
 * following DESIGN.md § Visibility, so the matrix lives here and nowhere else.
 */
export const audience = {
  /** Theatres, actors, agreements, zones, control areas: every member. */
  theatreWide: (published = false) => (published ? ['all', 'public'] : ['all']),
  /** An actor's own affairs (its members, its tokens). */
  actorOnly: (actorId: string) => [`actor:${actorId}`],
  /** Only coordinators (instance-level records, confidential declarations). */
  coordinatorOnly: (): string[] => [],
  /** Sites and movements: the owner, the parties it is shared with, and monitors. */
  shared: (ownerId: string, shareWith: string[]) => [`actor:${ownerId}`, ...shareWith.map((id) => `actor:${id}`), 'kind:monitor'],
}
