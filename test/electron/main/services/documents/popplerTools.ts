/**
 * Renders PDFs with poppler-utils (pdftoppm, pdftotext), installed by .ci/run,
 * so tests look at what a printer would get rather than at pdf-lib's objects.
 */
import { execFile } from 'node:child_process'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface GrayImage {
  width: number
  height: number
  /** One byte per pixel, 0 black … 255 white, row by row. */
  pixels: Uint8Array
}

/** Every page at `dpi` as 8-bit gray (PGM), in page order. */
export async function renderGray(pdfPath: string, outDir: string, dpi = 72): Promise<GrayImage[]> {
  await run('pdftoppm', ['-r', String(dpi), '-gray', pdfPath, join(outDir, 'page')])
  const files = (await readdir(outDir)).filter((f) => f.endsWith('.pgm')).sort()
  return Promise.all(files.map(async (f) => parsePgm(await readFile(join(outDir, f)))))
}

export async function pageText(pdfPath: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdfPath, '-'])
  return stdout
}

/** Binary PGM (P5): magic, width, height, maxval as whitespace-separated text, then the pixels. */
export function parsePgm(data: Buffer): GrayImage {
  const fields: number[] = []
  let pos = 2
  while (fields.length < 3) {
    while (/\s/.test(String.fromCharCode(data[pos]))) pos++
    if (data[pos] === 0x23) {
      while (data[pos] !== 0x0a) pos++
      continue
    }
    const start = pos
    while (!/\s/.test(String.fromCharCode(data[pos]))) pos++
    fields.push(Number(data.subarray(start, pos).toString('ascii')))
  }
  if (data.subarray(0, 2).toString('ascii') !== 'P5' || fields[2] !== 255)
    throw new Error('not an 8-bit P5 PGM')
  const [width, height] = fields
  return { width, height, pixels: data.subarray(pos + 1, pos + 1 + width * height) }
}

/** Darkest pixel inside a box given in image pixels. */
export function darkest(image: GrayImage, x0: number, y0: number, x1: number, y1: number): number {
  let min = 255
  for (let y = Math.max(0, y0); y < Math.min(image.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(image.width, x1); x++) {
      min = Math.min(min, image.pixels[y * image.width + x])
    }
  }
  return min
}
