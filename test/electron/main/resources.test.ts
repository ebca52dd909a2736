import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..', '..')
const read = (path: string) => readFileSync(join(root, path))
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Width and height from a PNG's IHDR, which the format puts first. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
  expect(png.toString('ascii', 12, 16)).toBe('IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/** The images an ICO's directory lists, each with its size as the directory and its own header say. */
function icoImages(ico: Buffer): { listed: number; actual: number; format: 'png' | 'bmp' }[] {
  expect(ico.readUInt16LE(0)).toBe(0)
  expect(ico.readUInt16LE(2)).toBe(1) // 1 = icon
  const count = ico.readUInt16LE(4)
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i
    const listed = ico[at] === 0 ? 256 : ico[at] // 0 means 256
    const length = ico.readUInt32LE(at + 8)
    const offset = ico.readUInt32LE(at + 12)
    expect(offset + length).toBeLessThanOrEqual(ico.length)
    const data = ico.subarray(offset, offset + length)
    if (data.subarray(0, 8).equals(PNG_SIGNATURE))
      return { listed, actual: pngSize(data).width, format: 'png' }
    expect(data.readUInt32LE(0)).toBe(40) // BITMAPINFOHEADER
    return { listed, actual: data.readInt32LE(4), format: 'bmp' }
  })
}

/** The value of `key` inside a top-level section of electron-builder.yml. */
function builderSetting(section: string, key: string): string | undefined {
  const lines = read('electron-builder.yml').toString('utf8').split('\n')
  const start = lines.indexOf(`${section}:`)
  if (start < 0) return undefined
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break // the next top-level section
    const match = new RegExp(`^\\s+${key}:\\s*(\\S+)`).exec(line)
    if (match) return match[1]
  }
  return undefined
}

describe('resources/ icons', () => {
  it('has a 256×256 PNG for the window and Linux', () => {
    expect(pngSize(read('resources/icon.png'))).toEqual({ width: 256, height: 256 })
  })

  it('has an ICO whose directory lists 16 to 256 pixels, each image the size it is listed as', () => {
    const images = icoImages(read('resources/icon.ico'))
    expect(images.map((i) => i.listed)).toEqual(expect.arrayContaining([16, 32, 48, 256]))
    for (const image of images) expect(image.actual).toBe(image.listed)
  })

  it('names both icons in electron-builder.yml and ships them from resources/', () => {
    expect(builderSetting('win', 'icon')).toBe('resources/icon.ico')
    expect(builderSetting('linux', 'icon')).toBe('resources/icon.png')
    for (const section of ['win', 'linux']) {
      expect(existsSync(join(root, builderSetting(section, 'icon') ?? 'missing'))).toBe(true)
    }
    expect(read('electron-builder.yml').toString('utf8')).toMatch(/extraResources:\n\s+- resources\/\*\*/)
  })
})
