/**
 * 对账结果报告 of a half-year (制度：并将结果报告销售部经理，并通报公司财务部):
 * every customer's statement — its closing balance, where it stands, the
 * customer's answer, the difference and why — with the period's totals and
 * the clerk's summary, and room for the sales manager and finance to sign
 * that they were told (as they acknowledge it in the app). As a printed
 * form and as an Excel sheet.
 */
import { dateText, yuanCell } from '../../../documents/chineseText'
import type { DocumentModel } from '../../../documents/documentModel'
import { formatFen } from '../../../kernel/money'
import type { CellValue, SheetModel, WorkbookModel } from '../../../spreadsheet/sheetModel'
import type { StatementRecord, StatementReportRecord } from '../records'
import { periodEnd, periodStart, periodSummary } from '../statements'
import { statementAnswerWords, statementReportStepWords, statementStepWords } from '../words'

export type StatementReportRow = Pick<
  StatementRecord,
  | 'number'
  | 'customerId'
  | 'period'
  | 'step'
  | 'sentOn'
  | 'closingFen'
  | 'answer'
  | 'differenceFen'
  | 'explanation'
  | 'resolution'
> & { customerName: string }

export interface StatementReportInput {
  period: string
  /** The period's report as it stands; absent before it is reported. */
  report?: Pick<
    StatementReportRecord,
    | 'step'
    | 'summary'
    | 'reportedBy'
    | 'reportedOn'
    | 'salesManagerBy'
    | 'salesManagerOn'
    | 'financeBy'
    | 'financeOn'
  >
  statements: readonly StatementReportRow[]
  company: string
  issuedAt: string
}

export const STATEMENT_REPORT_TYPE = '对账结果报告'

/** 2026-H1 → 2026年上半年. */
export function periodText(period: string): string {
  return `${period.slice(0, 4)}年${period.endsWith('H1') ? '上半年' : '下半年'}`
}

/** 2026-H1 → 2026年1月1日至2026年6月30日. */
const periodDays = (period: string) => `${dateText(periodStart(period))}至${dateText(periodEnd(period))}`

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The report's rows: differences first (what needs attention), then by customer name and number. */
export function reportRows(input: StatementReportInput): StatementReportRow[] {
  const rank = (r: StatementReportRow) => (r.step === 'differs' ? 0 : r.step === 'resolved' ? 1 : 2)
  return input.statements
    .filter((s) => s.period === input.period)
    .sort((a, b) => rank(a) - rank(b) || byText(a.customerName, b.customerName) || byText(a.number, b.number))
}

const answerText = (r: StatementReportRow) => (r.answer ? statementAnswerWords[r.answer] : '未回')

/** 3 份：相符 1，有差异 1（差异合计 ¥…），未回 1: the period in one sentence. */
export function summaryText(rows: readonly StatementReportRow[]): string {
  const s = periodSummary(rows.map((r) => ({ ...r, deletedAt: null })))
  const unanswered = s.steps.draft + s.steps.sent
  return (
    `本期对账单 ${s.count} 份，期末余额合计 ${formatFen(s.closingFen)}；` +
    `确认相符 ${s.steps.confirmed} 份，有差异 ${s.steps.differs} 份，差异已处理 ${s.steps.resolved} 份，` +
    `未收回执 ${unanswered} 份（其中未发出 ${s.steps.draft} 份）；差异金额合计 ${formatFen(s.differenceFen)}。`
  )
}

const pt = (points: number) => points / 10

/** Who acknowledged, and when; blank lines to sign on paper otherwise. */
const acknowledged = (by: string, on: string) =>
  by ? [`已在系统中确认：${by}`, `日期：${dateText(on)}`] : ['签字：', '日期：　　　　年　　月　　日']

export function statementReportDocument(input: StatementReportInput): DocumentModel {
  const rows = reportRows(input)
  const r = input.report
  return {
    style: 'form',
    type: STATEMENT_REPORT_TYPE,
    number: `DZBG-${input.period}`,
    company: input.company,
    title: `客户${STATEMENT_REPORT_TYPE}（${periodText(input.period)}）`,
    issuedAt: input.issuedAt,
    ...(r && r.step !== 'draft' ? {} : { draft: true }),
    blocks: [
      { kind: 'paragraph', text: `对账期间：${periodDays(input.period)}` },
      { kind: 'paragraph', text: summaryText(rows) },
      ...(r?.summary.trim()
        ? [{ kind: 'paragraph' as const, text: `对账情况说明：${r.summary.trim()}` }]
        : []),
      {
        kind: 'table',
        columns: [
          { header: '序号', width: pt(26), align: 'center' },
          { header: '客户\n对账单号', width: pt(130) },
          { header: '期末余额', width: pt(70), align: 'right' },
          { header: '状态\n回执', width: pt(56), align: 'center' },
          { header: '差异金额', width: pt(64), align: 'right' },
          { header: '差异说明\n处理结果', width: pt(109) },
        ],
        rows: rows.map((s, i) => [
          String(i + 1),
          `${s.customerName}\n${s.number}`,
          yuanCell(s.closingFen),
          `${statementStepWords[s.step]}\n${answerText(s)}`,
          s.differenceFen === 0 ? '—' : yuanCell(s.differenceFen),
          [s.explanation, s.resolution].filter((x) => x.trim()).join('\n') || '—',
        ]),
      },
      {
        kind: 'paragraph',
        text: `报告人：${r?.reportedBy ?? ''}\u3000报告日期：${dateText(r?.reportedOn ?? '')}\u3000状态：${statementReportStepWords[r?.step ?? 'draft']}`,
      },
      {
        kind: 'signatures',
        parties: [
          {
            role: '销售部经理',
            name: r?.salesManagerBy ?? '',
            lines: acknowledged(r?.salesManagerBy ?? '', r?.salesManagerOn ?? ''),
          },
          {
            role: '财务部',
            name: r?.financeBy ?? '',
            lines: acknowledged(r?.financeBy ?? '', r?.financeOn ?? ''),
          },
        ],
      },
    ],
  }
}

const day = (d: string): CellValue => d || null

export function statementReportSheet(input: StatementReportInput): SheetModel {
  const rows = reportRows(input)
  return {
    name: input.period,
    title: `${input.company} 客户${STATEMENT_REPORT_TYPE}（${periodText(input.period)}）`,
    subtitle: `制表日期：${input.issuedAt.slice(0, 10)}；${summaryText(rows)}`,
    columns: [
      { header: '序号', width: 6, format: 'int' },
      { header: '客户', width: 30, format: 'text' },
      { header: '对账单号', width: 18, format: 'text' },
      { header: '期末余额', width: 16, format: 'money' },
      { header: '状态', width: 12, format: 'text' },
      { header: '发出日期', width: 12, format: 'date' },
      { header: '客户回执', width: 10, format: 'text' },
      { header: '差异金额', width: 14, format: 'money' },
      { header: '差异说明', width: 36, format: 'text' },
      { header: '处理结果', width: 36, format: 'text' },
    ],
    rows: rows.map((s, i) => [
      i + 1,
      s.customerName,
      s.number,
      s.closingFen,
      statementStepWords[s.step],
      day(s.sentOn),
      answerText(s),
      s.differenceFen,
      s.explanation,
      s.resolution,
    ]),
  }
}

/** 对账结果报告-2026-H1.xlsx. */
export function statementReportWorkbook(input: StatementReportInput): WorkbookModel {
  return { fileName: `${STATEMENT_REPORT_TYPE}-${input.period}.xlsx`, sheets: [statementReportSheet(input)] }
}
