import { Type } from '@sinclair/typebox'
import type { FastifyReply } from 'fastify'
import { invalidField } from './problem.ts'

/** A tile's coordinates in its path, as web maps number them: /{z}/{x}/{y}.mvt. */
export const TileCoordinates = { z: Type.Integer({ minimum: 0 }), x: Type.Integer({ minimum: 0 }), y: Type.Integer({ minimum: 0 }) }

/** The version of the tiles the address was given with (a TileJSON or the basemap's description names it). */
export const TileQuery = (namedBy: string) =>
  Type.Object({ v: Type.Optional(Type.String({ description: `the version ${namedBy} named` })) }, { additionalProperties: false })

export const TileResponse = { description: 'a Mapbox Vector Tile', content: { 'application/vnd.mapbox-vector-tile': { schema: Type.String({ format: 'binary' }) } } }

/**
 * Checks z/x/y name a tile as web maps number them (0/0/0 the whole world, x and y from 0 to 2^z − 1) at a zoom the
 * server cuts tiles for; a map enlarges the tiles of `maxZoom` beyond it.
 */
export function checkTile(z: number, x: number, y: number, maxZoom: number): void {
  if (z > maxZoom) throw invalidField('/params/z', `tiles are cut up to zoom ${maxZoom}; the map enlarges those beyond it`)
  const side = 2 ** z
  for (const [name, v] of [['x', x], ['y', y]] as const) {
    if (v >= side) throw invalidField(`/params/${name}`, `${v} is not a tile at zoom ${z}: ${name} is 0 to ${side - 1}`)
  }
}

/**
 * Sends a tile. One asked for under the current version never changes: the browser keeps it for good under that
 * address. Asked for under another version, it is the current tile, to be checked again next time.
 */
export function sendTile(reply: FastifyReply, tile: Uint8Array, current: boolean, audience: 'public' | 'private') {
  reply.header('cache-control', `${audience}, ${current ? 'max-age=31536000, immutable' : 'no-cache'}`)
  return reply.type('application/vnd.mapbox-vector-tile').send(Buffer.from(tile.buffer, tile.byteOffset, tile.byteLength))
}
