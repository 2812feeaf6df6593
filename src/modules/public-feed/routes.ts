import { Type } from '@sinclair/typebox'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import { incidentsCsv, incidentsGeoJson } from './formats.ts'
import { feedPage } from './page.ts'

const tags = ['public']
const Params = Type.Object({ theatre: Type.String({ minLength: 1, maxLength: 64, description: 'the theatre’s id or code' }) }, { additionalProperties: false })
const Open = Type.Object({}, { additionalProperties: true })

/** The public feed: no sign-in, a theatre that does not publish answers 404. */
export function publicFeedRoutes(app: App, { services }: AppContext) {
  const { publicFeed } = services
  const config = { public: true }

  app.get(
    '/public/theatres/:theatre',
    {
      config,
      schema: {
        tags,
        summary: 'What a theatre publishes: agreements, zones and figures over published incidents (JSON; a read-only page for browsers)',
        params: Params,
        querystring: Type.Object(
          { from: Type.Optional(Type.String({ format: 'date-time' })), to: Type.Optional(Type.String({ format: 'date-time' })) },
          { additionalProperties: false },
        ),
        response: { 200: Open },
      },
    },
    async (req, reply) => {
      const summary = await publicFeed.summary(req.params.theatre, req.query)
      if (!(req.headers.accept ?? '').includes('text/html')) return summary
      const items = await publicFeed.incidentsOf(req.params.theatre)
      return reply.type('text/html; charset=utf-8').serializer((s: string) => s).send(feedPage(summary, items, `/api/v1/public/theatres/${encodeURIComponent(summary.theatre.code)}`) as never)
    },
  )

  app.get(
    '/public/theatres/:theatre/incidents.geojson',
    { config, schema: { tags, summary: 'Published incidents as GeoJSON', params: Params, response: { 200: Open } } },
    async (req, reply) => reply.type('application/geo+json').send(incidentsGeoJson(await publicFeed.incidentsOf(req.params.theatre))),
  )

  app.get(
    '/public/theatres/:theatre/incidents.csv',
    { config, schema: { tags, summary: 'Published incidents as CSV', params: Params, response: { 200: { description: 'CSV', content: { 'text/csv': { schema: Type.String() } } } } } },
    async (req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${req.params.theatre}-incidents.csv"`)
        .serializer((s: string) => s)
        .send(incidentsCsv(await publicFeed.incidentsOf(req.params.theatre)) as never),
  )
}
