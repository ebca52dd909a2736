/**
 * The collections rules that become checks (DOMAIN.md "Rules that become
 * checks"), each reading only the rows its condition selects:
 * - receipts waiting for finance's confirmation, on finance's 工作台;
 * - bills not yet with finance: due the day they arrived (当日交财务部签收);
 * - the daily check with finance, every Chinese working day;
 * - the half-year reconciliation (6月底 / 12月底) until reported and
 *   acknowledged by the sales manager and finance;
 * - statements whose 回执 is not back after 15 days;
 * - the month-end close of the accounts until finance signs it off.
 *
 * The tables and indexes they read (for the collections table specs):
 * receipts `step`, `receivedOn` and `billWaitingSince` (derived: bills.ts
 * billWaitingSince); collectionChecks by `id` (= the day); statements
 * `[step+sentOn]`; statementReports by `id` (= the period); monthCloses by
 * `id` (= the month).
 */
import type { Role } from '../../auth/roles'
import { formatFen } from '../../kernel/money'
import {
  type DeadlineRule,
  type DueFact,
  type RowQuery,
  SHOWN_ITEMS,
  rowsOf,
  totalOf,
} from '../kit/deadlines'
import { handoverDueOn } from './bills'
import { LOOK_BACK_DAYS, checkedDays, missedCheckDays, todayCheckDue } from './dailyCheck'
import { addDays } from '../../kernel/days'
import { dueMonthCloses, monthEnd, monthOf, previousMonth } from './monthClose'
import { paymentsDeadline } from './paymentsDeadline'
import { collectionsPermissions as can } from './permissions'
import type {
  CollectionCheckRecord,
  MonthCloseRecord,
  ReceiptRecord,
  StatementRecord,
  StatementReportRecord,
} from './records'
import { ANSWER_DAYS, answerDueOn, duePeriod, periodEnd, periodStart } from './statements'

const customer = (id: string) => ({ customer: { table: 'customers', id } })
/** The first rows a check may show, and how many the range holds. */
const first = (q: RowQuery): RowQuery => ({ ...q, limit: SHOWN_ITEMS + 1, count: true })
/** Whether any receipt is dated from `from` to `to`: its first one, not all of them. */
const receiptIn = (from: string, to: string): RowQuery => ({
  table: 'receipts',
  index: 'receivedOn',
  between: [from, to],
  includeUpper: true,
  limit: 1,
})

export const confirmDeadline: DeadlineRule = {
  id: 'collections.confirm',
  list: { table: 'receipts', query: 'step=pending' },
  read: () => ({ pending: first({ table: 'receipts', index: 'step', equals: 'pending' }) }),
  due: (q, { today }) => ({
    total: totalOf(q, 'pending'),
    facts: rowsOf<ReceiptRecord>(q, 'pending').map((r) => ({
      id: `collections.confirm.${r.id}`,
      // No rule sets a deadline for the confirmation: what waits for finance is due today.
      due: today,
      owners: can['collections.confirm'],
      titleKey: 'collectionsDue.confirm',
      params: { number: r.number, amount: formatFen(r.amountFen), receivedOn: r.receivedOn },
      names: customer(r.customerId),
      at: { table: 'receipts', id: r.id },
    })),
  }),
}

export const billHandoverDeadline: DeadlineRule = {
  id: 'collections.bills',
  list: { table: 'receipts', query: 'bills=waiting' },
  // '' (nothing waiting) sorts before every day and is left out.
  read: () => ({
    waiting: first({
      table: 'receipts',
      index: 'billWaitingSince',
      between: ['0000-00-00', '9999-12-31'],
      includeUpper: true,
    }),
  }),
  due: (q) => ({
    total: totalOf(q, 'waiting'),
    facts: rowsOf<ReceiptRecord>(q, 'waiting').map((r) => ({
      id: `collections.bill.${r.id}`,
      due: handoverDueOn(r.receivedOn),
      owners: can['collections.handover'],
      titleKey: 'collectionsDue.billHandover',
      params: { number: r.number, method: r.method, receivedOn: r.receivedOn },
      words: { method: 'collections.methods' },
      names: customer(r.customerId),
      at: { table: 'receipts', id: r.id },
    })),
  }),
}

