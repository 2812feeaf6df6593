import multipart from '@fastify/multipart'
import { Type } from '@sinclair/typebox'
import { accessOf } from '../../http/auth.ts'
import { decodeCursor, page } from '../../http/pagination.ts'
import { Problem, invalidField } from '../../http/problem.ts'
import { Page, TheatreIdParams, TheatreParams, problemResponses } from '../../http/schemas.ts'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import { tooLarge } from './evidence.ts'
import { CategoryInfo, ChangeStatus, CreateIncident, Duplicate, Evidence, Incident, IncidentsQuery, Merge, Publish, Reply, UpdateIncident, categoryList } from './schema.ts'

const tags = ['incidents']
const EvidenceParams = Type.Object({ ...TheatreIdParams.properties, sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'the file’s SHA-256, lowercase hex' }) })

export function incidentsRoutes(app: App, ctx: AppContext) {
  const { incidents, authz } = ctx.services
  const access = (req: Parameters<typeof accessOf>[1]) => accessOf(authz, req)
  const writes = { 200: Incident, ...problemResponses(400, 401, 403, 404, 409) }

  app.get(
    '/theatres/:theatre/incidents/categories',
    { schema: { tags, summary: 'The incident categories: ACLED sub-event types and Truce’s own', params: TheatreParams, response: { 200: Type.Array(CategoryInfo) } } },
    async (req) => {
      await access(req)
      return categoryList()
    },
  )
  app.post(
    '/theatres/:theatre/incidents',
    {
      schema: {
        tags,
        summary: 'Report an incident; the response carries its attribution to the agreements, zones, sites and movements it may concern',
        params: TheatreParams,
        body: CreateIncident,
        response: { 201: Incident, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => reply.code(201).send(await incidents.create(await access(req), req.body)),
  )
  app.get(
    '/theatres/:theatre/incidents',
    { schema: { tags, summary: 'Incidents the caller may see', params: TheatreParams, querystring: IncidentsQuery, response: { 200: Page(Incident), ...problemResponses(400, 401, 404) } } },
    async (req) => {
      const { cursor, limit = 50, ...filters } = req.query
      return page(await incidents.list(await access(req), { ...filters, after: decodeCursor(cursor), limit: limit + 1 }), limit, (i) => i.id)
    },
  )
  app.get(
    '/theatres/:theatre/incidents/:id',
    { schema: { tags, summary: 'One incident, with its status history, replies, evidence and attribution', params: TheatreIdParams, response: { 200: Incident, ...problemResponses(401, 404) } } },
    async (req) => incidents.get(await access(req), req.params.id),
  )
  app.patch(
    '/theatres/:theatre/incidents/:id',
    { schema: { tags, summary: 'Change what is reported (with `version`); attribution is computed again', params: TheatreIdParams, body: UpdateIncident, response: writes } },
    async (req) => incidents.update(await access(req), req.params.id, req.body),
  )
  app.post(
    '/theatres/:theatre/incidents/:id/status',
    { schema: { tags, summary: 'A monitor or the coordinator moves it one step through verification, saying why', params: TheatreIdParams, body: ChangeStatus, response: writes } },
    async (req) => incidents.setStatus(await access(req), req.params.id, req.body),
  )
  app.post(
    '/theatres/:theatre/incidents/:id/reply',
    { schema: { tags, summary: 'The alleged party’s reply (right of reply)', params: TheatreIdParams, body: Reply, response: writes } },
    async (req) => incidents.reply(await access(req), req.params.id, req.body),
  )
  app.post(
    '/theatres/:theatre/incidents/:id/publish',
    { schema: { tags, summary: 'The coordinator publishes a verified incident', params: TheatreIdParams, body: Publish, response: writes } },
    async (req) => incidents.publish(await access(req), req.params.id, req.body?.version),
  )
  app.get(
    '/theatres/:theatre/incidents/:id/duplicates',
    {
      schema: {
        tags,
        summary: 'Likely reports of the same event: same category, near in space and time (theatre policy)',
        params: TheatreIdParams,
        response: { 200: Page(Duplicate), ...problemResponses(401, 404) },
      },
    },
    async (req) => ({ items: await incidents.duplicates(await access(req), req.params.id), next: null }),
  )
  app.post(
    '/theatres/:theatre/incidents/:id/merge',
    { schema: { tags, summary: 'Merge duplicates into this incident, keeping their sources and evidence', params: TheatreIdParams, body: Merge, response: writes } },
    async (req) => incidents.merge(await access(req), req.params.id, req.body),
  )
  app.get(
    '/theatres/:theatre/incidents/:id/evidence/:sha256',
    { schema: { tags, summary: 'Download an evidence file by its SHA-256', params: EvidenceParams, response: problemResponses(401, 404) } },
    async (req, reply) => {
      const f = await incidents.evidence.file(await access(req), req.params.id, req.params.sha256)
      const name = (f.filename ?? req.params.sha256).replace(/[^\w.\- ]/g, '_')
      return reply
        .type(f.mediaType)
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('x-content-type-options', 'nosniff')
        .header('etag', `"${req.params.sha256}"`)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .send(f.bytes)
    },
  )
  // Multipart is parsed only here: every other route of the API takes JSON alone.
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { files: 1, fields: 0, parts: 2 } })
    const upload = scope as unknown as App
    upload.post(
      '/theatres/:theatre/incidents/:id/evidence',
      {
        schema: {
          tags,
          summary: 'Attach an evidence file (multipart/form-data, one file): JPEG, PNG, PDF, MP4 or plain text, up to 20 MB; stored by SHA-256',
          consumes: ['multipart/form-data'],
          params: TheatreIdParams,
          response: { 201: Evidence, 200: Evidence, ...problemResponses(400, 401, 403, 404, 409, 413, 415) },
        },
      },
      async (req, reply) => {
        const a = await access(req)
        // Permission before the bytes: a caller who may not add evidence does not get to upload 20 MB first.
        await incidents.evidence.mayAdd(a, req.params.id)
        if (!req.isMultipart()) {
          throw new Problem(415, 'unsupported-media-type', 'Unsupported media type', 'send the file as multipart/form-data', [
            { path: '/body/file', message: 'is missing: the body is not multipart/form-data' },
          ])
        }
        const limit = incidents.evidence.maxBytes
        let file
        let bytes: Buffer
        try {
          // One byte over the limit tells a file of exactly the limit from a longer one cut short there.
          file = await req.file({ limits: { fileSize: limit + 1 } })
          if (!file) throw invalidField('/body/file', 'is required: send one file')
          bytes = await file.toBuffer()
          // The plugin does not always throw when the last chunk crosses the limit: the file is then only truncated.
          if (file.file.truncated || bytes.length > limit) throw tooLarge(limit)
        } catch (e) {
          const code = (e as { code?: string }).code
          if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(limit)
          if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') throw invalidField('/body/file', 'send exactly one file and no other fields')
          throw e
        }
        const { created, evidence } = await incidents.evidence.add(a, req.params.id, { bytes, mediaType: file.mimetype, filename: file.filename || null })
        return reply.code(created ? 201 : 200).send(evidence)
      },
    )
  })
}
