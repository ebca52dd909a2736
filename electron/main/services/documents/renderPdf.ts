/**
 * Writes laid-out pages as a PDF with pdf-lib.
 *
 * Fonts: each weight is cut down with HarfBuzz (harfbuzzSubset.ts) to exactly the
 * characters the pages draw in it, and that TrueType subset is embedded as it
 * is (`subset: false`). pdf-lib's own subsetter is never used: its fontkit
 * subsetting silently drops CJK glyphs.
 *
 * Same pages, same bytes: dates come from the caller, producer and creator
 * are fixed, the subset's name tag is derived from its characters, and
 * pdf-lib's name suffixes come from a seeded generator.
 */
import { createHash } from 'node:crypto'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, type PDFFont, type PDFPage, degrees, grayscale, setCharacterSpacing } from 'pdf-lib'
import { subsetTrueType } from './harfbuzzSubset'
import type { DrawOp, PageOps } from './drawOps'
import type { FontWeight } from './fontFaces'
import type { LoadedFont } from './fontStore'
import { PAGE_HEIGHT, PAGE_WIDTH } from './pageGeometry'

export const PRODUCER = '商务部工作台'

export interface PdfInfo {
  title: string
  author: string
  subject: string
  keywords: string[]
  /** Creation and modification date. */
  date: Date
}

export async function renderPdf(
  pages: PageOps[],
  fonts: Record<FontWeight, LoadedFont>,
  info: PdfInfo,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(fontkit)
  const embedded = await embedFonts(doc, pages, fonts)

  for (const ops of pages) {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT])
    for (const op of ops) drawOp(page, op, embedded)
  }

  doc.setTitle(info.title)
  doc.setAuthor(info.author)
  doc.setSubject(info.subject)
  doc.setKeywords(info.keywords)
  doc.setProducer(PRODUCER)
  doc.setCreator(PRODUCER)
  doc.setCreationDate(info.date)
  doc.setModificationDate(info.date)
  return doc.save({ useObjectStreams: true })
}

/** The characters drawn in each weight, sorted so the subset is the same for the same text. */
export function charactersByWeight(pages: PageOps[]): Record<FontWeight, string> {
  const sets: Record<FontWeight, Set<string>> = { regular: new Set(), bold: new Set() }
  for (const ops of pages) {
    for (const op of ops) if (op.op === 'text') for (const char of op.text) sets[op.weight].add(char)
  }
  const text = (set: Set<string>) => Array.from(set).sort().join('')
  return { regular: text(sets.regular), bold: text(sets.bold) }
}

/** Layout and vertical-metrics tables: see embedFonts. */
export const DROPPED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'vhea', 'vmtx', 'VORG'] as const

async function embedFonts(
  doc: PDFDocument,
  pages: PageOps[],
  fonts: Record<FontWeight, LoadedFont>,
): Promise<Partial<Record<FontWeight, PDFFont>>> {
  const chars = charactersByWeight(pages)
  const embedded: Partial<Record<FontWeight, PDFFont>> = {}
  for (const weight of ['regular', 'bold'] as const) {
    if (!chars[weight]) continue
    const font = fonts[weight]
    // No layout features: the layout measured each character's own advance,
    // and fontkit's contextual alternates turned digits after Latin letters
    // into spaced-out forms (GCS-4 0 0 0). No vertical metrics either, and no
    // hinting (it only helps screens at small sizes; these are printed).
    const subset = await subsetTrueType(font.bytes, chars[weight], { dropTables: DROPPED_TABLES })
    embedded[weight] = await doc.embedFont(subset, {
      subset: false,
      customName: `${subsetTag(chars[weight])}+${font.postscriptName}`,
    })
  }
  return embedded
}

/** The six capital letters PDF puts before a subset font's name, from its characters. */
function subsetTag(chars: string): string {
  const digest = createHash('sha256').update(chars).digest()
  return Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('')
}

function drawOp(page: PDFPage, op: DrawOp, fonts: Partial<Record<FontWeight, PDFFont>>): void {
  switch (op.op) {
    case 'text': {
      const font = fonts[op.weight]
      if (!font || !op.text) return
      if (op.charSpacing) page.pushOperators(setCharacterSpacing(op.charSpacing))
      page.drawText(op.text, {
        x: op.x,
        y: op.y,
        size: op.size,
        font,
        color: grayscale(op.gray ?? 0),
        ...(op.rotate ? { rotate: degrees(op.rotate) } : {}),
      })
      if (op.charSpacing) page.pushOperators(setCharacterSpacing(0))
      return
    }
    case 'rect':
      page.drawRectangle({
        x: op.x,
        y: op.y,
        width: op.width,
        height: op.height,
        color: op.fill === undefined ? undefined : grayscale(op.fill),
        borderColor: op.stroke === undefined ? undefined : grayscale(op.stroke),
        borderWidth: op.stroke === undefined ? 0 : (op.lineWidth ?? 0.5),
      })
      return
    case 'line':
      page.drawLine({
        start: { x: op.x1, y: op.y1 },
        end: { x: op.x2, y: op.y2 },
        thickness: op.lineWidth,
        color: grayscale(op.gray),
      })
      return
  }
}
