/**
 * Where a saved document lives: `<documents>/<type>/<YYYY-MM>/<name>.pdf`,
 * filed by kind and by the month it was issued, as a clerk files paper. The
 * month is the issue date as written in the model (its own UTC offset), so
 * every PC files the same document in the same folder.
 *
 * The name is the document number, then `-V<N>` from a record's version 2
 * on and `-草稿` for a draft: HT-202612-0001.pdf, HT-202612-0001-V2.pdf,
 * HT-202612-0001-草稿.pdf. A saved file is never replaced (createDocumentsService):
 * other content under a name already taken goes to `<name>(2).pdf`,
 * `<name>(3).pdf` …, the copy numbering every clerk knows from Windows, which
 * no document number or version suffix can end in.
 */
import { join } from 'node:path'
import type { DocumentModel } from '../../../../shared/documents/documentModel'
import { documentPathSchema } from '../../../../shared/documents/documentSchema'
import { resolveInside } from '../fsUtil/resolveInside'

/** Characters Windows refuses in a name, and whitespace runs, become `_`. */
function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '_')
}

/** `<type>/<YYYY-MM>`, relative to the documents folder. */
export function documentFolder(model: DocumentModel): string {
  return [safeName(model.type), model.issuedAt.slice(0, 7)].join('/')
}

/** The file name without `.pdf` and without a copy number. */
export function documentStem(model: DocumentModel): string {
  const version = model.version && model.version > 1 ? `-V${model.version}` : ''
  return `${safeName(model.number)}${version}${model.draft ? '-草稿' : ''}`
}

/** The `copy`-th name a save tries: `<stem>.pdf`, then `<stem>(2).pdf`, `<stem>(3).pdf` … */
export function documentFileName(stem: string, copy: number): string {
  return copy > 1 ? `${stem}(${copy}).pdf` : `${stem}.pdf`
}

/** The path relative to the documents folder, with `/` on every system: the first name a save tries. */
export function documentRelativePath(model: DocumentModel): string {
  return `${documentFolder(model)}/${documentFileName(documentStem(model), 1)}`
}

/**
 * The absolute path of a relative document path from outside (the renderer),
 * or undefined when it is not one documents.save could have returned or
 * would land outside the documents folder.
 */
export function resolveDocumentPath(documentsDir: string, relative: string): string | undefined {
  if (!documentPathSchema.safeParse(relative).success) return undefined
  return resolveInside(documentsDir, join(...relative.split(/[\\/]/)))
}
