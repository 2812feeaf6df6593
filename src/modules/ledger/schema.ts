import { Type } from '@sinclair/typebox'
import { Timestamp, Uuid } from '../../http/schemas.ts'

export const SignedEntry = Type.Object({
  seq: Type.Integer({ minimum: 1 }),
  theatre: Uuid,
  at: Timestamp,
  actor: Type.Union([Uuid, Type.Null()]),
  user: Type.Union([Uuid, Type.Null()]),
  action: Type.String({ description: 'e.g. actor.create' }),
  subject: Type.Object(
    { kind: Type.String(), id: Type.Union([Uuid, Type.Null()]), ref: Type.Optional(Type.String()) },
    {
      description:
        'the record the change is about. `id` is null when one entry records one change to many records of the kind: ' +
        'the conflict engine opens, supersedes and withdraws conflicts so, one entry per audience, listing them in ' +
        '`payload.conflicts` (`{id, ref, rule, severity, version}`)',
    },
  ),
  version: Type.Union([Type.Integer(), Type.Null()]),
  payload: Type.Unknown(),
  prevHash: Type.String(),
  hash: Type.String({ description: 'sha256(prevHash ‖ canonical JSON of the entry), hex' }),
  signature: Type.String({ description: "the server's Ed25519 signature of the hash bytes, base64" }),
  keyId: Type.String(),
  partySignature: Type.Optional(Type.String()),
})

export const Receipt = Type.Object({
  entry: SignedEntry,
  algorithm: Type.Literal('Ed25519'),
  publicKey: Type.String({ description: "the server's public key (PEM) that verifies `signature`" }),
})

export const SigningKey = Type.Object({ algorithm: Type.Literal('Ed25519'), keyId: Type.String(), publicKey: Type.String() })

export const LedgerQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    after: Type.Optional(Type.Integer({ minimum: 0, description: 'entries after this seq' })),
    subject: Type.Optional(Type.String({ format: 'uuid', description: 'entries about this record, and those recording one change to many records that include it' })),
  },
  { additionalProperties: false },
)
