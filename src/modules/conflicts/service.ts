import type { Db } from '../../db/engine.ts'
import { newId } from '../../db/ids.ts'
import type { TheatreAccess, TheatreRef } from '../../authz/access.ts'
import { conflict as conflictProblem, notFound } from '../../http/problem.ts'
import type { FootprintKind, FootprintsService, FootprintSubject, Overlap } from '../footprints/service.ts'
import type { LedgerService, Tx } from '../ledger/service.ts'
import { nextRefs } from '../theatres/refs.ts'
import { COUNTERPARTS, classify, type Finding, type Side } from './rules.ts'
import * as store from './store.ts'
import { viewOf } from './views.ts'

/** Who may see a conflict at all besides coordinators; views.ts decides how much of it each of them sees. */
function audienceOf(f: Finding, sharedWithParty: boolean): string[] {
  const actor = (id: string | null) => (id ? [`actor:${id}`] : [])
  switch (f.rule) {
    case 'activity_site':
    case 'activity_movement':
      return [...actor(f.b.ownerActorId), ...(sharedWithParty ? actor(f.a.ownerActorId) : [])]
    case 'activity_activity':
      return [...actor(f.a.ownerActorId), ...actor(f.b.ownerActorId)]
    default:
      return actor(f.a.ownerActorId)
  }
}

const facts = (s: Side) => ({ ref: s.ref, name: s.attrs.name ?? null })

/** The deconfliction engine (DESIGN.md § Deconfliction rules). */
export class ConflictsService {
  constructor(
    private readonly db: Db,
    private readonly ledger: LedgerService,
    private readonly footprints: FootprintsService,
  ) {}

  /** A coordinator's step on one conflict: an entry of its own, with the note. */
  private async record(tx: Tx, action: string, row: store.ConflictRow, user: string) {
    await tx.append({
      theatre: row.theatre_id,
      user,
      action,
      subject: { kind: 'conflict', id: row.id, ref: row.ref },
      version: row.version,
      // only what every side may know: the views carry the rest to each viewer
      payload: { id: row.id, ref: row.ref, rule: row.rule, severity: row.severity, status: row.status, note: row.note },
      audience: row.audience,
    })
  }

  /**
   * What the engine did to many conflicts at once (opened, superseded, withdrawn): one entry for each set of
   * conflicts with the same audience, not one per conflict, as an activity over a city meets thousands of sites and
   * each entry costs a signature. Each reader still sees exactly the conflicts they could see one by one.
   */
  private async recordMany(tx: Tx, theatreId: string, action: string, rows: store.Brief[]) {
    const byAudience = new Map<string, store.Brief[]>()
    for (const row of rows) {
      const key = [...row.audience].sort().join(' ')
      const group = byAudience.get(key)
      if (group) group.push(row)
      else byAudience.set(key, [row])
    }
    for (const group of byAudience.values()) {
      await tx.append({
        theatre: theatreId,
        action,
        subject: { kind: 'conflict', id: null },
        subjectIds: group.map((c) => c.id),
        payload: {
          status: group[0].status,
          conflicts: group.map((c) => ({ id: c.id, ref: c.ref, rule: c.rule, severity: c.severity, version: c.version })),
        },
        audience: group[0].audience,
      })
    }
  }

