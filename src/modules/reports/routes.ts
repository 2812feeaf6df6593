import { Type } from '@sinclair/typebox'
import { accessOf } from '../../http/auth.ts'
import { TheatreParams, problemResponses } from '../../http/schemas.ts'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import { dailyHtml } from './html.ts'
import { dailyPdf } from './pdf.ts'

export function reportsRoutes(app: App, { services }: AppContext) {
  const { reports, authz } = services

  app.get(
    '/theatres/:theatre/reports/daily',
    {
      schema: {
        tags: ['reports'],
        summary: 'The daily situation report for a date of the theatre’s calendar: HTML (print-ready), or PDF or JSON',
        params: TheatreParams,
        querystring: Type.Object(
          {
            date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD in the theatre’s timezone' }),
            format: Type.Optional(Type.Union([Type.Literal('html'), Type.Literal('pdf'), Type.Literal('json')], { description: 'default html' })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: { description: 'the report', content: { 'text/html': { schema: Type.String() }, 'application/pdf': { schema: Type.String({ format: 'binary' }) }, 'application/json': { schema: Type.Object({}, { additionalProperties: true }) } } },
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (req, reply) => {
      const report = await reports.daily(await accessOf(authz, req), req.query.date)
      const name = `${report.theatre.code}-daily-${report.date}`
      switch (req.query.format ?? 'html') {
        case 'json':
          return reply.type('application/json').serializer(JSON.stringify).send(report as never)
        case 'pdf':
          return reply.type('application/pdf').header('content-disposition', `inline; filename="${name}.pdf"`).send(await dailyPdf(report))
        default:
          return reply.type('text/html; charset=utf-8').serializer((s: string) => s).send(dailyHtml(report) as never)
      }
    },
  )
}
