import type { Queryable } from '../../db/engine.ts'
import type { Geometry } from '../../geo/geojson.ts'
import type { AcknowledgementsService } from '../acknowledgements/service.ts'
import type { MovementsService } from '../movements/service.ts'
import type { SitesService } from '../sites/service.ts'
import type { ZonesService } from '../zones/service.ts'

/**
 * What an incident may concern, as stored beside it: the zones in force there and then (every member may know
 * them), and the notified sites and movements it may have struck, each with its own audience (and that of the
 * alleged party's acknowledgement), because a reader of the incident is told only of those they may see.
 */
export interface StoredAttribution {
  zones: { agreementId: string; agreementTitle: string; zoneId: string; zoneName: string; kind: string }[]
  subjects: {
    kind: 'site' | 'movement'
    id: string
    ref: string
    name: string
    audience: string[]
    acknowledgedByAlleged: { at: string; version: number; audience: string[] } | null
  }[]
  /** Who is alleged, in words: the party's name, the reporter's text, or null when unknown. */
  alleged: { partyName: string | null; text: string | null }
}

export interface AttributionSources {
  zones: Pick<ZonesService, 'inForceMeeting'>
  sites: Pick<SitesService, 'notifiedNear'>
  movements: Pick<MovementsService, 'near'>
  acknowledgements: Pick<AcknowledgementsService, 'firstAcknowledged'>
}

export interface Where {
  theatreId: string
  /** The uncertainty area and the occurred window (store.derive). */
  area: Geometry
  window: { start: string; end: string }
  allegedPartyId: string | null
  alleged: StoredAttribution['alleged']
}

/** Asks the owning modules' services (never their tables) what was in force, and what was notified, there and then. */
export async function attribute(src: AttributionSources, q: Queryable, w: Where): Promise<StoredAttribution> {
  // At once: on PostgreSQL each takes its own connection, and a district's or governorate's area keeps each busy for
  // up to 15 ms (docs/PERFORMANCE.md, "Incidents"). A site counts if it was notified by the end of the window; a
  // movement if its own window meets the incident's.
  const [zones, sites, movements] = await Promise.all([
    src.zones.inForceMeeting(q, w.theatreId, w.area, w.window),
    src.sites.notifiedNear(q, w.theatreId, w.area, w.window.end),
    src.movements.near(q, w.theatreId, w.area, w.window),
  ])
  const subjects = [...sites.map((s) => ({ ...s, kind: 'site' as const })), ...movements.map((m) => ({ ...m, kind: 'movement' as const }))]
  const acks = w.allegedPartyId && subjects.length
    ? await src.acknowledgements.firstAcknowledged(q, w.theatreId, w.allegedPartyId, subjects.map((s) => s.id), w.window.end)
    : []
  return {
    zones: zones.map((z) => ({ agreementId: z.agreement_id, agreementTitle: z.agreement_name, zoneId: z.id, zoneName: z.name, kind: z.kind })),
    subjects: subjects.map((s) => {
      const ack = acks.find((a) => a.subject_id === s.id)
      return {
        kind: s.kind,
        id: s.id,
        ref: s.ref,
        name: s.name,
        audience: s.audience,
        acknowledgedByAlleged: ack ? { at: new Date(ack.answered_at).toISOString(), version: ack.subject_version, audience: ack.audience } : null,
      }
    }),
    alleged: w.alleged,
  }
}

const day = (iso: string) => iso.slice(0, 10)

/**
 * The attribution as one reader may see it: sites and movements they may not see are left out (as is an
 * acknowledgement they may not see), and the summary speaks only of what is left.
 */
export interface Attribution {
  zones: StoredAttribution['zones']
  subjects: { kind: 'site' | 'movement'; id: string; ref: string; name: string; acknowledgedByAlleged: { at: string; version: number } | null }[]
  summary: string
}

export function present(a: StoredAttribution, canSee: (audience: string[]) => boolean): Attribution {
  const zones = a.zones ?? []
  const subjects = (a.subjects ?? [])
    .filter((s) => canSee(s.audience))
    .map((s) => ({
      kind: s.kind,
      id: s.id,
      ref: s.ref,
      name: s.name,
      acknowledgedByAlleged:
        s.acknowledgedByAlleged && canSee(s.acknowledgedByAlleged.audience)
          ? { at: s.acknowledgedByAlleged.at, version: s.acknowledgedByAlleged.version }
          : null,
    }))
  return { zones, subjects, summary: summarise(zones, subjects, a.alleged ?? { partyName: null, text: null }) }
}

function summarise(zones: StoredAttribution['zones'], subjects: Attribution['subjects'], alleged: StoredAttribution['alleged']) {
  const by = alleged.partyName ? `by ${alleged.partyName}` : alleged.text ? `by ${alleged.text} (as reported)` : 'by an unknown perpetrator'
  const parts: string[] = []
  if (zones.length) parts.push(`possible breach of ${zones.map((z) => `${z.agreementTitle}, ${z.zoneName} (${z.kind})`).join('; ')} ${by}`)
  for (const s of subjects) {
    parts.push(
      s.acknowledgedByAlleged
        ? `${zones.length ? 'the party' : alleged.partyName} had acknowledged ${s.kind} ${s.ref} ${s.name} on ${day(s.acknowledgedByAlleged.at)}`
        : `it may have struck notified ${s.kind} ${s.ref} ${s.name}${zones.length ? '' : `, allegedly ${by}`}`,
    )
  }
  if (!parts.length) return 'no zone in force and no notified site or movement there and then'
  return parts.join('; ')
}
