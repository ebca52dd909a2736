/**
 * Printed documents: a document model in, a PDF out.
 *
 * render lays the model out (layoutDocument) with advance widths from the
 * full Noto SC face of its style, then writes the pages (renderPdf) with each
 * weight subset to the characters drawn. write also files the PDF under
 * `<dataDir>/documents/<type>/<YYYY-MM>/` (names: documentPaths.ts) and never
 * replaces a saved file: a saved PDF is the document of record, the one a
 * signed paper or a customer's copy was printed from. The same bytes again
 * give back the file already there; other content under a taken name gets
 * the next copy name, the name claimed and written in one step
 * (writeFileExclusive). open and print hand a saved file to the operating
 * system (MainPorts.shell).
 *
 * The verification hash is SHA-256 over the model's canonical JSON; it is
 * printed on the last page and carried, with the type and number, in the QR
 * code, so a paper copy can be checked against the record it came from.
 */
import { createHash } from 'node:crypto'
import { dirname, join } from 'node:path'
import { AppFailure } from '../../../../shared/errors/appFailure'
import { canonicalDocumentText } from '../../../../shared/documents/canonicalDocumentText'
import type { DocumentModel } from '../../../../shared/documents/documentModel'
import type { MainPorts } from '../mainPorts'
import { writeFileExclusive } from '../fsUtil/writeFileExclusive'
import { type FontLocator, type FontWeight, fontFileName } from './fontFaces'
import { type LoadedFont, loadFont } from './fontStore'
import { layoutDocument } from './layoutDocument'
import { renderPdf } from './renderPdf'
import { documentFileName, documentFolder, documentStem, resolveDocumentPath } from './documentPaths'

export const DOCUMENTS_FOLDER = 'documents'

/** Marks the QR payload's layout, so a later scanner can tell versions apart. */
const QR_PREFIX = 'CDV1'

/** More copies of one name than anyone prints: past it something is wrong with the folder. */
const MAX_COPIES = 10_000

export interface RenderedDocument {
  pdf: Uint8Array
  sha256: string
  pages: number
}

export interface WrittenDocument {
  /** Relative to the documents folder, `/`-separated: what open and print take. */
  path: string
  /** The absolute path, for telling the clerk where the file is. */
  fullPath: string
  fileName: string
  bytes: number
  sha256: string
  pages: number
}

export interface DocumentsService {
  render(model: DocumentModel): Promise<RenderedDocument>
  write(model: DocumentModel): Promise<WrittenDocument>
  /** Opens a saved document (path as write returned it) in the system viewer. */
  open(path: string): Promise<{ path: string }>
  /** Sends a saved document to the system's print verb. */
  print(path: string): Promise<{ path: string }>
}

export interface DocumentsOptions {
  /** Where the Noto SC font files are (resources/fonts, or node_modules). */
  fonts: FontLocator
}

export function documentHash(model: DocumentModel): string {
  return createHash('sha256').update(canonicalDocumentText(model)).digest('hex')
}

export function createDocumentsService(
  ports: Pick<MainPorts, 'dataDir' | 'fs' | 'shell'>,
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

  /** The saved file behind a relative path from outside, refused unless it is one inside the folder. */
  async function savedFile(path: string): Promise<string> {
    const full = resolveDocumentPath(dir, path)
    if (!full) throw new AppFailure('documents.badPath', 'documents.errors.badPath', { path })
    const found = await ports.fs.stat(full).catch(() => null)
    if (!found?.isFile()) throw new AppFailure('documents.notFound', 'documents.errors.notFound', { path })
    return full
  }

  async function handOver(verb: 'open' | 'print', path: string): Promise<{ path: string }> {
    const full = await savedFile(path)
    try {
      await (verb === 'open' ? ports.shell.openPath(full) : ports.shell.printFile(full))
    } catch {
      // The system's own message (no viewer, no printer) is not in the clerk's language.
      throw new AppFailure(`documents.${verb}Failed`, `documents.errors.${verb}Failed`, { path })
    }
    return { path }
  }

  /**
   * Files `pdf` under the first of the model's names that is free or already
   * holds these very bytes, and returns that relative path. A name taken
   * between the look and the write (another save at the same moment) is
   * looked at again, never written over.
   */
  async function fileOnce(
    model: DocumentModel,
    pdf: Uint8Array,
  ): Promise<{ relative: string; path: string }> {
    const folder = documentFolder(model)
    const stem = documentStem(model)
    let copy = 1
    for (let look = 0; look < MAX_COPIES && copy <= MAX_COPIES; look++) {
      const relative = `${folder}/${documentFileName(stem, copy)}`
      const path = resolveDocumentPath(dir, relative)
      if (!path) throw new AppFailure('documents.badPath', 'documents.errors.badPath', { path: relative })
      const existing = await readIfThere(path)
      if (existing) {
        if (Buffer.compare(existing, pdf) === 0) return { relative, path }
        copy++
        continue
      }
      await ports.fs.mkdir(dirname(path), { recursive: true })
      if (await writeFileExclusive(ports.fs, path, pdf)) return { relative, path }
    }
    throw new AppFailure('documents.tooManyCopies', 'documents.errors.tooManyCopies', { path: folder })
  }

  async function readIfThere(path: string): Promise<Buffer | null> {
    try {
      return await ports.fs.readFile(path)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw err
    }
  }

  return {
    render,
    async write(model) {
      const rendered = await render(model)
      const { relative, path } = await fileOnce(model, rendered.pdf)
      return {
        path: relative,
        fullPath: path,
        fileName: relative.slice(relative.lastIndexOf('/') + 1),
        bytes: rendered.pdf.length,
        sha256: rendered.sha256,
        pages: rendered.pages,
      }
    },
    open: (path) => handOver('open', path),
    print: (path) => handOver('print', path),
  }
}
