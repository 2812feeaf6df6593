import { Type, type Static } from '@sinclair/typebox'
import { PageQuery, RecordMeta, Timestamp, Uuid } from '../../http/schemas.ts'

export const AGREEMENT_KINDS = ['ceasefire', 'cessation_of_hostilities', 'humanitarian_pause', 'deconfliction'] as const
export const AGREEMENT_STATUSES = ['draft', 'in_force', 'suspended', 'ended'] as const
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]

export const AgreementKind = Type.Union(AGREEMENT_KINDS.map((k) => Type.Literal(k)))
export type AgreementKind = Static<typeof AgreementKind>
export const Status = Type.Union(
  AGREEMENT_STATUSES.map((s) => Type.Literal(s)),
  { description: 'draft → in_force ⇄ suspended → ended; a draft may also end without entering force; ended is final' },
)

const Name = Type.String({ minLength: 1, maxLength: 200 })
const Text = Type.String({ minLength: 1, maxLength: 500_000, description: 'the text, Markdown' })
const Terms = Type.Object({}, { additionalProperties: true, description: 'the structured terms, any JSON object' })
const Signatories = Type.Array(Uuid, { uniqueItems: true, maxItems: 50, description: 'the signatory parties (actors of kind party)' })

export const STATEMENT_FORMAT =
  'truce:agreement:<agreement id>:v<version>:<sha256 of the text as UTF-8, lowercase hex>:' +
  '<sha256 of the terms as RFC 8785 canonical JSON, lowercase hex>'

export const CreateAgreement = Type.Object(
  { name: Name, kind: AgreementKind, signatories: Type.Optional(Signatories), text: Text, terms: Type.Optional(Terms) },
  { additionalProperties: false },
)
export type CreateAgreement = Static<typeof CreateAgreement>

export const UpdateAgreement = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: "the agreement record's current version" }),
    name: Type.Optional(Name),
    kind: Type.Optional(AgreementKind),
    signatories: Type.Optional(Signatories),
    text: Type.Optional(Text),
    terms: Type.Optional(Terms),
  },
  { additionalProperties: false },
)
export type UpdateAgreement = Static<typeof UpdateAgreement>

export const ChangeStatus = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: "the agreement record's current version" }),
    status: Status,
    reason: Type.String({ minLength: 1, maxLength: 4000, description: 'why: recorded with the change' }),
    effectiveAt: Type.Optional(
      Type.String({
        format: 'date-time',
        description:
          'when the change took effect, if earlier than now (a cessation that began at sunset yesterday); not in the future, nor before the previous change',
      }),
    ),
  },
  { additionalProperties: false },
)
export type ChangeStatus = Static<typeof ChangeStatus>

export const Sign = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'the version of the text being signed: the current one' }),
    signature: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: `base64 Ed25519 signature, by the party's registered key, of the UTF-8 statement ${STATEMENT_FORMAT} (each version's \`statement\`); required when the party has registered a public key, refused otherwise`,
      }),
    ),
    partyId: Type.Optional(Type.Union([Uuid], { description: 'the party signing, when the caller is an editor of several signatories' })),
  },
  { additionalProperties: false },
)
export type Sign = Static<typeof Sign>

export const Signature = Type.Object({
  agreementId: Uuid,
  version: Type.Integer(),
  partyId: Uuid,
  statement: Type.String(),
  signature: Type.Union([Type.String(), Type.Null()], { description: 'null: the party has no key and signed by membership' }),
  keyId: Type.Union([Type.String(), Type.Null()]),
  signedBy: Uuid,
  signedAt: Timestamp,
})

export const Agreement = Type.Object({
  ...RecordMeta,
  theatreId: Uuid,
  name: Type.String(),
  kind: AgreementKind,
  signatories: Type.Array(Uuid),
  status: Status,
  statusReason: Type.Union([Type.String(), Type.Null()]),
  statusChangedAt: Type.Union([Timestamp, Type.Null()]),
  versions: Type.Integer({ description: 'how many versions the text has had; the current one is number `versions`' }),
  text: Type.String({ description: 'the current text' }),
  terms: Terms,
  statement: Type.String({ description: `what a signatory signs for the current version: ${STATEMENT_FORMAT}` }),
  signatures: Type.Array(Signature, { description: 'every signature, on every version, by version' }),
})

export const AgreementVersion = Type.Object({
  version: Type.Integer(),
  text: Type.String(),
  terms: Terms,
  statement: Type.String(),
  createdAt: Timestamp,
  by: Uuid,
  signatures: Type.Array(Signature),
})

export const AgreementsQuery = Type.Object(
  { ...PageQuery, status: Type.Optional(Status), kind: Type.Optional(AgreementKind) },
  { additionalProperties: false },
)