export const dailyCheckDeadline: DeadlineRule = {
  id: 'collections.dailyCheck',
  list: { table: 'collectionChecks' },
  read: ({ today }) => ({
    // The first check ever, and the first money registered: the department checks from the day it began.
    earliest: { table: 'collectionChecks', index: 'id', between: ['0000-00-00', '9999-12-31'], limit: 1 },
    firstReceipt: { table: 'receipts', index: 'receivedOn', between: ['0000-00-00', '9999-12-31'], limit: 1 },
    recent: {
      table: 'collectionChecks',
      index: 'id',
      between: [addDays(today, -LOOK_BACK_DAYS), today],
      includeUpper: true,
    },
  }),
  due: (q, { today }) => {
    const checked = checkedDays(rowsOf<CollectionCheckRecord>(q, 'recent'))
    const starts = [
      rowsOf<CollectionCheckRecord>(q, 'earliest')[0]?.day,
      rowsOf<ReceiptRecord>(q, 'firstReceipt')[0]?.receivedOn,
    ].filter((d): d is string => !!d)
    // Nothing registered and nothing checked yet: a department not keeping collections here is not asked.
    if (starts.length === 0) return []
    const since = starts.sort()[0]
    const missed = missedCheckDays(since, today, checked)
    const facts: DueFact[] = []
    const fact = (
      id: string,
      due: string,
      params: Record<string, string | number>,
      titleKey: string,
    ): DueFact => ({
      id,
      due,
      owners: can['collections.dailyCheck'],
      titleKey,
      params,
      at: { table: 'collectionChecks' },
    })
    // The days missed are one line, from the earliest: a list of single days says nothing more.
    if (missed.length > 0)
      facts.push(
        fact(
          'collections.dailyCheck.missed',
          missed[0],
          {
            count: missed.length,
            from: missed[0],
            to: missed[missed.length - 1],
          },
          'collectionsDue.dailyCheck',
        ),
      )
    if (todayCheckDue(today, checked))
      facts.push(
        fact('collections.dailyCheck.today', today, { day: today }, 'collectionsDue.dailyCheckToday'),
      )
    return facts
  },
}

/** Who still has to act on a period's report: the clerk until reported, then whoever has not acknowledged. */
function reportOwners(report: StatementReportRecord | undefined): readonly Role[] {
  if (!report || report.step === 'draft') return can['collections.statements']
  return [
    ...(report.salesManagerOn ? [] : can['collections.acknowledge']),
    ...(report.financeOn ? [] : can['collections.financeAcknowledge']),
  ]
}

export const statementsDeadline: DeadlineRule = {
  id: 'collections.statements',
  list: { table: 'statements' },
  read: ({ today }) => {
    const period = duePeriod(today)
    return {
      report: { table: 'statementReports', index: 'id', equals: period },
      // A period the accounts were used in: a receipt dated in it.
      used: receiptIn(periodStart(period), periodEnd(period)),
    }
  },
  due: (q, { today }) => {
    const period = duePeriod(today)
    const report = rowsOf<StatementReportRecord>(q, 'report')[0]
    if (report?.step === 'acknowledged') return []
    if (!report && rowsOf(q, 'used').length === 0) return []
    return [
      {
        id: `collections.statements.${period}`,
        due: periodEnd(period),
        owners: reportOwners(report),
        titleKey: 'collectionsDue.statements',
        params: { period, step: report?.step ?? 'draft' },
        words: { step: 'collections.statementReports.steps' },
        at: { table: 'statementReports', id: period },
      },
    ]
  },
}

export const answerDeadline: DeadlineRule = {
  id: 'collections.answers',
  list: { table: 'statements', query: 'step=sent' },
  // Sent ANSWER_DAYS + 1 days ago or earlier: the 回执 was due by yesterday.
  read: ({ today }) => ({
    late: first({
      table: 'statements',
      index: '[step+sentOn]',
      between: [
        ['sent', '0000-00-00'],
        ['sent', addDays(today, -(ANSWER_DAYS + 1))],
      ],
      includeUpper: true,
    }),
  }),
  due: (q) => ({
    total: totalOf(q, 'late'),
    facts: rowsOf<StatementRecord>(q, 'late').map((s) => ({
      id: `collections.answer.${s.id}`,
      due: answerDueOn(s.sentOn),
      owners: can['collections.statements'],
      titleKey: 'collectionsDue.answer',
      params: { period: s.period, sentOn: s.sentOn },
      names: customer(s.customerId),
      at: { table: 'statements', id: s.id },
    })),
  }),
}

export const monthCloseDeadline: DeadlineRule = {
  id: 'collections.monthClose',
  list: { table: 'monthCloses' },
  read: ({ today }) => {
    const month = monthOf(today)
    const last = previousMonth(month)
    return {
      closes: { table: 'monthCloses', index: 'id', anyOf: [last, month] },
      usedLast: receiptIn(`${last}-01`, monthEnd(last)),
      used: receiptIn(`${month}-01`, monthEnd(month)),
    }
  },
  due: (q, { today }) => {
    const used = new Set(
      [...rowsOf<ReceiptRecord>(q, 'usedLast'), ...rowsOf<ReceiptRecord>(q, 'used')].map((r) =>
        monthOf(r.receivedOn),
      ),
    )
    return dueMonthCloses(today, rowsOf<MonthCloseRecord>(q, 'closes'), used).map((d) => ({
      id: `collections.monthClose.${d.month}`,
      due: d.due,
      owners: d.step === 'toSignOff' ? can['collections.monthSignOff'] : can['collections.monthClose'],
      titleKey: 'collectionsDue.monthClose',
      params: { month: d.month, step: d.step },
      words: { step: 'collections.monthCloses.steps' },
      at: { table: 'monthCloses', id: d.month },
    }))
  },
}

export const collectionsDeadlines: readonly DeadlineRule[] = [
  paymentsDeadline,
  confirmDeadline,
  billHandoverDeadline,
  dailyCheckDeadline,
  statementsDeadline,
  answerDeadline,
  monthCloseDeadline,
]
