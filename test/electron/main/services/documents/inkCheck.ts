/**
 * The glyph-ink check of glyphInk.test.ts for a whole document: every
 * distinct character the layout draws, in the weight it is drawn in, is set
 * alone in a box through the engine's font path and rendered by poppler; a
 * box without dark pixels is a glyph the printed document would lose.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DocumentModel } from '../../../../../shared/documents/documentModel'
import type { PageOps } from '../../../../../electron/main/services/documents/drawOps'
import {
  type FontWeight,
  fontFileName,
  fontsInNodeModules,
} from '../../../../../electron/main/services/documents/fontFaces'
import { loadFont } from '../../../../../electron/main/services/documents/fontStore'
import { layoutDocument } from '../../../../../electron/main/services/documents/layoutDocument'
import { PAGE_HEIGHT } from '../../../../../electron/main/services/documents/pageGeometry'
import { renderPdf } from '../../../../../electron/main/services/documents/renderPdf'
import { darkest, renderGray } from './popplerTools'

const BOX = 24
const COLUMNS = 20
const ROWS = 30
const LEFT = 40
const TOP = PAGE_HEIGHT - 60

interface Glyph {
  weight: FontWeight
  char: string
}

/** The characters `model` draws, once per weight, without the ones that never carry ink (spaces). */
export async function drawnGlyphs(model: DocumentModel): Promise<Glyph[]> {
  const fonts = await loadFonts(model.style)
  const pages = layoutDocument(model, { sha256: '0'.repeat(64), qrText: 'x' }, (weight, char) =>
    fonts[weight].advance(char),
  )
  const seen = new Map<string, Glyph>()
  for (const op of pages.flat()) {
    if (op.op !== 'text') continue
    for (const char of op.text) {
      if (/\s/u.test(char)) continue
      seen.set(`${op.weight}:${char}`, { weight: op.weight, char })
    }
  }
  return [...seen.values()]
}

async function loadFonts(style: DocumentModel['style']) {
  const locate = fontsInNodeModules()
  const [regular, bold] = await Promise.all([
    loadFont(locate(fontFileName(style, 'regular'))),
    loadFont(locate(fontFileName(style, 'bold'))),
  ])
  return { regular, bold }
}

function boxOf(index: number): { page: number; x: number; top: number } {
  const onPage = index % (COLUMNS * ROWS)
  return {
    page: Math.floor(index / (COLUMNS * ROWS)),
    x: LEFT + (onPage % COLUMNS) * BOX,
    top: TOP - Math.floor(onPage / COLUMNS) * BOX,
  }
}

/** The glyphs of `model` that leave no ink; [] when every one prints. */
export async function blankGlyphs(model: DocumentModel, dir: string): Promise<string[]> {
  const glyphs = await drawnGlyphs(model)
  const pages: PageOps[] = []
  glyphs.forEach(({ weight, char }, i) => {
    const { page, x, top } = boxOf(i)
    pages[page] ??= []
    pages[page].push({ op: 'text', x: x + 3, y: top - 19, size: 18, weight, text: char })
  })
  const pdf = await renderPdf(pages, await loadFonts(model.style), {
    title: 'ink',
    author: 'test',
    subject: 'ink',
    keywords: [],
    date: new Date(model.issuedAt),
  })
  const pdfPath = join(dir, `${model.type}-ink.pdf`)
  await writeFile(pdfPath, pdf)
  const images = await renderGray(pdfPath, await mkdtemp(join(dir, 'ink-')), 72)
  return glyphs
    .filter((_, i) => {
      const { page, x, top } = boxOf(i)
      const y0 = Math.round(images[page].height - top)
      return darkest(images[page], Math.round(x), y0, Math.round(x + BOX), y0 + BOX) > 160
    })
    .map((g) => `${g.weight}:${g.char}`)
}
