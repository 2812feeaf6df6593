import type { Db } from '../../db/engine.ts'
import { newId } from '../../db/ids.ts'
import { audience } from '../../authz/audience.ts'
import type { Principal } from '../../authz/principal.ts'
import type { TheatreAccess } from '../../authz/access.ts'
import { conflict, invalid, isUniqueViolation, notFound, staleVersion, type FieldError } from '../../http/problem.ts'
import type { ActorsService } from '../actors/service.ts'
import type { LedgerService } from '../ledger/service.ts'
import { DEFAULT_POLICY, type CreateTheatre, type Policy, type UpdateTheatre } from './schema.ts'
import { ReadCache } from '../../db/cache.ts'
import * as store from './store.ts'
import type { Theatre } from './store.ts'

function timezoneError(tz: string): FieldError | undefined {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz })
    return undefined
  } catch {
    return { path: '/body/timezone', message: `"${tz}" is not an IANA timezone` }
  }
}

function bboxErrors([w, s, e, n]: number[]): FieldError[] {
  const errors: FieldError[] = []
  const at = (i: number, message: string) => errors.push({ path: `/body/bbox/${i}`, message })
  ;[w, e].forEach((x, i) => (x < -180 || x > 180) && at(i * 2, 'longitude must be between -180 and 180'))
  ;[s, n].forEach((y, i) => (y < -90 || y > 90) && at(i * 2 + 1, 'latitude must be between -90 and 90'))
  if (!errors.length && w >= e) at(2, 'east must be greater than west')
  if (!errors.length && s >= n) at(3, 'north must be greater than south')
  return errors
}

/** The theatre's policy is the defaults with whatever the theatre overrides: objects merged one level deep, lists replaced. */
function mergePolicy(base: Record<string, unknown>, patch: Policy | undefined) {
  const out: Record<string, unknown> = { ...base }
  for (const [k, v] of Object.entries(patch ?? {})) out[k] = Array.isArray(v) ? v : { ...(base[k] as object), ...(v as object) }
  return out
}

export class TheatresService {
  /** Theatres by id or code: every theatre-scoped request resolves one. */
  private readonly byKey = new ReadCache<Theatre>()

  constructor(
    private readonly db: Db,
    private readonly ledger: LedgerService,
    private readonly actors: ActorsService,
  ) {}

  async create(input: CreateTheatre, by: Principal) {
    const errors = [timezoneError(input.timezone), ...bboxErrors(input.bbox)].filter((e): e is FieldError => !!e)
    if (errors.length) throw invalid(errors)
    try {
      return await this.ledger.transact(async (tx) => {
        const row = await store.insertTheatre(tx.q, {
          id: newId(),
          code: input.code,
          name: input.name,
          timezone: input.timezone,
          bbox: input.bbox,
          policy: mergePolicy(DEFAULT_POLICY, input.policy),
        })
        const theatre = store.toTheatre(row)
        await tx.append({
          theatre: theatre.id,
          user: by.user.id,
          action: 'theatre.create',
          subject: { kind: 'theatre', id: theatre.id },
          version: theatre.version,
          payload: theatre,
          audience: audience.theatreWide(),
        })
        return theatre
      })
    } catch (e) {
      if (isUniqueViolation(e, 'theatres_code_key')) {
        throw conflict(`a theatre with code ${input.code} exists`, [{ path: '/body/code', message: 'is taken' }])
      }
      throw e
    }
  }

  async update(access: TheatreAccess, input: UpdateTheatre) {
    access.require(access.isCoordinatorAdmin, "only the theatre's coordinator admins change its settings")
    const errors = [input.timezone ? timezoneError(input.timezone) : undefined, ...(input.bbox ? bboxErrors(input.bbox) : [])]
    const found = errors.filter((e): e is FieldError => !!e)
    if (found.length) throw invalid(found)
    const wide = input.policy?.theatreWideParties
    if (wide) await this.actors.parties(access, wide, '/body/policy/theatreWideParties')
    const updated = await this.ledger.transact(async (tx) => {
      const current = await store.findTheatre(tx.q, access.theatre.id)
      if (!current) throw notFound(`theatre ${access.theatre.code}`)
      const row = await store.updateTheatre(tx.q, current.id, input.version, {
        name: input.name ?? current.name,
        timezone: input.timezone ?? current.timezone,
        bbox: input.bbox ?? current.bbox.map(Number),
        policy: mergePolicy(current.policy, input.policy),
        published: input.published ?? current.published,
      })
      if (!row) throw staleVersion(current.version)
      const theatre = store.toTheatre(row)
      await tx.append({
        theatre: theatre.id,
        user: access.principal.user.id,
        action: 'theatre.update',
        subject: { kind: 'theatre', id: theatre.id },
        version: theatre.version,
        payload: theatre,
        audience: audience.theatreWide(theatre.published),
      })
      return theatre
    })
    this.byKey.clear() // cached under its id and its code
    return updated
  }

  /** The caller's theatre in full (timezone, bounding box, policy): access has already found it, so it exists. */
  async of(access: TheatreAccess): Promise<Theatre> {
    return (await this.find(access.theatre.id))!
  }

  /** Resolves `:theatre` (id or code); callers decide visibility. */
  async find(key: string) {
    return this.byKey.get(key.toUpperCase(), async () => {
      const row = await store.findTheatre(this.db, key)
      return row && store.toTheatre(row)
    })
  }

  async list(opts: { ids: string[] | null; after?: string; limit: number }) {
    return (await store.listTheatres(this.db, opts)).map(store.toTheatre)
  }
}
