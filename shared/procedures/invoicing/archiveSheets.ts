/**
 * 开票.xlsx in the archive export: every application with the invoice
 * issued for it and its delivery, in the words the department reads.
 * Tombstoned records stay in the JSON only (the archive export passes live rows).
 */
import type { CellValue, SheetModel } from '../../spreadsheet/sheetModel'
import type { ArchiveSheetContext } from '../kit/defineProcedure'
import type { InvoiceRecord } from './records'
import { deliveryWayWords, invoiceKindWords, invoiceStepWords } from './words'

const text = (header: string, width = 16) => ({ header, width, format: 'text' as const })
const date = (header: string) => ({ header, width: 12, format: 'date' as const })
const money = (header: string) => ({ header, width: 14, format: 'money' as const })

export function invoicingArchiveSheets({ rows, nameOf, subtitle }: ArchiveSheetContext): SheetModel[] {
  const invoices = [...((rows.invoices ?? []) as unknown as InvoiceRecord[])].sort((a, b) =>
    a.number.localeCompare(b.number),
  )
  const day = (d: string) => d || null
  return [
    {
      name: '开票申请单',
      title: '开票申请单与发票',
      subtitle,
      columns: [
        text('申请单号', 18),
        text('合同', 18),
        text('客户', 28),
        text('发票类型', 16),
        money('金额（元）'),
        money('税额（元）'),
        text('状态', 12),
        text('发票代码', 14),
        text('发票号码', 22),
        date('开票日期'),
        text('交付方式', 10),
        date('交付日期'),
        text('快递单号', 16),
        date('客户确认日期'),
        text('客户确认人', 10),
      ],
      rows: invoices.map((i): CellValue[] => [
        i.number,
        nameOf('contracts', i.contractId),
        nameOf('customers', i.customerId),
        invoiceKindWords[i.kind],
        i.totalFen,
        i.taxFen,
        invoiceStepWords[i.step],
        i.invoiceCode,
        i.invoiceNo,
        day(i.issuedOn),
        i.deliveryWay ? deliveryWayWords[i.deliveryWay] : '',
        day(i.deliveredOn),
        i.trackingNo,
        day(i.confirmedOn),
        i.confirmedBy,
      ]),
    },
  ]
}
