import { describe, expect, it } from 'vitest'
import { exactArrayBuffer, plainBytes } from '../../../../renderer/src/components/preview/bytes'
import { MAX_PREVIEW_PAGES, capPages } from '../../../../renderer/src/components/preview/pageCap'
import {
  FALLBACK_CSS_WIDTH,
  imageCanvasSize,
  pdfRenderScale,
} from '../../../../renderer/src/components/preview/pageSize'
import { PreviewError, failureOf } from '../../../../renderer/src/components/preview/previewError'

describe('capPages', () => {
  it('shows every page up to 20, then 20 with a note', () => {
    expect(MAX_PREVIEW_PAGES).toBe(20)
    expect(capPages(1)).toEqual({ shown: 1, capped: false })
    expect(capPages(20)).toEqual({ shown: 20, capped: false })
    expect(capPages(21)).toEqual({ shown: 20, capped: true })
    expect(capPages(500)).toEqual({ shown: 20, capped: true })
  })

  it('shows nothing for no pages or a nonsense count', () => {
    expect(capPages(0)).toEqual({ shown: 0, capped: false })
    expect(capPages(-3)).toEqual({ shown: 0, capped: false })
    expect(capPages(Number.NaN)).toEqual({ shown: 0, capped: false })
  })
})

describe('pdfRenderScale', () => {
  const A4 = [595, 842] as const

  it('paints the page as wide as its container, in device pixels', () => {
    expect(pdfRenderScale(...A4, 700, 1)).toBeCloseTo(700 / 595)
    expect(pdfRenderScale(...A4, 700, 2)).toBeCloseTo(1400 / 595)
  })

  it('keeps the canvas under the pixel limit', () => {
    const scale = pdfRenderScale(...A4, 5000, 3, 1_000_000)
    expect(595 * scale * 842 * scale).toBeLessThanOrEqual(1_000_001)
  })

  it('falls back to a usual width while the container has none', () => {
    expect(pdfRenderScale(...A4, 0, 1)).toBeCloseTo(FALLBACK_CSS_WIDTH / 595)
  })
})

describe('imageCanvasSize', () => {
  it('never makes the canvas wider than the image', () => {
    expect(imageCanvasSize(400, 300, 400 / 300, 800, 2)).toEqual({ width: 400, height: 300 })
  })

  it('shrinks a large scan to the container and keeps its proportions', () => {
    expect(imageCanvasSize(2480, 3508, 2480 / 3508, 700, 1)).toEqual({ width: 700, height: 990 })
  })

  it('draws at the given aspect, not the pixel one (fax)', () => {
    expect(imageCanvasSize(1728, 1100, 0.755, 600, 1)).toEqual({ width: 600, height: 794 })
  })

  it('stays under the pixel limit', () => {
    const size = imageCanvasSize(20_000, 20_000, 1, 20_000, 1, 4_000_000)
    expect(size.width * size.height).toBeLessThanOrEqual(4_000_000)
  })
})

describe('failureOf', () => {
  it('keeps the reason of our own errors', () => {
    expect(failureOf(new PreviewError('tooLarge'))).toBe('tooLarge')
  })

  it('tells pdf.js failures apart by name', () => {
    expect(failureOf(Object.assign(new Error('No password given'), { name: 'PasswordException' }))).toBe(
      'password',
    )
    expect(
      failureOf(Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' })),
    ).toBe('corrupt')
  })

  it('calls anything else unknown', () => {
    expect(failureOf(new TypeError('x is not a function'))).toBe('unknown')
    expect(failureOf(null)).toBe('unknown')
  })
})

describe('plainBytes and exactArrayBuffer', () => {
  it('hand back the very buffer when the array spans all of it', () => {
    const data = new Uint8Array([1, 2, 3])
    expect(plainBytes(data).buffer).toBe(data.buffer)
    expect(exactArrayBuffer(data)).toBe(data.buffer)
  })

  it('keep exactly the window of a larger buffer', () => {
    const data = new Uint8Array([9, 1, 2, 3, 9]).subarray(1, 4)
    expect([...plainBytes(data)]).toEqual([1, 2, 3])
    expect(plainBytes(data).buffer).toBe(data.buffer)
    const exact = exactArrayBuffer(data)
    expect([...new Uint8Array(exact)]).toEqual([1, 2, 3])
    expect(exact).not.toBe(data.buffer)
  })

  it('copy out of a shared buffer', () => {
    const shared = new Uint8Array(new SharedArrayBuffer(3))
    shared.set([4, 5, 6])
    const plain = plainBytes(shared)
    expect(plain.buffer).toBeInstanceOf(ArrayBuffer)
    expect([...plain]).toEqual([4, 5, 6])
    expect(exactArrayBuffer(shared)).toBeInstanceOf(ArrayBuffer)
  })
})
