import type { ExpressionSpecification } from 'maplibre-gl'

/*
 * MapLibre compiles one GPU program per layer type and set of paint properties read per feature. A device without a
 * GPU (software WebGL, as on many field laptops and remote desktops) compiles each before the map's first picture,
 * tens of milliseconds apiece (docs/PERFORMANCE.md, "The map in a browser"). So every layer of a type reads the same
 * properties per feature, even where its value is one constant: the whole map then needs one program per type.
 */

type Value = string | number | number[] | ExpressionSpecification

const isExpression = (v: Value): v is ExpressionSpecification => Array.isArray(v) && typeof v[0] === 'string'

/** A value read per feature, though the same for all: `['id']` makes the expression depend on the feature. */
export function perFeature(value: Value): ExpressionSpecification {
  if (isExpression(value)) return value
  return ['let', 'feature', ['id'], Array.isArray(value) ? ['literal', value] : value] as ExpressionSpecification
}

/** A colour made transparent per feature: a per-feature opacity folded into the colour keeps the fill program shared. */
export const withAlpha = (colour: ExpressionSpecification | string, alpha: ExpressionSpecification): ExpressionSpecification => [
  'let',
  'rgba',
  ['to-rgba', colour],
  ['rgba', ['at', 0, ['var', 'rgba']], ['at', 1, ['var', 'rgba']], ['at', 2, ['var', 'rgba']], alpha],
]

/** A fill layer's paint: its colour per feature, no antialiased outline (an outline is one more program and pass). */
export const fillPaint = (colour: Value, opacity = 1) => ({ 'fill-color': perFeature(colour), 'fill-opacity': opacity, 'fill-antialias': false })

/** A line layer's paint, every property per feature; a solid line is a dash pattern without gaps. */
export const linePaint = (p: { colour: Value; width: Value; opacity?: Value; dasharray?: Value }) => ({
  'line-color': perFeature(p.colour),
  'line-width': perFeature(p.width),
  'line-opacity': perFeature(p.opacity ?? 1),
  'line-dasharray': perFeature(p.dasharray ?? [1, 0]),
})

/** A circle layer's paint, with the colours, radius and stroke width per feature. */
export const circlePaint = (p: { colour: Value; radius: Value; strokeColour: Value; strokeWidth: Value; opacity?: number }) => ({
  'circle-color': perFeature(p.colour),
  'circle-radius': perFeature(p.radius),
  'circle-stroke-color': perFeature(p.strokeColour),
  'circle-stroke-width': perFeature(p.strokeWidth),
  'circle-opacity': p.opacity ?? 1,
})
