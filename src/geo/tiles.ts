import { invalidField } from '../http/problem.ts'

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
