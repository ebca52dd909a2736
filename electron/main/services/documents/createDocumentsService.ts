/**
 * Printed documents: a document model in, a PDF out.
 *
 * render lays the model out (layoutDocument) with advance widths from the
 * full Noto SC face of its style, then writes the pages (renderPdf) with each
 * weight subset to the characters drawn. write also files the PDF under
 * `<dataDir>/documents/`, written atomically.
 *
 * The verification hash is SHA-256 over the model's canonical JSON; it is
 * printed on the last page and carried, with the type and number, in the QR
 * code, so a paper copy can be checked against the record it came from.
 */
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { canonicalDocumentText } from '../../../../shared/documents/canonicalDocumentText'
import type { DocumentModel } from '../../../../shared/documents/documentModel'
import type { MainPorts } from '../mainPorts'
import { resolveInside } from '../fsUtil/resolveInside'
import { writeFileAtomic } from '../fsUtil/writeFileAtomic'
import { type FontLocator, type FontWeight, fontFileName } from './fontFaces'
import { type LoadedFont, loadFont } from './fontStore'
import { layoutDocument } from './layoutDocument'
import { renderPdf } from './renderPdf'

export const DOCUMENTS_FOLDER = 'documents'

/** Marks the QR payload's layout, so a later scanner can tell versions apart. */
const QR_PREFIX = 'CDV1'

export interface RenderedDocument {
  pdf: Uint8Array
  sha256: string
  pages: number
}

export interface WrittenDocument {
  path: string
  fileName: string
  bytes: number
  sha256: string
  pages: number
}

export interface DocumentsService {
  render(model: DocumentModel): Promise<RenderedDocument>
  write(model: DocumentModel): Promise<WrittenDocument>
}

export interface DocumentsOptions {
  /** Where the Noto SC font files are (resources/fonts, or node_modules). */
  fonts: FontLocator
}

export function documentHash(model: DocumentModel): string {
  return createHash('sha256').update(canonicalDocumentText(model)).digest('hex')
}

export function createDocumentsService(
  ports: Pick<MainPorts, 'dataDir' | 'fs'>,
  options: DocumentsOptions,
): DocumentsService {
  const dir = join(ports.dataDir, DOCUMENTS_FOLDER)

  async function fontsFor(model: DocumentModel): Promise<Record<FontWeight, LoadedFont>> {
    const [regular, bold] = await Promise.all(
      (['regular', 'bold'] as const).map((w) => loadFont(options.fonts(fontFileName(model.style, w)))),
    )
    return { regular, bold }
  }

  async function render(model: DocumentModel): Promise<RenderedDocument> {
    const sha256 = documentHash(model)
    const fonts = await fontsFor(model)
    const pages = layoutDocument(
      model,
      { sha256, qrText: [QR_PREFIX, model.type, model.number, sha256].join('|') },
      (weight, char) => fonts[weight].advance(char),
    )
    const pdf = await renderPdf(pages, fonts, {
      title: model.title,
      author: model.company,
      subject: `${model.type} ${model.number}`,
      keywords: [model.type, model.number, `sha256:${sha256}`],
      date: new Date(model.issuedAt),
    })
    return { pdf, sha256, pages: pages.length }
  }

  return {
    render,
    async write(model) {
      const rendered = await render(model)
      const fileName = `${model.number.replace(/[\\/:*?"<>|\s]+/g, '_')}.pdf`
      const path = resolveInside(dir, fileName)
      if (!path) throw new Error(`document number ${model.number} is not a file name`)
      await ports.fs.mkdir(dir, { recursive: true })
      await writeFileAtomic(ports.fs, path, rendered.pdf)
      return { path, fileName, bytes: rendered.pdf.length, sha256: rendered.sha256, pages: rendered.pages }
    },
  }
}
