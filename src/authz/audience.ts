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
  /**
   * Incidents: unverified, the reporters, monitors and each alleged party once asked to respond; verified, every
   * member; published, the public too.
   */
  incident: (i: { reporterIds: string[]; askedPartyIds: string[]; verified: boolean; published: boolean }) =>
    i.verified
      ? i.published ? ['all', 'public'] : ['all']
      : [...new Set([...i.reporterIds, ...i.askedPartyIds])].map((id) => `actor:${id}`).concat('kind:monitor'),
  /**
   * Liaison meetings (the liaison log): the attending actors, and monitors, who check the ceasefire is implemented as
   * its parties agree. An action item's reminders go to its owner alone (actorOnly).
   */
  liaison: (attendees: string[]) => [...attendees.map((id) => `actor:${id}`), 'kind:monitor'],
}
