import { Type } from '@sinclair/typebox'
import { Nullable, Timestamp, Uuid } from '../../http/schemas.ts'
import { DIMENSIONS } from '../incidents/figures.ts'

export const ComplianceQuery = Type.Object(
  {
    from: Type.String({ format: 'date-time', description: 'start of the period (inclusive), by when incidents occurred' }),
    to: Type.String({ format: 'date-time', description: 'end of the period (exclusive)' }),
    by: Type.Optional(
      Type.String({
        pattern: `^(${DIMENSIONS.join('|')})(,(${DIMENSIONS.join('|')}))*$`,
        description: `comma-separated breakdown: at most one of day, week, month, and any of party, agreement, zone, category, status (default: week,party)`,
      }),
    ),
    status: Type.Optional(Type.String({ pattern: '^[a-z_]+(,[a-z_]+)*$', description: 'count only incidents in these verification statuses, comma-separated' })),
  },
  { additionalProperties: false },
)

const Range = Type.Object({ min: Type.Integer(), max: Type.Integer() })

const NullableId = (description: string) => Nullable(Uuid, { description })
const NullableString = Nullable(Type.String())

export const FigureRow = Type.Object({
  period: Nullable(Type.String(), { description: 'the day or week (its Monday) as YYYY-MM-DD, or the month as YYYY-MM, in the theatre’s calendar' }),
  partyId: NullableId('the alleged party (named in `parties`); null: none or not a party'),
  agreementId: NullableId('named in `agreements`; null: in no zone in force'),
  zoneId: NullableId('named in `zones`; null: in no zone in force'),
  category: NullableString,
  status: NullableString,
  incidents: Type.Integer(),
  killed: Range,
  childrenKilled: Range,
  injured: Range,
})

const Named = Type.Object({ id: Uuid, name: Type.String() })
const Parties = Type.Array(Named, { description: 'the parties the rows name' })

export const ConductRow = Type.Object({
  party: Named,
  requested: Type.Integer({ description: 'notifications the party was asked to acknowledge in the period' }),
  acknowledged: Type.Integer(),
  onTime: Type.Integer({ description: 'acknowledged before the deadline' }),
  objected: Type.Integer(),
  expired: Type.Integer(),
  pending: Type.Integer(),
  expiredShare: Type.Number({ description: 'expired ÷ requested' }),
  medianHoursToAcknowledge: Nullable(Type.Number()),
})

export const Compliance = Type.Object({
  from: Timestamp,
  to: Timestamp,
  by: Type.Array(Type.String()),
  parties: Parties,
  agreements: Type.Array(Named, { description: 'the agreements the rows name' }),
  zones: Type.Array(Type.Object({ id: Uuid, name: Type.String(), agreementId: Uuid }), { description: 'the zones the rows name' }),
  incidents: Type.Array(FigureRow, { description: 'incident counts and casualty ranges per breakdown cell (only non-empty cells)' }),
  conduct: Type.Array(ConductRow, { description: "each party's conduct in the notification process over the period" }),
})

export const PeriodsQuery = Type.Object({ agreement: Uuid }, { additionalProperties: false })

const Period = Type.Object({ from: Timestamp, to: Timestamp, incidents: Type.Array(FigureRow) })
export const AgreementPeriods = Type.Object({
  agreement: Named,
  parties: Parties,
  before: Period,
  during: Period,
  after: Period,
})
