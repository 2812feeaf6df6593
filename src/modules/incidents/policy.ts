import { Type, type Static } from '@sinclair/typebox'

/**
 * A theatre's incident policy (`policy.incidents`). Every field is optional: what a theatre does not set falls back to
 * INCIDENT_DEFAULTS, so theatres made before this existed need no migration.
 */
export const IncidentPolicy = Type.Object(
  {
    replyHours: Type.Optional(Type.Integer({ minimum: 1, maximum: 720, description: 'hours an alleged party has to reply once asked' })),
    duplicateDistanceM: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, description: 'reports this close…' })),
    duplicateHours: Type.Optional(Type.Integer({ minimum: 0, maximum: 720, description: '…and this close in time, of one category, are likely duplicates' })),
    uncertaintyM: Type.Optional(
      Type.Object(
        {
          near: Type.Optional(Type.Integer({ minimum: 0, maximum: 200_000 })),
          district: Type.Optional(Type.Integer({ minimum: 0, maximum: 200_000 })),
          governorate: Type.Optional(Type.Integer({ minimum: 0, maximum: 500_000 })),
        },
        { additionalProperties: false, description: 'metres around the given location an imprecise location may be off by' },
      ),
    ),
  },
  { additionalProperties: false },
)
export type IncidentPolicy = Static<typeof IncidentPolicy>

/**
 * Uncertainty radii: "near a named place" is a town and its outskirts (~5 km); a Syrian district (mintaqa) spans
 * some 15 km from its seat; a governorate (muhafaza) some 50 km. An exact location is taken as given.
 */
export const INCIDENT_DEFAULTS = {
  replyHours: 72,
  duplicateDistanceM: 2_000,
  duplicateHours: 24,
  uncertaintyM: { exact: 0, near: 5_000, district: 15_000, governorate: 50_000 },
}

export type LocationPrecision = keyof typeof INCIDENT_DEFAULTS.uncertaintyM

/** The theatre's incident policy with the defaults filled in. */
export function incidentPolicy(policy: unknown) {
  const p = ((policy as { incidents?: IncidentPolicy } | null)?.incidents ?? {}) as IncidentPolicy
  return {
    replyHours: p.replyHours ?? INCIDENT_DEFAULTS.replyHours,
    duplicateDistanceM: p.duplicateDistanceM ?? INCIDENT_DEFAULTS.duplicateDistanceM,
    duplicateHours: p.duplicateHours ?? INCIDENT_DEFAULTS.duplicateHours,
    uncertaintyM: { ...INCIDENT_DEFAULTS.uncertaintyM, ...p.uncertaintyM, exact: 0 },
  }
}
