/** Writes small uncompressed TIFFs for the tests: one directory per page, strips of raw samples. */

export interface FixturePage {
  width: number
  height: number
  /** 1 (bilevel, WhiteIsZero) or 3 (RGB). */
  samples: 1 | 3
  /** Raw pixel bytes: RGB triplets, or 1-bit rows padded to a byte. */
  pixels: Uint8Array
  subfileType?: number
  xResolution?: number
  yResolution?: number
}

export interface FixtureOptions {
  bigEndian?: boolean
  /** Extra entries appended to the first page's directory: [tag, type, count, value or offset]. */
  extraEntries?: [number, number, number, number][]
}

export function buildTiff(pages: FixturePage[], options: FixtureOptions = {}): Uint8Array {
  const le = !options.bigEndian
  const chunks: number[] = []
  const u8 = (...values: number[]) => chunks.push(...values)
  const u16 = (v: number) => (le ? u8(v & 0xff, v >> 8) : u8(v >> 8, v & 0xff))
  const u32 = (v: number) =>
    le
      ? u8(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >>> 24)
      : u8(v >>> 24, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff)
  const put32 = (at: number, v: number) => {
    const bytes = le
      ? [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >>> 24]
      : [v >>> 24, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff]
    bytes.forEach((b, i) => (chunks[at + i] = b))
  }
  u8(...(le ? [0x49, 0x49] : [0x4d, 0x4d]))
  u16(42)
  let nextPointer = chunks.length
  u32(0)
  pages.forEach((page, index) => {
    const dataAt = chunks.length
    u8(...page.pixels)
    if (chunks.length % 2) u8(0)
    const bitsAt = chunks.length
    if (page.samples === 3) [8, 8, 8].forEach(u16)
    const resolutionAt = chunks.length
    u32(page.xResolution ?? 300)
    u32(1)
    u32(page.yResolution ?? 300)
    u32(1)
    const entries: [number, number, number, number][] = [
      [254, 4, 1, page.subfileType ?? 0],
      [256, 4, 1, page.width],
      [257, 4, 1, page.height],
      [258, 3, page.samples, page.samples === 3 ? bitsAt : 1],
      [259, 3, 1, 1],
      [262, 3, 1, page.samples === 3 ? 2 : 0],
      [273, 4, 1, dataAt],
      [277, 3, 1, page.samples],
      [278, 4, 1, page.height],
      [279, 4, 1, page.pixels.length],
      [282, 5, 1, resolutionAt],
      [283, 5, 1, resolutionAt + 8],
      ...(index === 0 ? (options.extraEntries ?? []) : []),
    ]
    const directoryAt = chunks.length
    put32(nextPointer, directoryAt)
    u16(entries.length)
    for (const [tag, type, count, value] of entries) {
      u16(tag)
      u16(type)
      u32(count)
      if (type === 3 && count === 1) {
        u16(value)
        u16(0)
      } else u32(value)
    }
    nextPointer = chunks.length
    u32(0)
  })
  return new Uint8Array(chunks)
}

/** Sets the 32-bit word at `at` (for breaking a fixture on purpose). */
export function patch32(tiff: Uint8Array, at: number, value: number, bigEndian = false): Uint8Array {
  const copy = tiff.slice()
  new DataView(copy.buffer).setUint32(at, value, !bigEndian)
  return copy
}

/** Where the first directory starts. */
export function firstDirectory(tiff: Uint8Array, bigEndian = false): number {
  return new DataView(tiff.buffer, tiff.byteOffset).getUint32(4, !bigEndian)
}

/** An RGB page whose pixel (x, y) is (x, y, 7). */
export function rgbPage(width: number, height: number, extra: Partial<FixturePage> = {}): FixturePage {
  const pixels = new Uint8Array(width * height * 3)
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels.set([x, y, 7], (y * width + x) * 3)
  return { width, height, samples: 3, pixels, ...extra }
}
