/**
 * Full font files, read once per process. A Noto SC face is 10–15 MB; every
 * document subsets from the same bytes, so they stay in memory after the
 * first document. Advance widths for layout come from the full font through
 * fontkit (it reads tables lazily, so only cmap and hmtx entries that are
 * looked up cost anything).
 */
import { readFile } from 'node:fs/promises'
import fontkit from '@pdf-lib/fontkit'

export interface LoadedFont {
  /** A Buffer, not a plain Uint8Array: subset-font sniffs the format with Buffer methods. */
  bytes: Buffer
  /** Advance width of one character, in em (1 = the font size). */
  advance(char: string): number
  postscriptName: string
}

const cache = new Map<string, Promise<LoadedFont>>()

export function loadFont(path: string): Promise<LoadedFont> {
  let font = cache.get(path)
  if (!font) {
    font = readAndParse(path)
    // A failed read is not cached: the next document tries again.
    font.catch(() => cache.delete(path))
    cache.set(path, font)
  }
  return font
}

async function readAndParse(path: string): Promise<LoadedFont> {
  const bytes = await readFile(path)
  const face = fontkit.create(bytes)
  const perEm = face.unitsPerEm
  const advances = new Map<string, number>()
  return {
    bytes,
    postscriptName: face.postscriptName ?? 'NotoSC',
    advance(char) {
      let width = advances.get(char)
      if (width === undefined) {
        const cp = char.codePointAt(0) ?? 0
        width = face.hasGlyphForCodePoint(cp) ? face.glyphForCodePoint(cp).advanceWidth / perEm : 1
        advances.set(char, width)
      }
      return width
    },
  }
}
