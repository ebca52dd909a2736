/**
 * TIFF scans for the preview: Chromium cannot show TIFF, so utif2 decodes each
 * page to RGBA for a canvas. utif2 trusts the file's offsets and counts (a
 * looping page chain hangs it, a huge count allocates without end), so the
 * structure is checked here first: every directory and every value it points
 * at must lie inside the file, and no directory may be visited twice.
 */
import * as UTIF from 'utif2'
import { exactArrayBuffer } from './bytes'
import { PreviewError } from './previewError'

/** Larger pages are refused: 80 megapixels is an A3 sheet at 600 dpi, and 320 MB of RGBA. */
export const MAX_TIFF_PIXELS = 80_000_000
/** More directories than this (pages, thumbnails, EXIF blocks) is not a scan. */
const MAX_DIRECTORIES = 1000
/** Directories nested deeper than this (sub-IFDs of sub-IFDs…) are not followed. */
const MAX_DEPTH = 4

/** Bytes per value of each TIFF field type (1 BYTE … 13 IFD); unknown types are skipped by utif2. */
const TYPE_SIZE: Record<number, number> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  6: 1,
  7: 1,
  8: 2,
  9: 4,
  10: 8,
  11: 4,
  12: 8,
  13: 4,
}
/** Tags whose values are offsets of further directories, which utif2 follows. */
const SUB_IFD_TAGS = new Set([330, 34665, 34853, 61440])

export interface TiffPage {
  /** Pixel size. */
  width: number
  height: number
  /** Shown width / height: differs from width / height when the two resolutions differ (fax). */
  aspect: number
  ifd: UTIF.IFD
}

export interface TiffFile {
  buffer: ArrayBuffer
  ifds: UTIF.IFD[]
  pages: TiffPage[]
}

export interface RgbaImage {
  width: number
  height: number
  rgba: Uint8ClampedArray<ArrayBuffer>
}

/** Reads the page directories; throws a PreviewError for anything that is not a sound TIFF. */
export function openTiff(data: Uint8Array): TiffFile {
  const buffer = exactArrayBuffer(data)
  checkStructure(new Uint8Array(buffer))
  let ifds: UTIF.IFD[]
  try {
    ifds = decodeDirectories(buffer, { parseMN: false, debug: false })
  } catch (err) {
    throw new PreviewError('corrupt', String(err))
  }
  const images = ifds.filter(hasSize)
  // Reduced-resolution copies (thumbnails) and transparency masks are not pages,
  // unless the file holds nothing else.
  const full = images.filter((ifd) => (subfileType(ifd) & 0b101) === 0)
  const pages = (full.length > 0 ? full : images).map(toPage)
  if (pages.length === 0) throw new PreviewError('empty')
  return { buffer, ifds, pages }
}

/** Decodes one page to RGBA, 8 bits a channel. */
export function decodeTiffPage(
  file: TiffFile,
  page: TiffPage,
  maxPixels: number = MAX_TIFF_PIXELS,
): RgbaImage {
  const { width, height } = page
  if (width * height > maxPixels) throw new PreviewError('tooLarge', `${width}×${height}`)
  const samples = firstNumber(page.ifd.t277) ?? 1
  const bits = firstNumber(page.ifd.t258) ?? 1
  if (samples < 1 || samples > 8 || bits < 1 || bits > 32) {
    throw new PreviewError('unsupported', `${samples} samples of ${bits} bits`)
  }
  // utif2 stores the pixels on the directory it is given; a copy keeps them
  // out of the long-lived TiffFile so they are freed once painted.
  const ifd: UTIF.IFD = { ...page.ifd }
  let rgba: Uint8Array
  try {
    decodeImage(file.buffer, ifd, file.ifds)
    if (!(ifd.data instanceof Uint8Array)) throw new Error('no image data')
    rgba = UTIF.toRGBA8(ifd)
  } catch (err) {
    if (err instanceof PreviewError) throw err
    throw new PreviewError('corrupt', String(err))
  }
  if (rgba.length !== width * height * 4) throw new PreviewError('unsupported', `${rgba.length} bytes`)
  const pixels = new Uint8ClampedArray(width * height * 4)
  pixels.set(rgba)
  return { width, height, rgba: pixels }
}

/** utif2's types omit the options and the directory list both functions take. */
const decodeDirectories = UTIF.decode as unknown as (
  buffer: ArrayBuffer,
  options: { parseMN: boolean; debug: boolean },
) => UTIF.IFD[]
function decodeImage(buffer: ArrayBuffer, ifd: UTIF.IFD, all: UTIF.IFD[]): void {
  ;(UTIF.decodeImage as unknown as (b: ArrayBuffer, i: UTIF.IFD, all: UTIF.IFD[]) => void)(buffer, ifd, all)
}

function hasSize(ifd: UTIF.IFD): boolean {
  const w = firstNumber(ifd.t256)
  const h = firstNumber(ifd.t257)
  return w !== undefined && h !== undefined && w > 0 && h > 0
}

function subfileType(ifd: UTIF.IFD): number {
  return firstNumber(ifd.t254) ?? 0
}