  /**
   * Re-checks one footprint against the theatre's others inside the caller's transaction, after the caller has put
   * the footprint (`me`, as footprints.put answered): conflicts of the subject's older versions are superseded, and
   * each overlap the rules forbid is recorded once per pair of versions. The overlaps and the live conflicts are asked
   * for together, in one round trip on PostgreSQL. `vet` sees the overlaps before anything is recorded, and throws
   * to refuse the change (known-before-acting).
   */
  async check(tx: Tx, theatre: TheatreRef, me: FootprintSubject, vet?: (overlaps: Overlap[]) => void): Promise<void> {
    const { kind, subjectId } = me
    const [overlaps, live] = await Promise.all([
      this.footprints.overlapping(tx.q, theatre.id, kind, subjectId, COUNTERPARTS[kind]),
      store.liveOf(tx.q, theatre.id, subjectId),
    ])
    vet?.(overlaps)
    const key = (aId: string, aV: number, bId: string, bV: number) => `${aId}:${aV}:${bId}:${bV}`
    const known = new Set(live.map((c) => key(c.a_id, c.a_version, c.b_id, c.b_version)))
    const kept = new Set<string>()
    const found: Omit<store.NewConflict, 'ref'>[] = []
    for (const other of overlaps) {
      const f = classify(me, other)
      if (!f) continue
      const k = key(f.a.subjectId, f.a.version, f.b.subjectId, f.b.version)
      kept.add(k)
      if (known.has(k)) continue
      const activity = f.a.kind === 'activity' ? f.a : undefined
      const sharedWithParty = !!activity && ((f.b.attrs.shareWith as string[] | undefined) ?? []).includes(activity.ownerActorId!)
      const zone = [f.a, f.b].find((s) => s.kind === 'zone')
      found.push({
        id: newId(),
        rule: f.rule,
        severity: f.severity,
        a_kind: f.a.kind,
        a_id: f.a.subjectId,
        a_version: f.a.version,
        a_owner: f.a.ownerActorId,
        b_kind: f.b.kind,
        b_id: f.b.subjectId,
        b_version: f.b.version,
        b_owner: f.b.ownerActorId,
        facts: {
          a: facts(f.a),
          b: facts(f.b),
          sharedWithParty,
          zone: zone ? { id: zone.subjectId, name: zone.attrs.name, kind: zone.attrs.zoneKind, agreementId: zone.attrs.agreementId, agreementName: zone.attrs.agreementName } : null,
        },
        audience: audienceOf(f, sharedWithParty),
      })
    }
    if (found.length) {
      const refs = await nextRefs(tx.q, theatre, 'C', found.length)
      const rows = found.map((c, i) => ({ ...c, ref: refs[i] }))
      await store.insertFound(tx.q, theatre.id, { kind, id: subjectId }, rows)
      await this.recordMany(tx, theatre.id, 'conflict.open', rows.map((r) => ({ ...r, status: 'open' as const, version: 1 })))
    }
    // What no longer overlaps, or involved an older version of this subject, is superseded by what was found now.
    const gone = live.filter((c) => !kept.has(key(c.a_id, c.a_version, c.b_id, c.b_version)))
    if (gone.length) {
      await this.recordMany(tx, theatre.id, 'conflict.supersede', await store.setStatusMany(tx.q, theatre.id, gone.map((c) => c.id), 'superseded'))
    }
  }

  /** The subject was withdrawn (cancelled, ended, removed): its live conflicts are closed. */
  async withdraw(tx: Tx, theatre: TheatreRef, _kind: FootprintKind, subjectId: string): Promise<void> {
    const live = await store.liveOf(tx.q, theatre.id, subjectId)
    if (live.length) {
      await this.recordMany(tx, theatre.id, 'conflict.withdraw', await store.setStatusMany(tx.q, theatre.id, live.map((c) => c.id), 'withdrawn'))
    }
  }

  async get(access: TheatreAccess, id: string) {
    const row = await store.get(this.db, access.theatre.id, id)
    const view = row && access.canSee(row.audience) ? viewOf(access, row) : null
    if (!view) throw notFound(`conflict ${id}`)
    return view
  }

  async list(access: TheatreAccess, f: { status?: string; subjectId?: string; after?: string; limit: number }) {
    const rows = await store.list(this.db, access.theatre.id, { ...f, audience: access.audience() })
    return { rows, views: rows.map((r) => viewOf(access, r)).filter((v) => v !== null) }
  }

  /** How many conflicts were live at `at`, by rule and severity: counts only, no confidential detail. */
  liveCounts(theatreId: string, at: string) {
    return store.liveCounts(this.db, theatreId, at)
  }

  /** The coordinator moves a conflict on: open → acknowledged → resolved | accepted, always with a note. */
  async resolve(access: TheatreAccess, id: string, input: { status: 'acknowledged' | 'resolved' | 'accepted'; note: string }) {
    access.require(access.isCoordinatorEditor, "only the coordinator's editors resolve conflicts")
    return this.ledger.transact(async (tx) => {
      const row = await store.get(tx.q, access.theatre.id, id, true)
      if (!row) throw notFound(`conflict ${id}`)
      const allowed: Record<string, string[]> = { open: ['acknowledged', 'resolved', 'accepted'], acknowledged: ['resolved', 'accepted'] }
      if (!(allowed[row.status] ?? []).includes(input.status)) {
        throw conflictProblem(`a conflict that is ${row.status} cannot become ${input.status}`, [
          { path: '/body/status', message: `cannot follow ${row.status}` },
        ])
      }
      const updated = await store.setStatus(tx.q, access.theatre.id, id, input.status, input.note, access.principal.user.id)
      await this.record(tx, `conflict.${input.status === 'acknowledged' ? 'acknowledge' : input.status === 'resolved' ? 'resolve' : 'accept'}`, updated, access.principal.user.id)
      return viewOf(access, updated)!
    })
  }
}
