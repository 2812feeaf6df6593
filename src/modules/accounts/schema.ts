import { Type, type Static } from '@sinclair/typebox'
import { Language, RecordMeta, Timestamp, Uuid } from '../../http/schemas.ts'

const Username = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$', description: 'letters, digits, dot, dash, underscore' })
const Password = Type.String({ minLength: 1, maxLength: 200 })

export const SignIn = Type.Object({ username: Type.String({ minLength: 1, maxLength: 64 }), password: Password }, { additionalProperties: false })

export const CreateUser = Type.Object(
  {
    username: Username,
    password: Password,
    displayName: Type.String({ minLength: 1, maxLength: 200 }),
    language: Type.Optional(Language),
    isAdmin: Type.Optional(Type.Boolean({ description: 'an instance administrator' })),
  },
  { additionalProperties: false },
)
export type CreateUser = Static<typeof CreateUser>

export const ChangePassword = Type.Object({ currentPassword: Password, newPassword: Password }, { additionalProperties: false })

export const User = Type.Object({
  ...RecordMeta,
  username: Type.String(),
  displayName: Type.String(),
  language: Language,
  isAdmin: Type.Boolean(),
})

export const Session = Type.Object({ user: User, csrfToken: Type.String(), expiresAt: Timestamp })

export const Me = Type.Object({
  user: User,
  via: Type.Union([Type.Literal('session'), Type.Literal('token')]),
  csrfToken: Type.Optional(Type.String({ description: "the session's CSRF token (session only), so a reloaded page can keep writing" })),
  memberships: Type.Array(
    Type.Object({
      theatreId: Uuid,
      theatreCode: Type.String(),
      theatreName: Type.String(),
      actorId: Uuid,
      actorName: Type.String(),
      actorKind: Type.String(),
      role: Type.String(),
      memberId: Uuid,
    }),
  ),
})
