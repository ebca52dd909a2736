/**
 * Export file names. A name already in the exports folder is never
 * overwritten: the next free of `name (2).xlsx`, `name (3).xlsx`, … is used.
 * Names are compared without regard to case, as Windows does.
 */
import { XLSX_FILE_NAME_PATTERN } from '../../../../shared/ipc/schemas'

export function isExportFileName(name: string): boolean {
  return XLSX_FILE_NAME_PATTERN.test(name)
}

/** The first name of the series that is not in `taken` (any case). */
export function freeExportName(fileName: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()))
  const ext = fileName.slice(-'.xlsx'.length)
  const base = fileName.slice(0, -ext.length)
  for (let n = 1; ; n++) {
    const name = n === 1 ? fileName : `${base} (${n})${ext}`
    if (!used.has(name.toLowerCase())) return name
  }
}
