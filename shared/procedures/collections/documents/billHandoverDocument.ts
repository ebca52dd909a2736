/**
 * 票据交接签收单 (DOMAIN.md §4; 制度：对于收到的支票、承兑汇票、银行汇票销售内勤要在当日将相关票据交财务部签收):
 * the bills the clerk hands to finance — each with its receipt, customer,
 * kind, number, drawer, acceptor, dates and amount — their total in
 * figures and in 人民币大写, and the two signatures, 交出人 (销售内勤) and
 * 签收人 (财务部), each with its date. It is printed before finance signs
 * (finance signs this very paper), so a slip waiting for finance is no
 * 草稿; a voided one says so in its state and reason.
 */
import { dateText, yuanCell } from '../../../documents/chineseText'
import type { DocumentBlock, DocumentModel } from '../../../documents/documentModel'
import { amountInWords, formatFen } from '../../../kernel/money'
import type { BillHandoverRecord, ReceiptRecord } from '../records'
import { billHandoverStepWords, receiptMethodWords } from '../words'

/** One bill as the slip lists it: its receipt's fields and the customer's name. */
export type BillHandoverLine = Pick<
  ReceiptRecord,
  'number' | 'method' | 'billNo' | 'drawer' | 'acceptor' | 'billIssuedOn' | 'billDueOn' | 'amountFen'
> & { customerName: string }

export interface BillHandoverDocumentInput {
  slip: Pick<
    BillHandoverRecord,
    'number' | 'step' | 'handedOn' | 'handedBy' | 'receivedBy' | 'signedOn' | 'signedScanId' | 'voidReason'
  >
  /** In the slip's order. */
  bills: readonly BillHandoverLine[]
  company: string
  issuedAt: string
}

export const BILL_HANDOVER_TYPE = '票据交接签收单'

/*
 * Widths in points of the 455-pt text width at 9 pt (tenths, under the
 * schema's cap of 100): a 30-digit 电子商业汇票 number, a receipt number,
 * a day and an amount up to 9,999,999.99 each stay whole on their line;
 * names wrap.
 */
const pt = (points: number) => points / 10

const BILL_COLUMNS = [
  { header: '序号', width: pt(26), align: 'center' },
  { header: '收款单号\n客户', width: pt(76) },
  { header: '票据种类\n票据号码', width: pt(158) },
  { header: '出票人\n承兑人', width: pt(78) },
  { header: '出票日期\n到期日', width: pt(55) },
  { header: '金额', width: pt(62), align: 'right' },
] as const

const orDash = (text: string) => text.trim() || '—'

/** Total of the bills listed, in fen. */
export function billsTotalFen(bills: readonly Pick<BillHandoverLine, 'amountFen'>[]): number {
  return bills.reduce((sum, b) => sum + b.amountFen, 0)
}

function billsTable(bills: readonly BillHandoverLine[]): DocumentBlock {
  return {
    kind: 'table',
    columns: BILL_COLUMNS.map((c) => ({ ...c })),
    rows: [
      ...bills.map((b, i) => [
        String(i + 1),
        `${b.number}\n${b.customerName}`,
        `${receiptMethodWords[b.method]}\n${orDash(b.billNo)}`,
        // Named, as either may wrap; a cheque and a bank draft have no acceptor (paid on sight).
        `出票：${orDash(b.drawer)}\n承兑：${orDash(b.acceptor)}`,
        `${orDash(b.billIssuedOn)}\n${orDash(b.billDueOn)}`,
        yuanCell(b.amountFen),
      ]),
      ['', `合计 ${bills.length} 张`, '', '', '', yuanCell(billsTotalFen(bills))],
    ],
  }
}

/** A box to sign: what is printed (role, name), then the blank to sign and the day. */
const signBox = (printed: string[], day: string) =>
  [...printed, '签字：', '', `日期：${dateText(day)}`].join('\n')

/** Finance's box: blank until signed; signed in the app, it says so beside the signer. */
function financeBox(slip: BillHandoverDocumentInput['slip'], count: number, totalFen: number): string {
  const signed = slip.step === 'signed'
  const how = signed ? (slip.signedScanId ? '（纸面签收，扫描件存档）' : '（已在系统中签收）') : ''
  return signBox(
    [
      `确认收到以上票据 ${count} 张，金额合计 ${formatFen(totalFen)}`,
      `签收人：${signed ? slip.receivedBy : ''}${how}`,
    ],
    signed ? slip.signedOn : '',
  )
}

export function billHandoverDocument(input: BillHandoverDocumentInput): DocumentModel {
  const { slip, bills } = input
  const total = billsTotalFen(bills)
  const blocks: DocumentBlock[] = [
    {
      kind: 'table',
      columns: [
        { header: '交接日期', width: 1 },
        { header: '交出人（销售内勤）', width: 1 },
        { header: '票据张数', width: 1 },
        { header: '状态', width: 1 },
      ],
      rows: [
        [dateText(slip.handedOn), slip.handedBy, `${bills.length} 张`, billHandoverStepWords[slip.step]],
      ],
    },
    ...(slip.step === 'voided' && slip.voidReason.trim()
      ? [{ kind: 'paragraph', text: `作废原因：${slip.voidReason.trim()}` } as const]
      : []),
    billsTable(bills),
    {
      kind: 'paragraph',
      text: `票据金额合计（大写）：人民币${amountInWords(Math.max(0, total))}\u3000（小写）${formatFen(total)}`,
    },
    {
      kind: 'paragraph',
      text: '说明：按《商务部工作流程与管理制度》三、12「对于收到的支票、承兑汇票、银行汇票销售内勤要在当日将相关票据交财务部签收」办理；财务部签收后票据由财务部保管。',
    },
    {
      kind: 'table',
      columns: [
        { header: '交出人（销售内勤）', width: 1 },
        { header: '签收人（财务部）', width: 1 },
      ],
      rows: [
        [
          signBox([`交出以上票据 ${bills.length} 张`, `交出人：${slip.handedBy}`], slip.handedOn),
          financeBox(slip, bills.length, total),
        ],
      ],
    },
  ]
  return {
    style: 'form',
    type: BILL_HANDOVER_TYPE,
    number: slip.number,
    company: input.company,
    title: BILL_HANDOVER_TYPE,
    issuedAt: input.issuedAt,
    blocks,
  }
}
