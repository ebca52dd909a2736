/**
 * 发票登记簿 (DOMAIN.md §3; 制度「对送给用户的发票……要登记鉴收」): every
 * invoice issued in a month or a range of days — its number, kind, customer
 * and contract, amount and tax, how it reached the customer and who there
 * confirmed it — as a printed form and as an Excel sheet. Voided and not yet
 * issued applications are not invoices and stay out.
 */
import { dateText, monthText, yuanCell } from '../../../documents/chineseText'
import type { DocumentModel } from '../../../documents/documentModel'
import { formatFen } from '../../../kernel/money'
import type { CellValue, SheetModel, WorkbookModel } from '../../../spreadsheet/sheetModel'
import { issuedSteps } from '../amounts'
import type { InvoiceRecord } from '../records'
import { deliveryWayWords, invoiceKindWords } from '../words'

export type InvoiceRegisterEntry = Pick<
  InvoiceRecord,
  | 'number'
  | 'step'
  | 'kind'
  | 'invoiceCode'
  | 'invoiceNo'
  | 'issuedOn'
  | 'issuedFen'
  | 'issuedTaxFen'
  | 'deliveryWay'
  | 'deliveredOn'
  | 'trackingNo'
  | 'confirmedOn'
  | 'confirmedBy'
> & { customerName: string; contractNumber: string }

/** A month (YYYY-MM), or the days from and to (YYYY-MM-DD, both included). */
export type InvoiceRegisterPeriod = { month: string } | { from: string; to: string }

export interface InvoiceRegisterInput {
  period: InvoiceRegisterPeriod
  /** Any applications: the register keeps those issued in the period. */
  invoices: readonly InvoiceRegisterEntry[]
  company: string
  preparedBy?: string
  issuedAt: string
}

export const INVOICE_REGISTER_TYPE = '发票登记簿'

const inPeriod = (p: InvoiceRegisterPeriod, day: string) =>
  day !== '' && ('month' in p ? day.slice(0, 7) === p.month : day >= p.from && day <= p.to)

const periodText = (p: InvoiceRegisterPeriod) =>
  'month' in p ? monthText(p.month) : `${dateText(p.from)}至${dateText(p.to)}`

/** FPDJ-2026-06, FPDJ-20260601-20260630: one register per period, named by it. */
const periodKey = (p: InvoiceRegisterPeriod) =>
  'month' in p ? p.month : `${p.from.replaceAll('-', '')}-${p.to.replaceAll('-', '')}`

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The invoices issued in the period, by issue date then invoice number, as the register lists them. */
export function invoiceRegisterEntries(input: InvoiceRegisterInput): InvoiceRegisterEntry[] {
  return input.invoices
    .filter((i) => issuedSteps.includes(i.step) && inPeriod(input.period, i.issuedOn))
    .sort(
      (a, b) =>
        byText(a.issuedOn, b.issuedOn) ||
        byText(a.invoiceCode + a.invoiceNo, b.invoiceCode + b.invoiceNo) ||
        byText(a.number, b.number),
    )
}

function summary(entries: readonly InvoiceRegisterEntry[]) {
  return {
    count: entries.length,
    totalFen: entries.reduce((sum, e) => sum + e.issuedFen, 0),
    taxFen: entries.reduce((sum, e) => sum + e.issuedTaxFen, 0),
    delivered: entries.filter((e) => e.step !== 'issued').length,
    confirmed: entries.filter((e) => e.step === 'confirmed').length,
  }
}

/** 交付 and 鉴收 in one cell: way and day, the tracking number, who confirmed and when. */
function deliveryCell(e: InvoiceRegisterEntry): string {
  if (!e.deliveryWay) return '未交付'
  return [
    `${deliveryWayWords[e.deliveryWay]} ${e.deliveredOn}`,
    ...(e.trackingNo.trim() ? [e.trackingNo.trim()] : []),
    ...(e.confirmedOn ? [`确认：${e.confirmedBy}`, e.confirmedOn] : ['客户未确认']),
  ].join('\n')
}

/*
 * A4 portrait holds no thirteen columns at 9 pt with a 20-digit 数电票 number
 * in one, so the register stacks related fields in a cell, one to a line
 * (the header names them in the same order), and every number stays whole.
 * Widths are points of the 455-pt text width, in tenths under the schema's cap of 100.
 */
const pt = (points: number) => points / 10

