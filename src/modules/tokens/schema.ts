import { Type, type Static } from '@sinclair/typebox'
import { RecordMeta, Timestamp, Uuid } from '../../http/schemas.ts'
import { Role } from '../actors/schema.ts'

export const CreateToken = Type.Object(
  {
    actorId: Uuid,
    name: Type.String({ minLength: 1, maxLength: 200, description: 'what the token is for, e.g. "HQ liaison system"' }),
    role: Type.Optional(Role),
    expiresAt: Type.Optional(Timestamp),
  },
  { additionalProperties: false },
)
export type CreateToken = Static<typeof CreateToken>

export const ApiToken = Type.Object({
  ...RecordMeta,
  theatreId: Uuid,
  userId: Uuid,
  actorId: Uuid,
  name: Type.String(),
  role: Role,
  prefix: Type.String({ description: 'the first characters of the token, to tell tokens apart' }),
  lastUsedAt: Type.Union([Timestamp, Type.Null()]),
  expiresAt: Type.Union([Timestamp, Type.Null()]),
  revokedAt: Type.Union([Timestamp, Type.Null()]),
})

export const CreatedToken = Type.Intersect([ApiToken, Type.Object({ token: Type.String({ description: 'the secret, shown this once' }) })])
