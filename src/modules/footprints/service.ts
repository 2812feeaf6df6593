import type { Queryable } from '../../db/engine.ts'
import type { Geometry } from '../../geo/geojson.ts'
import * as store from './store.ts'

export type FootprintKind = (typeof store.FOOTPRINT_KINDS)[number]
/** A time range, ISO 8601 instants; an end of null is open. */
export type Window = [string, string | null]

export interface FootprintInput {
  theatreId: string
  kind: FootprintKind
  subjectId: string
  version: number
  ref?: string | null
  ownerActorId?: string | null
  /** The geometry as given; bufferM (metres, on the ellipsoid) widens it into the area that must stay clear. */
  geometry: Geometry
  bufferM?: number
  during: Window[]
  /** What the rules need to know beyond shape and time (activity kind, zone's prohibitions, parties shared with). */
  attrs?: Record<string, unknown>
}

/** A footprint as the conflict rules see it: whose it is, which version, and its attributes, without its shape. */
export interface FootprintSubject {
  kind: FootprintKind
  subjectId: string
  version: number
  ref: string | null
  ownerActorId: string | null
  attrs: Record<string, any>
}

/** A footprint the subject's meets in space and time. */
export interface Overlap extends FootprintSubject {
  /** Whether the other's time ranges contain all of the subject's (a corridor open for a whole movement)… */
  coversDuring: boolean
  /** …and whether the subject's contain all of the other's. */
  coveredBy: boolean
}

/**
 * Footprints are written by the modules that own sites, movements, activities and zones, inside their own
 * transactions, and read by the conflict engine. Only this module touches the footprints table; besides this
 * service it offers one SQL function, footprint_meetings() (migration 0017), with which the engine stores where and
 * when two footprints meet without the shapes leaving the database.
 */
export class FootprintsService {
  /** Writes the subject's footprint; resolves to it as the conflict check takes it. */
  async put(q: Queryable, f: FootprintInput): Promise<FootprintSubject> {
    await store.upsert(q, f)
    return { kind: f.kind, subjectId: f.subjectId, version: f.version, ref: f.ref ?? null, ownerActorId: f.ownerActorId ?? null, attrs: f.attrs ?? {} }
  }

  remove(q: Queryable, theatreId: string, kind: FootprintKind, subjectId: string) {
    return store.remove(q, theatreId, kind, subjectId)
  }

  overlapping(q: Queryable, theatreId: string, kind: FootprintKind, subjectId: string, kinds: FootprintKind[]) {
    return store.overlapping(q, theatreId, kind, subjectId, kinds)
  }
}
