/**
 * MapLibre draws labels glyph by glyph on a 2D canvas of its own (`font-faces`), and lays the glyphs out itself, right
 * to left where the text is. That canvas takes its direction from the page, so in the Arabic interface the browser
 * mirrored brackets drawn alone: a site named "Field hospital (illustrative)" was labelled "Field hospital
 * )illustrative(". Every 2D canvas made off screen draws left to right instead; the app makes none of its own.
 */
export function drawGlyphsLeftToRight(): void {
  const getContext = OffscreenCanvas.prototype.getContext
  OffscreenCanvas.prototype.getContext = function (this: OffscreenCanvas, ...args: Parameters<typeof getContext>) {
    const context = getContext.apply(this, args)
    if (context instanceof OffscreenCanvasRenderingContext2D) context.direction = 'ltr'
    return context
  } as typeof getContext
}
