import { describe, expect, it } from 'vitest'
import { PreviewError } from '../../../../renderer/src/components/preview/previewError'
import {
  checkStructure,
  decodeTiffPage,
  displayAspect,
  openTiff,
} from '../../../../renderer/src/components/preview/tiff'
import { buildTiff, firstDirectory, patch32, rgbPage } from './tiffFixture'

function reasonOf(run: () => unknown): string {
  try {
    run()
  } catch (err) {
    if (err instanceof PreviewError) return err.reason
    throw err
  }
  throw new Error('did not throw')
}

describe('openTiff and decodeTiffPage', () => {
  it('decodes an RGB page to RGBA, pixel for pixel', () => {
    const file = openTiff(buildTiff([rgbPage(4, 3)]))
    expect(file.pages.map((p) => [p.width, p.height])).toEqual([[4, 3]])
    const image = decodeTiffPage(file, file.pages[0])
    expect([image.width, image.height, image.rgba.length]).toEqual([4, 3, 48])
    const at = (x: number, y: number) => [...image.rgba.slice((y * 4 + x) * 4, (y * 4 + x) * 4 + 4)]
    expect(at(0, 0)).toEqual([0, 0, 7, 255])
    expect(at(3, 2)).toEqual([3, 2, 7, 255])
  })

  it('reads big-endian files too', () => {
    const file = openTiff(buildTiff([rgbPage(2, 2)], { bigEndian: true }))
    expect([...decodeTiffPage(file, file.pages[0]).rgba.slice(12, 16)]).toEqual([1, 1, 7, 255])
  })

  it('lists every page of a multi-page scan, leaving out thumbnails', () => {
    const file = openTiff(
      buildTiff([rgbPage(5, 5), rgbPage(2, 2, { subfileType: 1 }), rgbPage(6, 4), rgbPage(3, 7)]),
    )
    expect(file.pages.map((p) => `${p.width}x${p.height}`)).toEqual(['5x5', '6x4', '3x7'])
    expect([...decodeTiffPage(file, file.pages[2]).rgba.slice(-4)]).toEqual([2, 6, 7, 255])
  })

  it('shows a bilevel WhiteIsZero scan black on white', () => {
    // 8×1 pixels, bits 1010 0000: black, white, black, then white.
    const file = openTiff(
      buildTiff([{ width: 8, height: 1, samples: 1, pixels: new Uint8Array([0b1010_0000]) }]),
    )
    const rgba = decodeTiffPage(file, file.pages[0]).rgba
    expect([rgba[0], rgba[4], rgba[8], rgba[12]]).toEqual([0, 255, 0, 255])
  })

  it('reads the file from a window onto a larger buffer', () => {
    const tiff = buildTiff([rgbPage(3, 2)])
    const big = new Uint8Array(tiff.length + 16).fill(0xee)
    big.set(tiff, 9)
    const file = openTiff(big.subarray(9, 9 + tiff.length))
    expect([...decodeTiffPage(file, file.pages[0]).rgba.slice(4, 8)]).toEqual([1, 0, 7, 255])
  })

  it('gives a fax page its paper proportions from the two resolutions', () => {
    const file = openTiff(buildTiff([rgbPage(8, 4, { xResolution: 204, yResolution: 98 })]))
    expect(file.pages[0].aspect).toBeCloseTo(8 / 204 / (4 / 98))
  })

  it('refuses a page larger than the pixel limit before decoding it', () => {
    const file = openTiff(buildTiff([rgbPage(10, 10)]))
    expect(reasonOf(() => decodeTiffPage(file, file.pages[0], 99))).toBe('tooLarge')
    expect(decodeTiffPage(file, file.pages[0], 100).width).toBe(10)
  })

  it('calls a file that is not a TIFF, or whose values lie outside it, corrupt', () => {
    expect(reasonOf(() => openTiff(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])))).toBe('corrupt')
    const tiff = buildTiff([rgbPage(2, 2)])
    // The first entry (NewSubfileType) claims 0x10000 LONGs at offset 8: past the end.
    const dir = firstDirectory(tiff)
    expect(reasonOf(() => openTiff(patch32(tiff, dir + 2 + 4, 0x10000)))).toBe('corrupt')
  })

  it('calls a file whose first directory is garbage corrupt, not empty', () => {
    const tiff = buildTiff([rgbPage(2, 2)])
    const dir = firstDirectory(tiff)
    const broken = tiff.slice()
    broken[dir + 4] = 0 // type of the first entry
    broken[dir + 5] = 0
    expect(reasonOf(() => openTiff(broken))).toBe('corrupt')
  })

  it('says BigTIFF is unsupported', () => {
    expect(
      reasonOf(() => openTiff(new Uint8Array([0x49, 0x49, 43, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))),
    ).toBe('unsupported')
  })
})

describe('checkStructure', () => {
  it('accepts a sound multi-page file', () => {
    expect(() => checkStructure(buildTiff([rgbPage(2, 2), rgbPage(3, 3)]))).not.toThrow()
  })

  it('refuses a page chain that loops back on itself (utif2 would never stop)', () => {
    const tiff = buildTiff([rgbPage(2, 2)])
    const dir = firstDirectory(tiff)
    const count = new DataView(tiff.buffer).getUint16(dir, true)
    const looped = patch32(tiff, dir + 2 + count * 12, dir)
    expect(reasonOf(() => checkStructure(looped))).toBe('corrupt')
    expect(() => checkStructure(looped)).toThrow(/visited twice/)
  })

  it('refuses a sub-IFD that points back at its own directory', () => {
    const probe = buildTiff([rgbPage(2, 2)])
    const dir = firstDirectory(probe)
    const tiff = buildTiff([rgbPage(2, 2)], { extraEntries: [[330, 4, 1, dir]] })
    expect(() => checkStructure(tiff)).toThrow(/visited twice/)
  })

  it('refuses a directory that starts or runs outside the file', () => {
    const tiff = buildTiff([rgbPage(2, 2)])
    expect(reasonOf(() => checkStructure(patch32(tiff, 4, tiff.length + 10)))).toBe('corrupt')
    expect(reasonOf(() => checkStructure(tiff.subarray(0, tiff.length - 6)))).toBe('corrupt')
  })
})

describe('displayAspect', () => {
  it('is width / height when both resolutions agree or are missing', () => {
    expect(displayAspect(200, 100, 300, 300)).toBe(2)
    expect(displayAspect(200, 100)).toBe(2)
  })

  it('ignores resolutions more than four times apart', () => {
    expect(displayAspect(200, 100, 1200, 100)).toBe(2)
  })
})
