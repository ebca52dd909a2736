/**
 * 合同.xlsx in the archive export: contracts, and their lines, in the words
 * the department reads. Tombstoned records stay in the JSON only (the
 * archive export passes live rows).
 */
import type { CellValue, SheetModel } from '../../spreadsheet/sheetModel'
import type { ArchiveSheetContext } from '../kit/defineProcedure'
import type { ContractRecord, TradeLineRecord } from './records'
import { contractStepWords } from './words'

const text = (header: string, width = 16) => ({ header, width, format: 'text' as const })

export function contractArchiveSheets({ rows, nameOf, subtitle }: ArchiveSheetContext): SheetModel[] {
  const contracts = [...((rows.contracts ?? []) as unknown as ContractRecord[])].sort((a, b) =>
    a.number.localeCompare(b.number),
  )
  const numbers = new Map(contracts.map((c) => [c.id, c.number]))
  const lines = ((rows.tradeLines ?? []) as unknown as TradeLineRecord[])
    .filter((l) => numbers.has(l.parentId))
    .sort(
      (a, b) =>
        (numbers.get(a.parentId) ?? '').localeCompare(numbers.get(b.parentId) ?? '') ||
        a.position - b.position,
    )
  return [
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
        nameOf('customers', c.customerId),
        c.title,
        c.signedOn || null,
        c.totalFen,
        contractStepWords[c.step],
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
}
