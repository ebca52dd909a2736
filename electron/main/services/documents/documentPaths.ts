/**
 * Where a saved document lives: `<documents>/<type>/<YYYY-MM>/<number>.pdf`,
 * filed by kind and by the month it was issued, as a clerk files paper. The
 * month is the issue date as written in the model (its own UTC offset), so
 * every PC files the same document in the same folder.
 */
import { join } from 'node:path'
import type { DocumentModel } from '../../../../shared/documents/documentModel'
import { documentPathSchema } from '../../../../shared/documents/documentSchema'
import { resolveInside } from '../fsUtil/resolveInside'

/** Characters Windows refuses in a name, and whitespace runs, become `_`. */
function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '_')
}

/** The path relative to the documents folder, with `/` on every system. */
export function documentRelativePath(model: DocumentModel): string {
  const month = model.issuedAt.slice(0, 7)
  return [safeName(model.type), month, `${safeName(model.number)}.pdf`].join('/')
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
