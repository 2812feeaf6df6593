import { toMgrs } from '../../geo/coordinates.ts'
import type { FieldError } from '../../http/problem.ts'
import { present, type StoredAttribution } from './attribution.ts'
import { CATEGORIES, type Category } from './categories.ts'
import type { LocationPrecision } from './policy.ts'
import type { Casualties, Source, Status } from './schema.ts'
import type { Area, EvidenceRow, IncidentRow } from './store.ts'

const iso = (d: Date | string) => new Date(d).toISOString()

/** The reported facts of an incident, after defaults (creation) or merging with the current record (change). */
export interface Draft {
  occurredAt: string
  occurredUntil: string | null
  occurredPrecision: string
  location: Area
  locationPrecision: LocationPrecision
  placeName: string | null
  category: Category
  allegedPartyId: string | null
  allegedText: string | null
  killed: Casualties | null
  injured: Casualties | null
  description: string
  sources: Source[]
}

export const draftOf = (r: IncidentRow): Draft => ({
  occurredAt: iso(r.occurred_at),
  occurredUntil: r.occurred_until && iso(r.occurred_until),
  occurredPrecision: r.occurred_precision,
  location: r.location,
  locationPrecision: r.location_precision as LocationPrecision,
  placeName: r.place_name,
  category: r.category as Category,
  allegedPartyId: r.alleged_party_id,
  allegedText: r.alleged_text,
  killed: r.killed as Casualties | null,
  injured: r.injured as Casualties | null,
  description: r.description,
  sources: r.sources as Source[],
})

/** How far in the future a report may put an event: clocks differ, and a report may be filed as it happens. */
export const FUTURE_TOLERANCE_MS = 3_600_000

function casualtyErrors(c: Casualties | null, path: string): FieldError[] {
  if (!c) return []
  const errors: FieldError[] = []
  if (c.min > c.max) errors.push({ path: `${path}/max`, message: `must be at least min (${c.min})` })
  const ch = c.children
  if (ch) {
    if (ch.min > ch.max) errors.push({ path: `${path}/children/max`, message: `must be at least min (${ch.min})` })
    else if (ch.max > c.max) errors.push({ path: `${path}/children/max`, message: `cannot exceed the total's max (${c.max}): children are among them` })
    if (ch.min > c.min && c.min <= c.max) errors.push({ path: `${path}/min`, message: `must be at least the children's min (${ch.min}): children are among them` })
  }
  return errors
}

/** What the schema cannot check: times in order and not in the future, casualty ranges that make sense. */
export function draftErrors(d: Draft, now = Date.now()): FieldError[] {
  const errors: FieldError[] = []
  const at = Date.parse(d.occurredAt)
  if (at > now + FUTURE_TOLERANCE_MS) errors.push({ path: '/body/occurredAt', message: 'is in the future' })
  if (d.occurredUntil !== null) {
    const until = Date.parse(d.occurredUntil)
    if (until <= at) errors.push({ path: '/body/occurredUntil', message: `must be after occurredAt (${d.occurredAt})` })
    else if (until > now + FUTURE_TOLERANCE_MS) errors.push({ path: '/body/occurredUntil', message: 'is in the future' })
  }
  errors.push(...casualtyErrors(d.killed, '/body/killed'), ...casualtyErrors(d.injured, '/body/injured'))
  return errors
}

export const toEvidence = (e: EvidenceRow) => ({
  sha256: e.sha256,
  size: Number(e.size),
  mediaType: e.media_type,
  filename: e.filename,
  uploadedBy: e.uploaded_by,
  uploadedAt: iso(e.uploaded_at),
})

/** An incident as one reader sees it: `canSee` decides which sites and movements its attribution names. */
export function toIncident(r: IncidentRow, evidence: EvidenceRow[], canSee: (audience: string[]) => boolean) {
  const c = CATEGORIES[r.category as Category]
  return {
    id: r.id,
    ref: r.ref,
    theatreId: r.theatre_id,
    reporterId: r.reporter_id,
    alsoReportedBy: r.co_reporter_ids,
    occurredAt: iso(r.occurred_at),
    occurredUntil: r.occurred_until && iso(r.occurred_until),
    occurredPrecision: r.occurred_precision,
    occurredWindow: { start: iso(r.occurred_start), end: iso(r.occurred_end) },
    location: r.location,
    mgrs: toMgrs(r.point) ?? null,
    locationPrecision: r.location_precision,
    placeName: r.place_name,
    uncertaintyM: r.uncertainty_m,
    uncertaintyArea: r.uncertainty,
    category: r.category,
    eventType: c?.eventType ?? 'unknown',
    categoryLabel: c?.label ?? r.category,
    allegedPartyId: r.alleged_party_id,
    allegedPerpetratorText: r.alleged_text,
    killed: r.killed as Casualties | null,
    injured: r.injured as Casualties | null,
    description: r.description,
    sources: r.sources as Source[],
    status: r.status as Status,
    history: r.history,
    replyRequests: r.reply_requests,
    replies: r.replies,
    mergedInto: r.merged_into,
    published: r.published_at !== null,
    publishedAt: r.published_at && iso(r.published_at),
    evidence: evidence.filter((e) => e.incident_id === r.id).map(toEvidence),
    attribution: present(r.attribution as unknown as StoredAttribution, canSee),
    version: r.version,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  }
}
export type Incident = ReturnType<typeof toIncident>
