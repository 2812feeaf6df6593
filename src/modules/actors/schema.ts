import { Type, type Static } from '@sinclair/typebox'
import { RecordMeta, Uuid } from '../../http/schemas.ts'

export const ActorKind = Type.Union(
  [Type.Literal('coordinator'), Type.Literal('party'), Type.Literal('organisation'), Type.Literal('monitor')],
  { description: "the actor's role in the theatre" },
)
export const Role = Type.Union([Type.Literal('admin'), Type.Literal('editor'), Type.Literal('viewer')])

const Name = Type.String({ minLength: 1, maxLength: 200 })
const ShortName = Type.String({ minLength: 1, maxLength: 40 })
const Aliases = Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 })
const Colour = Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: 'map colour, #RRGGBB' })
const PublicKey = Type.String({ maxLength: 2000, description: "the actor's own Ed25519 public key (SPKI PEM), for signing acknowledgements" })

export const CreateActor = Type.Object(
  {
    kind: ActorKind,
    name: Name,
    shortName: ShortName,
    aliases: Type.Optional(Aliases),
    colour: Type.Optional(Colour),
    publicKey: Type.Optional(PublicKey),
  },
  { additionalProperties: false },
)
export type CreateActor = Static<typeof CreateActor>

export const UpdateActor = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    name: Type.Optional(Name),
    shortName: Type.Optional(ShortName),
    aliases: Type.Optional(Aliases),
    colour: Type.Optional(Type.Union([Colour, Type.Null()])),
    publicKey: Type.Optional(Type.Union([PublicKey, Type.Null()])),
  },
  { additionalProperties: false },
)
export type UpdateActor = Static<typeof UpdateActor>

export const Actor = Type.Object({
  ...RecordMeta,
  theatreId: Uuid,
  kind: ActorKind,
  name: Type.String(),
  shortName: Type.String(),
  aliases: Type.Array(Type.String()),
  colour: Type.Union([Type.String(), Type.Null()]),
  publicKey: Type.Union([Type.String(), Type.Null()]),
  publicKeyId: Type.Union([Type.String(), Type.Null()]),
})

export const CreateMember = Type.Object({ userId: Uuid, actorId: Uuid, role: Role }, { additionalProperties: false })
export type CreateMember = Static<typeof CreateMember>

export const UpdateMember = Type.Object({ version: Type.Integer({ minimum: 1 }), role: Role }, { additionalProperties: false })

export const Member = Type.Object({
  ...RecordMeta,
  theatreId: Uuid,
  userId: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  actorId: Uuid,
  role: Role,
})
