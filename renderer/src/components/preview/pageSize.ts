/** Pixel sizes for painting a page onto a canvas that is shown at the width of its container. */

/** Canvas backing stores above this many pixels are shrunk: memory, and Chromium's own canvas limits. */
export const MAX_CANVAS_PIXELS = 16_777_216

/** The width a page is laid out at when its container has none yet (a modal still opening). */
export const FALLBACK_CSS_WIDTH = 800

/**
 * The pdf.js viewport scale that paints a page of `width`×`height` PDF points
 * sharp at `cssWidth` CSS pixels on a screen of `devicePixelRatio`, shrunk so
 * the canvas stays under `maxPixels`.
 */
export function pdfRenderScale(
  width: number,
  height: number,
  cssWidth: number,
  devicePixelRatio: number,
  maxPixels: number = MAX_CANVAS_PIXELS,
): number {
  if (!(width > 0) || !(height > 0)) return 1
  const css = cssWidth > 0 ? cssWidth : FALLBACK_CSS_WIDTH
  const dpr = devicePixelRatio > 0 ? devicePixelRatio : 1
  const wanted = (css * dpr) / width
  const ceiling = Math.sqrt(maxPixels / (width * height))
  return Math.min(wanted, ceiling)
}

/**
 * The canvas size for an image of `width`×`height` pixels shown `aspect`
 * (width / height, which differs from width / height for a fax's unequal
 * resolutions) at `cssWidth`: never wider than the image itself, never above
 * `maxPixels`.
 */
export function imageCanvasSize(
  width: number,
  height: number,
  aspect: number,
  cssWidth: number,
  devicePixelRatio: number,
  maxPixels: number = MAX_CANVAS_PIXELS,
): { width: number; height: number } {
  const css = cssWidth > 0 ? cssWidth : FALLBACK_CSS_WIDTH
  const dpr = devicePixelRatio > 0 ? devicePixelRatio : 1
  const ratio = aspect > 0 && Number.isFinite(aspect) ? aspect : width / height
  let w = Math.min(width, Math.ceil(css * dpr))
  let h = w / ratio
  if (w * h > maxPixels) {
    const shrink = Math.sqrt(maxPixels / (w * h))
    w *= shrink
    h *= shrink
  }
  return { width: Math.max(1, Math.floor(w)), height: Math.max(1, Math.floor(h)) }
}
