import { accessOf } from '../../http/auth.ts'
import { TheatreParams, problemResponses } from '../../http/schemas.ts'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import { figuresCsv } from './csv.ts'
import { AgreementPeriods, Compliance, ComplianceQuery, PeriodsQuery } from './schema.ts'

const tags = ['compliance']

export function complianceRoutes(app: App, { services }: AppContext) {
  const { compliance, authz } = services

  app.get(
    '/theatres/:theatre/compliance',
    {
      schema: {
        tags,
        summary: 'Incident figures by period, party, agreement/zone, category and status, and the parties’ notification conduct',
        description: 'JSON by default; `Accept: text/csv` gives the incident figures as CSV. Counts only incidents the caller may see.',
        params: TheatreParams,
        querystring: ComplianceQuery,
        response: { 200: Compliance, ...problemResponses(400, 401, 404) },
      },
    },
    async (req, reply) => {
      const figures = await compliance.figures(await accessOf(authz, req), req.query)
      if (!(req.headers.accept ?? '').includes('text/csv')) return figures
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="compliance-${req.params.theatre}-${figures.from.slice(0, 10)}-${figures.to.slice(0, 10)}.csv"`)
        .serializer((s: string) => s)
        .send(figuresCsv(figures) as never)
    },
  )

  app.get(
    '/theatres/:theatre/compliance/periods',
    {
      schema: {
        tags,
        summary: "Incidents by party and category before, during and after an agreement's period in force",
        params: TheatreParams,
        querystring: PeriodsQuery,
        response: { 200: AgreementPeriods, ...problemResponses(400, 401, 404) },
      },
    },
    async (req) => compliance.agreementPeriods(await accessOf(authz, req), req.query.agreement),
  )
}
