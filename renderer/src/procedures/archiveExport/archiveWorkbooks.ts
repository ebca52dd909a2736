/**
 * The Excel half of an archive: one workbook per procedure, in the words the
 * department reads — 档案.xlsx (one sheet per archive, laid out as each list's
 * own 导出 Excel) and each procedure's own (合同.xlsx: contracts, with their
 * lines), laid out by the procedure (its `archive` in shared/procedures). Records that
 * were deleted (tombstoned) stay in the JSON only: the workbooks are what a
 * person reads, the JSON is what a restore reads.
 */
import type { TFunction } from 'i18next'
import type { SheetModel } from '@shared/spreadsheet/sheetModel'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import { archiveSpecs, archiveTables } from '@shared/masterData/archiveSpecs'
import { exportSheet } from '@shared/masterData/excel/exportSheet'
import { todayIso } from '@shared/kernel/workdays'
import { procedures } from '@shared/procedures'
import type { DeskDb } from '../../data/db'
import type { ArchiveWorkbook } from '../../data/archiveExport/runArchiveExport'
import { fieldLabel, optionLabel } from '../archives/labels'
import { liveRows } from '@shared/types/records'

export async function archiveWorkbooks(db: DeskDb, t: TFunction, now: Date): Promise<ArchiveWorkbook[]> {
  const subtitle = `归档 ${todayIso(now)}`
  const words = { yes: t('common.yes'), no: t('common.no') }

  const archives = new Map<string, AnyRecord[]>()
  for (const table of archiveTables)
    archives.set(table, liveRows((await db.table(table).toArray()) as AnyRecord[]))
  const names = new Map<string, string>()
  for (const rows of archives.values()) for (const row of rows) names.set(row.id, String(row.name ?? ''))
  const refName = (_table: string, id: string) => names.get(id) ?? ''

  const archiveSheets: SheetModel[] = archiveTables.map((table) => {
    const title = t(`archives.${table}.title`)
    return exportSheet({
      fields: archiveSpecs[table].fields,
      rows: archives.get(table) ?? [],
      title,
      subtitle,
      sheetName: title,
      label: (key) => fieldLabel(t, table, key),
      optionLabel: (set, value) => optionLabel(t, set, value),
      refName,
    })
  })

  // Each procedure lays out its own workbook from its tables' live rows (shared/procedures).
  const procedureBooks: ArchiveWorkbook[] = []
  for (const p of procedures) {
    if (!p.archive) continue
    const rows: Record<string, Record<string, unknown>[]> = {}
    for (const table of p.archive.tables)
      rows[table] = liveRows((await db.table(table).toArray()) as AnyRecord[])
    const nameOf = (_table: string, id: string) => names.get(id) ?? ''
    procedureBooks.push({
      fileName: p.archive.fileName,
      sheets: p.archive.sheets({ rows, nameOf, subtitle }),
      ...words,
    })
  }
  return [{ fileName: '档案.xlsx', sheets: archiveSheets, ...words }, ...procedureBooks]
}
