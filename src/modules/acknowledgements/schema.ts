import { Type } from '@sinclair/typebox'
import { RecordMeta, Timestamp, Uuid } from '../../http/schemas.ts'
import { SignedEntry } from '../ledger/schema.ts'

export const AckState = Type.Union(['pending', 'acknowledged', 'objected', 'expired', 'superseded'].map((s) => Type.Literal(s)))

export const Acknowledgement = Type.Object({
  ...RecordMeta,
  subject: Type.Object({ kind: Type.String(), id: Uuid, ref: Type.String(), version: Type.Integer(), name: Type.String() }),
  owner: Uuid,
  party: Uuid,
  deadline: Timestamp,
  state: AckState,
  reason: Type.Union([Type.String(), Type.Null()]),
  partySignature: Type.Union([Type.String(), Type.Null()]),
  answeredBy: Type.Union([Uuid, Type.Null()]),
  answeredAt: Type.Union([Timestamp, Type.Null()]),
  ledgerSeq: Type.Union([Type.Integer(), Type.Null()]),
  statement: Type.String({ description: 'what a party signs with its own key: truce:acknowledgement:<id>:<subject ref>:v<version>' }),
})

export const Acknowledge = Type.Object(
  {
    signature: Type.Optional(
      Type.String({ maxLength: 200, description: "base64 Ed25519 signature of `statement` by the party's registered key" }),
    ),
  },
  { additionalProperties: false },
)

export const Object_ = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 4000 }) }, { additionalProperties: false })

export const AnswerResponse = Type.Object({
  acknowledgement: Acknowledgement,
  receipt: Type.Object({ entry: SignedEntry, algorithm: Type.Literal('Ed25519'), publicKey: Type.String() }),
})

export const AckQuery = Type.Object(
  {
    state: Type.Optional(AckState),
    subject: Type.Optional(Uuid),
    party: Type.Optional(Uuid),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
)
