import { notFound } from '../http/problem.ts'
import type { ActorsService } from '../modules/actors/service.ts'
import type { TheatresService } from '../modules/theatres/service.ts'
import { PublicAccess, TheatreAccess } from './access.ts'
import type { Principal } from './principal.ts'

/** Builds the TheatreAccess every theatre-scoped call starts from; a theatre the caller is not in answers 404. */
export class AuthzService {
  constructor(
    private readonly theatres: TheatresService,
    private readonly actors: ActorsService,
  ) {}

  async forTheatre(principal: Principal, key: string): Promise<TheatreAccess> {
    const theatre = await this.theatres.find(key)
    const tokenElsewhere = principal.token && principal.token.theatreId !== theatre?.id
    if (!theatre || tokenElsewhere) throw notFound(`theatre ${key}`)
    const access = new TheatreAccess(principal, theatre, await this.actors.membershipsOf(principal.user.id, theatre.id))
    if (!access.isMember) throw notFound(`theatre ${key}`)
    return access
  }

  /**
   * The public's view of a theatre that publishes (its coordinator set `published`): `published` reads what was
   * published record by record (incidents), `theatreWide` what a published theatre shows as a whole (agreements,
   * zones). 404 for a theatre that does not publish, as for one that does not exist.
   */
  async forPublic(key: string): Promise<{ published: PublicAccess; theatreWide: PublicAccess; theatre: NonNullable<Awaited<ReturnType<TheatresService['find']>>> }> {
    const theatre = await this.theatres.find(key)
    if (!theatre || !theatre.published) throw notFound(`theatre ${key}`)
    return { published: new PublicAccess(theatre, ['public']), theatreWide: new PublicAccess(theatre, ['all', 'public']), theatre }
  }
}