function toPage(ifd: UTIF.IFD): TiffPage {
  const width = firstNumber(ifd.t256) as number
  const height = firstNumber(ifd.t257) as number
  return { width, height, aspect: displayAspect(width, height, rational(ifd.t282), rational(ifd.t283)), ifd }
}

/**
 * Width / height as the page should look: a fax at 204×98 dpi is twice as
 * wide in pixels as on paper. Resolutions that are missing, or differ by more
 * than four times (nonsense), are ignored.
 */
export function displayAspect(
  width: number,
  height: number,
  xResolution?: number,
  yResolution?: number,
): number {
  const square = width / height
  if (!xResolution || !yResolution || !(xResolution > 0) || !(yResolution > 0)) return square
  const ratio = xResolution / yResolution
  if (ratio < 0.25 || ratio > 4) return square
  return square / ratio
}

function firstNumber(value: unknown): number | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined
  const first: unknown = value[0]
  return typeof first === 'number' && Number.isFinite(first) ? first : undefined
}

/** utif2 reads RATIONALs as [[numerator, denominator]]. */
function rational(value: unknown): number | undefined {
  if (!Array.isArray(value) || !Array.isArray(value[0])) return undefined
  const [num, den] = value[0] as unknown[]
  return typeof num === 'number' && typeof den === 'number' && den > 0 ? num / den : undefined
}

/**
 * Walks the directory chain and every directory utif2 would follow, checking
 * that all of it lies inside the file. Throws PreviewError('corrupt'), or
 * 'unsupported' for BigTIFF.
 */
export function checkStructure(bytes: Uint8Array): void {
  const corrupt = (why: string) => new PreviewError('corrupt', why)
  if (bytes.length < 8) throw corrupt('too short')
  const order = String.fromCharCode(bytes[0], bytes[1])
  if (order !== 'II' && order !== 'MM') throw corrupt('not a TIFF')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const le = order === 'II'
  const u16 = (at: number) => view.getUint16(at, le)
  const u32 = (at: number) => view.getUint32(at, le)
  const magic = u16(2)
  if (magic === 43) throw new PreviewError('unsupported', 'BigTIFF')
  if (magic !== 42) throw corrupt('not a TIFF')

  const seen = new Set<number>()
  let visited = 0
  const inside = (at: number, length: number) => at >= 0 && length >= 0 && at + length <= bytes.length

  /** The values utif2 reads for an integer-typed entry (it follows them as directory offsets for sub-IFD tags). */
  function integers(type: number, n: number, at: number): number[] {
    const out: number[] = []
    for (let i = 0; i < n; i++) {
      if (type === 1 || type === 7) out.push(bytes[at + i])
      else if (type === 3) out.push(u16(at + 2 * i))
      else if (type === 8) out.push(view.getInt16(at + 2 * i, le))
      else if (type === 4 || type === 13) out.push(u32(at + 4 * i))
      else if (type === 9) out.push(view.getInt32(at + 4 * i, le))
      else break
    }
    return out
  }

  /** Checks the directory at `at`; returns where its entries end. */
  function directory(at: number, depth: number): number {
    if (depth > MAX_DEPTH) throw corrupt('directories nested too deep')
    if (seen.has(at)) throw corrupt(`directory at ${at} visited twice`)
    seen.add(at)
    if (++visited > MAX_DIRECTORIES) throw corrupt('too many directories')
    if (!inside(at, 2)) throw corrupt(`directory at ${at} outside the file`)
    const count = u16(at)
    const end = at + 2 + count * 12
    if (!inside(at, 2 + count * 12)) throw corrupt(`directory at ${at} runs past the end`)
    for (let entry = at + 2; entry < end; entry += 12) {
      const tag = u16(entry)
      const type = u16(entry + 2)
      const n = u32(entry + 4)
      const size = TYPE_SIZE[type]
      if (size === undefined) continue
      const length = n * size
      const valueAt = length <= 4 ? entry + 8 : u32(entry + 8)
      if (length > 4 && !inside(valueAt, length)) throw corrupt(`tag ${tag} points outside the file`)
      if (SUB_IFD_TAGS.has(tag)) {
        for (const offset of integers(type, n, valueAt)) directory(offset, depth + 1)
      }
      if (tag === 50740) {
        // DNG private data, which utif2 may take for a directory: camera raw, not a scan.
        if (type !== 1 && type !== 7) throw new PreviewError('unsupported', 'DNG private data')
        if (n >= 4) {
          const target = u32(valueAt)
          if (inside(target, 2) && u16(target) < 300) directory(target, depth + 1)
        }
      }
    }
    return end
  }

  let next = u32(4)
  if (next === 0) throw corrupt('no directory')
  for (let first = true; next !== 0; first = false) {
    // utif2 stops at a directory whose first entry has no valid type; so do we,
    // after the first one (a file whose first directory is broken is corrupt).
    if (inside(next, 6) && u16(next) !== 0 && (u16(next + 4) < 1 || u16(next + 4) > 13)) {
      if (first) throw corrupt('first directory is not valid')
      break
    }
    const end = directory(next, 0)
    if (!inside(end, 4)) throw corrupt('page chain runs past the end')
    next = u32(end)
  }
}