export function invoiceRegisterDocument(input: InvoiceRegisterInput): DocumentModel {
  const entries = invoiceRegisterEntries(input)
  const s = summary(entries)
  const p = input.period
  return {
    style: 'form',
    type: INVOICE_REGISTER_TYPE,
    number: `FPDJ-${periodKey(p)}`,
    company: input.company,
    title: `${INVOICE_REGISTER_TYPE}（${periodText(p)}）`,
    issuedAt: input.issuedAt,
    blocks: [
      {
        kind: 'paragraph',
        text: [
          `${'month' in p ? '登记月份' : '登记期间'}：${periodText(p)}`,
          `制表日期：${dateText(input.issuedAt.slice(0, 10))}`,
        ].join('　　'),
      },
      {
        kind: 'table',
        columns: [
          { header: '序号', width: pt(26), align: 'center' },
          { header: '开票日期\n发票类型\n发票代码\n发票号码', width: pt(110) },
          { header: '客户\n合同编号', width: pt(84) },
          { header: '金额（含税）', width: pt(70), align: 'right' },
          { header: '税额', width: pt(66), align: 'right' },
          { header: '交付方式、日期\n快递单号\n客户确认', width: pt(99) },
        ],
        rows: [
          ...entries.map((e, i) => [
            String(i + 1),
            [e.issuedOn, invoiceKindWords[e.kind], e.invoiceCode || '—', e.invoiceNo].join('\n'),
            `${e.customerName}\n${e.contractNumber}`,
            yuanCell(e.issuedFen),
            yuanCell(e.issuedTaxFen),
            deliveryCell(e),
          ]),
          ['', `合计 ${s.count} 张`, '', yuanCell(s.totalFen), yuanCell(s.taxFen), ''],
        ],
      },
      {
        kind: 'paragraph',
        text: `本期开具发票 ${s.count} 张，金额（含税）合计 ${formatFen(s.totalFen)}，其中税额 ${formatFen(s.taxFen)}；已交付 ${s.delivered} 张，其中客户已确认 ${s.confirmed} 张；未交付 ${s.count - s.delivered} 张。`,
      },
      {
        kind: 'paragraph',
        text: '说明：按制度「对送给用户的发票……要登记鉴收」，本簿登记本期开具的每一张发票，及其交付方式与客户的确认；金额为发票开具金额。',
      },
      {
        kind: 'signatures',
        parties: [
          { role: '登记人', name: input.preparedBy ?? '', lines: ['签字：', '日期：　　　　年　　月　　日'] },
          { role: '财务核对', name: '', lines: ['签字：', '日期：　　　　年　　月　　日'] },
        ],
      },
    ],
  }
}

const day = (d: string): CellValue => d || null

/** The register as one sheet, for spreadsheet.write: one field to a column, money as fen (written as yuan). */
export function invoiceRegisterSheet(input: InvoiceRegisterInput): SheetModel {
  const entries = invoiceRegisterEntries(input)
  const s = summary(entries)
  const p = input.period
  return {
    name: 'month' in p ? monthText(p.month) : `${p.from}至${p.to}`,
    title: `${input.company} ${INVOICE_REGISTER_TYPE}（${periodText(p)}）`,
    // The totals stand here, not in a last row, so the rows sort and sum as data.
    subtitle: `制表日期：${input.issuedAt.slice(0, 10)}；共 ${s.count} 张，金额（含税）合计 ${formatFen(s.totalFen)}，税额合计 ${formatFen(s.taxFen)}`,
    columns: [
      { header: '序号', width: 6, format: 'int' },
      { header: '开票日期', width: 12, format: 'date' },
      { header: '发票类型', width: 16, format: 'text' },
      { header: '发票代码', width: 14, format: 'text' },
      { header: '发票号码', width: 22, format: 'text' },
      { header: '客户', width: 28, format: 'text' },
      { header: '合同编号', width: 18, format: 'text' },
      { header: '金额（含税）', width: 14, format: 'money' },
      { header: '税额', width: 12, format: 'money' },
      { header: '交付方式', width: 10, format: 'text' },
      { header: '交付日期', width: 12, format: 'date' },
      { header: '快递单号', width: 18, format: 'text' },
      { header: '客户确认人', width: 10, format: 'text' },
      { header: '确认日期', width: 12, format: 'date' },
    ],
    rows: entries.map((e, i) => [
      i + 1,
      day(e.issuedOn),
      invoiceKindWords[e.kind],
      e.invoiceCode,
      e.invoiceNo,
      e.customerName,
      e.contractNumber,
      e.issuedFen,
      e.issuedTaxFen,
      e.deliveryWay ? deliveryWayWords[e.deliveryWay] : '',
      day(e.deliveredOn),
      e.trackingNo,
      e.confirmedBy,
      day(e.confirmedOn),
    ]),
  }
}

/** The workbook for spreadsheet.write: 发票登记簿-2026-06.xlsx. */
export function invoiceRegisterWorkbook(input: InvoiceRegisterInput): WorkbookModel {
  return {
    fileName: `${INVOICE_REGISTER_TYPE}-${'month' in input.period ? input.period.month : `${input.period.from}至${input.period.to}`}.xlsx`,
    sheets: [invoiceRegisterSheet(input)],
  }
}
