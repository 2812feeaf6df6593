import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { Type } from '@sinclair/typebox'
import { accessOf } from '../../http/auth.ts'
import { matchesEtag } from '../../http/etag.ts'
import { decodeCursor, page } from '../../http/pagination.ts'
import { Page, PageQuery, TheatreIdParams, TheatreParams, Uuid, problemResponses } from '../../http/schemas.ts'
import { sendTile, TileCoordinates, TileQuery, TileResponse } from '../../http/tiles.ts'
import type { App } from '../../http/types.ts'
import type { AppContext } from '../../services.ts'
import { CreateSite, Site, UpdateSite } from './schema.ts'
import { CLUSTER_MAX_ZOOM, SITE_LAYER, SITE_TILE_FIELDS, TILE_MAX_ZOOM } from './tiles.ts'

const gunzip = promisify(zlib.gunzip)
const tags = ['sites']
const SiteStatus = Type.Union([Type.Literal('draft'), Type.Literal('notified'), Type.Literal('withdrawn')])

export function sitesRoutes(app: App, { services }: AppContext) {
  const { sites, authz } = services

  app.post(
    '/theatres/:theatre/sites',
    {
      schema: {
        tags,
        summary: "An organisation notifies a site; unless a draft, each party it is shared with is asked to acknowledge",
        params: TheatreParams,
        body: CreateSite,
        response: { 201: Site, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => reply.code(201).send(await sites.create(await accessOf(authz, req), req.body)),
  )
  app.get(
    '/theatres/:theatre/sites',
    {
      schema: {
        tags,
        summary: 'Sites the caller may see',
        params: TheatreParams,
        querystring: Type.Object(
          {
            ...PageQuery,
            status: Type.Optional(SiteStatus),
            organisation: Type.Optional(Uuid),
            bbox: Type.Optional(Type.String({ pattern: '^-?[\\d.]+,-?[\\d.]+,-?[\\d.]+,-?[\\d.]+$', description: 'west,south,east,north' })),
            q: Type.Optional(Type.String({ minLength: 2, maxLength: 100, description: 'part of the reference or the name, in any case (SY-S-0001, bakery)' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(Site), ...problemResponses(400, 401, 404) },
      },
    },
    async (req) => {
      const limit = req.query.limit ?? 50
      const rows = await sites.list(await accessOf(authz, req), {
        status: req.query.status,
        organisationId: req.query.organisation,
        bbox: req.query.bbox?.split(',').map(Number),
        text: req.query.q,
        after: decodeCursor(req.query.cursor),
        limit: limit + 1,
      })
      return page(rows, limit, (s) => s.id)
    },
  )
  app.get(
    '/theatres/:theatre/sites.geojson',
    {
      schema: {
        tags,
        summary: 'Every site the caller may see, as one GeoJSON FeatureCollection (for maps; not paginated)',
        params: TheatreParams,
        querystring: Type.Object(
          {
            status: Type.Optional(SiteStatus),
            properties: Type.Optional(
              Type.String({
                description: 'the properties each feature carries, comma-separated (default: all of id, ref, name, type, status, organisationId, protectionRadiusM, version)',
                examples: ['id,ref,name,status'],
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ type: Type.Literal('FeatureCollection'), features: Type.Array(Type.Object({}, { additionalProperties: true })) }),
          304: Type.Null({ description: 'Unchanged: the ETag sent in If-None-Match is still current' }),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (req, reply) => {
      const { etag, gzipped: build } = await sites.featureCollection(await accessOf(authz, req), req.query)
      // Kept by the browser alone (private) and revalidated on every use (no-cache): a map opened again while nothing
      // changed is answered 304 and drawn from the browser's copy, instead of megabytes over a field connection.
      reply.header('etag', etag).header('cache-control', 'private, no-cache').header('vary', 'accept-encoding')
      if (matchesEtag(req.headers['if-none-match'], etag)) return reply.code(304).send(null)
      const gzipped = await build()
      reply.type('application/geo+json')
      // Tens of thousands of sites are megabytes of JSON: gzipped they reach a phone in the field ~7× sooner. Already
      // JSON, so sent as is rather than parsed and serialised again.
      if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return reply.serializer((s: string) => s).send((await gunzip(gzipped)).toString() as never)
      return reply.header('content-encoding', 'gzip').send(gzipped as never)
    },
  )
  app.get(
    '/theatres/:theatre/sites/tiles.json',
    {
      schema: {
        tags,
        summary: 'The sites the caller may see as vector tiles (TileJSON): their address, with a version that changes with any site, and how many there are',
        params: TheatreParams,
        response: {
          200: Type.Object({
            tilejson: Type.Literal('3.0.0'),
            tiles: Type.Array(Type.String(), { description: 'the tiles\' address, {z}/{x}/{y} filled in by the map; relative to this document' }),
            minzoom: Type.Integer(),
            maxzoom: Type.Integer(),
            vector_layers: Type.Array(Type.Object({ id: Type.String(), fields: Type.Record(Type.String(), Type.String()) })),
            version: Type.String({ description: 'changes whenever a site the caller may see does (and may when one they may not see does)' }),
            count: Type.Integer({ description: 'how many sites the caller may see' }),
          }),
          ...problemResponses(401, 404),
        },
      },
    },
    async (req, reply) => {
      const { version, count } = await sites.tileSet(await accessOf(authz, req))
      reply.header('cache-control', 'private, no-cache')
      return {
        tilejson: '3.0.0' as const,
        tiles: [`tiles/{z}/{x}/{y}.mvt?v=${version}`],
        minzoom: 0,
        maxzoom: TILE_MAX_ZOOM,
        vector_layers: [{ id: SITE_LAYER, fields: SITE_TILE_FIELDS }],
        version,
        count,
      }
    },
  )
  app.get(
    '/theatres/:theatre/sites/tiles/:z/:x/:y.mvt',
    {
      schema: {
        tags,
        summary: `One vector tile of the sites the caller may see: each site as a point, clustered up to zoom ${CLUSTER_MAX_ZOOM}`,
        params: Type.Object({ theatre: TheatreParams.properties.theatre, ...TileCoordinates }),
        querystring: TileQuery('tiles.json'),
        response: {
          200: TileResponse,
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (req, reply) => {
      const { z, x, y } = req.params
      const { version, tile } = await sites.tile(await accessOf(authz, req), z, x, y)
      return sendTile(reply, tile, req.query.v === version, 'private')
    },
  )
  app.get(
    '/theatres/:theatre/sites/:id',
    { schema: { tags, summary: 'One site', params: TheatreIdParams, response: { 200: Site, ...problemResponses(401, 404) } } },
    async (req) => sites.get(await accessOf(authz, req), req.params.id),
  )
  app.patch(
    '/theatres/:theatre/sites/:id',
    {
      schema: {
        tags,
        summary: 'A new version of a site (notified again), or its withdrawal',
        params: TheatreIdParams,
        body: UpdateSite,
        response: { 200: Site, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => sites.update(await accessOf(authz, req), req.params.id, req.body),
  )
}
