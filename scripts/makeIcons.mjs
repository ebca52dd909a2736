// Draws the app icon and writes resources/icon.png (256×256: the window on
// Linux, the AppImage and .deb) and resources/icon.ico (16–256: the Windows
// executable, installer and shortcuts). Both are committed; run this again
// only to change the design: `node scripts/makeIcons.mjs`.
//
// The design is a blue rounded square with a white 商 (Noto Sans SC Bold, the
// font the PDFs use, taken as an outline so the icon does not depend on an
// installed font). Chromium (never downloaded: /usr/bin/chromium or
// CHROMIUM_PATH) rasterises the SVG at each size, so small sizes are drawn,
// not shrunk.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'
import fontkit from '@pdf-lib/fontkit'
import { chromium } from '@playwright/test'

const require = createRequire(import.meta.url)
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]

/** The icon as SVG on a 256 grid. */
function iconSvg() {
  const fontFile = join(
    dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json')),
    '700Bold/NotoSansSC_700Bold.ttf',
  )
  const font = fontkit.create(readFileSync(fontFile))
  const glyph = font.glyphForCodePoint('商'.codePointAt(0))
  const { minX, minY, maxX, maxY } = glyph.bbox
  // The glyph fills 150 of the 256 units, centred on its ink, y flipped (font units grow upwards).
  const scale = 150 / Math.max(maxX - minX, maxY - minY)
  const tx = 128 - ((minX + maxX) / 2) * scale
  const ty = 128 + ((minY + maxY) / 2) * scale
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#339af0"/>
      <stop offset="1" stop-color="#1864ab"/>
    </linearGradient>
  </defs>
  <rect x="8" y="8" width="240" height="240" rx="52" fill="url(#bg)"/>
  <rect x="8.5" y="8.5" width="239" height="239" rx="51.5" fill="none" stroke="#0b4a85" stroke-opacity="0.35"/>
  <path fill="#ffffff" transform="translate(${tx.toFixed(2)} ${ty.toFixed(2)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" d="${glyph.path.toSVG()}"/>
</svg>`
}

/** RGBA pixels (not premultiplied) of the SVG drawn at each size. */
async function rasterise(svg, sizes) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  })
  try {
    const page = await browser.newPage()
    const result = await page.evaluate(
      // Runs in the page.
      /* global Image, document */
      async ({ svg, sizes }) => {
        const image = new Image()
        image.src = `data:image/svg+xml;base64,${btoa(svg)}`
        await image.decode()
        return sizes.map((size) => {
          const canvas = document.createElement('canvas')
          canvas.width = size
          canvas.height = size
          const context = canvas.getContext('2d')
          context.imageSmoothingQuality = 'high'
          context.drawImage(image, 0, 0, size, size)
          return Array.from(context.getImageData(0, 0, size, size).data)
        })
      },
      { svg, sizes },
    )
    return result.map((data) => Uint8Array.from(data))
  } finally {
    await browser.close()
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(bytes) {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** An RGBA PNG, 8 bits per channel, no filtering. */
function png(size, rgba) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8)
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A 32-bit BGRA icon image (BITMAPINFOHEADER, bottom-up, with the 1-bit AND mask every reader expects). */
function dib(size, rgba) {
  const header = Buffer.alloc(40)
  header.writeUInt32LE(40, 0)
  header.writeInt32LE(size, 4)
  header.writeInt32LE(size * 2, 8) // colour rows + mask rows
  header.writeUInt16LE(1, 12)
  header.writeUInt16LE(32, 14)
  const pixels = Buffer.alloc(size * size * 4)
  const maskStride = Math.ceil(size / 32) * 4
  const mask = Buffer.alloc(maskStride * size)
  for (let y = 0; y < size; y++) {
    const row = size - 1 - y
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4
      const to = (row * size + x) * 4
      pixels[to] = rgba[from + 2]
      pixels[to + 1] = rgba[from + 1]
      pixels[to + 2] = rgba[from]
      pixels[to + 3] = rgba[from + 3]
      if (rgba[from + 3] === 0) mask[row * maskStride + (x >> 3)] |= 0x80 >> (x & 7)
    }
  }
  return Buffer.concat([header, pixels, mask])
}

/** An ICO file: the 256 image as PNG (as Windows Vista and later store it), the smaller ones as bitmaps. */
function ico(images) {
  const directory = Buffer.alloc(6 + 16 * images.length)
  directory.writeUInt16LE(0, 0)
  directory.writeUInt16LE(1, 2)
  directory.writeUInt16LE(images.length, 4)
  let offset = directory.length
  images.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i
    directory[at] = size >= 256 ? 0 : size // 0 means 256
    directory[at + 1] = size >= 256 ? 0 : size
    directory.writeUInt16LE(1, at + 4) // planes
    directory.writeUInt16LE(32, at + 6) // bits per pixel
    directory.writeUInt32LE(data.length, at + 8)
    directory.writeUInt32LE(offset, at + 12)
    offset += data.length
  })
  return Buffer.concat([directory, ...images.map((image) => image.data)])
}

const pixels = await rasterise(iconSvg(), ICO_SIZES)
const bySize = new Map(ICO_SIZES.map((size, i) => [size, pixels[i]]))
writeFileSync(join(root, 'resources', 'icon.png'), png(256, bySize.get(256)))
writeFileSync(
  join(root, 'resources', 'icon.ico'),
  ico(
    ICO_SIZES.map((size) => ({
      size,
      data: size >= 256 ? png(size, bySize.get(size)) : dib(size, bySize.get(size)),
    })),
  ),
)
console.log('resources/icon.png and resources/icon.ico written')
