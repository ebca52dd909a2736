/**
 * The QR code of a document's verification line as filled rectangles: the
 * module matrix of the qrcode package (deterministic for the same text),
 * with each row's runs of dark modules merged into one rectangle.
 */
import QRCode from 'qrcode'
import type { RectOp } from './drawOps'

/** Rectangles of a QR code whose top-left corner is at (x, top), `size` points wide. */
export function qrRects(text: string, x: number, top: number, size: number): RectOp[] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const n = modules.size
  const cell = size / n
  const rects: RectOp[] = []
  for (let row = 0; row < n; row++) {
    let col = 0
    while (col < n) {
      if (!modules.get(row, col)) {
        col++
        continue
      }
      const start = col
      while (col < n && modules.get(row, col)) col++
      // A hair of overlap keeps viewers from drawing seams between runs.
      rects.push({
        op: 'rect',
        x: x + start * cell,
        y: top - (row + 1) * cell - 0.05,
        width: (col - start) * cell,
        height: cell + 0.1,
        fill: 0,
      })
    }
  }
  return rects
}
