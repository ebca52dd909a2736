/**
 * The Excel half of an archive: one workbook per procedure, in the words the
 * department reads — 档案.xlsx (one sheet per archive, laid out as each list's
 * own 导出 Excel) and 合同.xlsx (contracts, with their lines). Records that
 * were deleted (tombstoned) stay in the JSON only: the workbooks are what a
 * person reads, the JSON is what a restore reads.
 */
import type { TFunction } from 'i18next'
import { stepLabels } from '@shared/documents/builders/registerDocument'
import type { CellValue, SheetModel } from '@shared/spreadsheet/sheetModel'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import { archiveSpecs, archiveTables } from '@shared/masterData/archiveSpecs'
import { exportSheet } from '@shared/masterData/excel/exportSheet'
import type { DeskDb } from '../../data/db'
import type { ArchiveWorkbook } from '../../data/archiveExport/runArchiveExport'
import { fieldLabel, optionLabel } from '../archives/labels'

const live = <T extends { deletedAt?: string | null }>(rows: T[]) => rows.filter((r) => !r.deletedAt)

export async function archiveWorkbooks(db: DeskDb, t: TFunction, now: Date): Promise<ArchiveWorkbook[]> {
  const subtitle = `归档 ${now.toISOString().slice(0, 10)}`
  const words = { yes: t('common.yes'), no: t('common.no') }

  const archives = new Map<string, AnyRecord[]>()
  for (const table of archiveTables)
    archives.set(table, live((await db.table(table).toArray()) as AnyRecord[]))
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

  const contracts = live(await db.contracts.toArray()).sort((a, b) => a.number.localeCompare(b.number))
  const numbers = new Map(contracts.map((c) => [c.id, c.number]))
  const lines = live(
    await db.tradeLines
      .where('parentId')
      .anyOf([...numbers.keys()])
      .toArray(),
  ).sort(
    (a, b) =>
      (numbers.get(a.parentId) ?? '').localeCompare(numbers.get(b.parentId) ?? '') || a.position - b.position,
  )
  const text = (header: string, width = 16) => ({ header, width, format: 'text' as const })
  const contractSheets: SheetModel[] = [
    {
      name: '合同',
      title: '销售合同',
      subtitle,
      columns: [
        text('合同编号', 18),
        text('客户', 30),
        text('合同名称', 30),
        { header: '签订日期', width: 12, format: 'date' },
        { header: '金额（元）', width: 16, format: 'money' },
        text('状态', 10),
      ],
      rows: contracts.map((c): CellValue[] => [
        c.number,
        names.get(c.customerId) ?? '',
        c.title,
        c.signedOn || null,
        c.totalFen,
        stepLabels[c.step],
      ]),
    },
    {
      name: '合同明细',
      title: '合同明细',
      subtitle,
      columns: [
        text('合同编号', 18),
        { header: '序号', width: 6, format: 'int' },
        text('名称', 20),
        text('规格型号', 20),
        text('单位', 6),
        { header: '数量', width: 8, format: 'int' },
        { header: '单价（元）', width: 14, format: 'money' },
        { header: '折扣', width: 8, format: 'percent' },
        { header: '税率', width: 8, format: 'percent' },
      ],
      rows: lines.map((l): CellValue[] => [
        numbers.get(l.parentId) ?? '',
        l.position,
        l.name,
        l.spec,
        l.unit,
        l.qty,
        l.unitFen,
        l.discountBp,
        l.taxRateBp,
      ]),
    },
  ]
  return [
    { fileName: '档案.xlsx', sheets: archiveSheets, ...words },
    { fileName: '合同.xlsx', sheets: contractSheets, ...words },
  ]
}
