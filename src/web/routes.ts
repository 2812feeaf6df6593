import path from 'node:path'
import staticFiles from '@fastify/static'
import { Type } from '@sinclair/typebox'
import type { Fallback } from '../http/errors.ts'
import type { App } from '../http/types.ts'
import type { AppContext } from '../services.ts'
import { problemResponses } from '../http/schemas.ts'
import { checkTile, sendTile, TileCoordinates, TileQuery, TileResponse } from '../http/tiles.ts'
import { BASEMAP_LAYERS, BASEMAP_MAX_ZOOM, BasemapTiles } from './basemap-tiles.ts'
import { WEB_DIST } from './build.ts'

/**
 * Serves the built web app at / (when `serve`; reply.sendFile is there either way, for the basemap file). Hashed
 * assets are cached for a year; index.html never, so a new build reaches browsers on their next load. Paths that are
 * the app's own routes (/t/SY/inbox) get index.html.
 */
export async function registerWebApp(app: App, opts: { serve: boolean }): Promise<Fallback | undefined> {
  await app.register(staticFiles, {
    root: WEB_DIST,
    prefix: '/',
    serve: opts.serve,
    wildcard: true,
    // The build writes file.gz beside each text file (build.ts): sent as is to a browser that accepts gzip.
    preCompressed: true,
    setHeaders: (reply, file) => {
      reply.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache')
    },
  })
  if (!opts.serve) return undefined
  return (request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html')
    if (wantsPage) reply.header('cache-control', 'no-cache').sendFile('index.html')
    return wantsPage
  }
}

/** The built-in basemap's boundaries as vector tiles (basemap-tiles.ts): the map draws its countries and borders from them. */
const Boundaries = Type.Object(
  {
    tiles: Type.Array(Type.String(), { description: 'the tiles\' address, {z}/{x}/{y} to fill in, with the version of the data they are cut from' }),
    maxzoom: Type.Integer({ description: 'the highest zoom tiles are cut for; the map enlarges those beyond it' }),
    layers: Type.Array(Type.String(), { description: 'the layers in each tile' }),
  },
  { description: 'the built-in basemap\'s boundaries (under a richer basemap too)' },
)
const Basemap = Type.Union([
  Type.Object({ kind: Type.Literal('builtin'), boundaries: Boundaries }),
  Type.Object({ kind: Type.Literal('style'), url: Type.String() }),
  Type.Object({ kind: Type.Literal('pmtiles'), url: Type.String(), boundaries: Boundaries }),
])

/** Which basemap the web app draws: the built-in offline one, or the richer one TRUCE_BASEMAP names. */
export function basemapRoutes(app: App, { config }: AppContext) {
  const basemap = config.basemap
  const tiles = new BasemapTiles()
  const boundaries = { tiles: [`/api/v1/basemap/tiles/{z}/{x}/{y}.mvt?v=${tiles.version}`], maxzoom: BASEMAP_MAX_ZOOM, layers: [...BASEMAP_LAYERS] }
  app.get('/basemap', { config: { public: true }, schema: { tags: ['web'], summary: 'The basemap the web app draws', response: { 200: Basemap } } }, async () => {
    if (!basemap) return { kind: 'builtin' as const, boundaries }
    if (basemap.kind === 'style') return basemap
    return { kind: 'pmtiles' as const, url: '/api/v1/basemap/tiles.pmtiles', boundaries }
  })
  app.get(
    '/basemap/tiles/:z/:x/:y.mvt',
    {
      config: { public: true },
      schema: {
        tags: ['web'],
        summary: `One vector tile of the built-in basemap's boundaries (layers ${BASEMAP_LAYERS.join(', ')}), cut up to zoom ${BASEMAP_MAX_ZOOM}`,
        params: Type.Object(TileCoordinates),
        querystring: TileQuery('GET /basemap'),
        response: {
          200: TileResponse,
          ...problemResponses(400),
        },
      },
    },
    async (req, reply) => {
      const { z, x, y } = req.params
      checkTile(z, x, y, BASEMAP_MAX_ZOOM)
      return sendTile(reply, tiles.tile(z, x, y), req.query.v === tiles.version, 'public')
    },
  )
  if (basemap?.kind === 'pmtiles') {
    // PMTiles are read with HTTP range requests, which sendFile answers.
    app.get('/basemap/tiles.pmtiles', { config: { public: true }, schema: { hide: true } }, (_req, reply) =>
      reply.sendFile(path.basename(basemap.file), path.dirname(basemap.file)),
    )
  }
}
