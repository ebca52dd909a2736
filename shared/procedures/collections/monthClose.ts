/**
 * 往来账月结 (DOMAIN.md §7): at each month end the clerk agrees the month's
 * receivables and payables with finance, and finance signs the month off
 * (制度：负责往来账项的管理，并于每月末与财务进行核对). A signed-off month is
 * closed: no receipt dated in it is registered, changed or reversed, so the
 * figures finance signed stay true; a late one needs finance to reopen the
 * month first (machines/monthClose.ts). The month arithmetic is the stock
 * ledger's (shipping/stock.ts), so both month-end checks agree on what a
 * month is.
 */
import { isWorkday } from '../../kernel/workdays'
import type { FieldProblem } from '../kit/problems'
import { monthEnd, monthOf, previousMonth } from '../shipping/stock'
import { addDays, isDay } from '../../kernel/days'
import type { MonthCloseRecord, MonthCloseStep, ReceiptRecord } from './records'

export { monthEnd, monthOf, previousMonth }

type Live = { deletedAt?: string | null }
export type MonthCloseOf = Pick<MonthCloseRecord, 'month' | 'step'> & Live

/** The months finance has signed off: closed to money records. */
export function closedMonths(closes: readonly MonthCloseOf[]): Set<string> {
  return new Set(closes.filter((c) => !c.deletedAt && c.step === 'signedOff').map((c) => c.month))
}

/** A money record dated `date` (at `field`) is refused when its month is signed off. */
export function closedMonthProblems(
  field: string,
  date: string,
  closed: ReadonlySet<string>,
): FieldProblem[] {
  return isDay(date) && closed.has(monthOf(date))
    ? [{ field, messageKey: 'collectionsValidation.monthClosed', params: { month: monthOf(date) } }]
    : []
}

/** The month's last working day: finance reconciles on it, and not before. */
export function lastWorkdayOf(month: string): string {
  let day = monthEnd(month)
  while (!isWorkday(day)) day = addDays(day, -1)
  return day
}

/** The first day a month's close is shown as due: its last week. */
export function closeWindowOpens(month: string): string {
  return addDays(monthEnd(month), -6)
}

export interface MonthCloseDue {
  month: string
  /** Its last day (每月末); before today is overdue. */
  due: string
  /** Where it stands; 'open' when not begun. */
  step: MonthCloseStep
}

/**
 * The closes due on `today`: last month's while not signed off (overdue),
 * and this month's from its last week; each only for a month the accounts
 * were used in (`used`: months with a receipt), or with a close begun, so a
 * new installation is not told it missed last month.
 */
export function dueMonthCloses(
  today: string,
  closes: readonly MonthCloseOf[],
  used: ReadonlySet<string>,
): MonthCloseDue[] {
  const byMonth = new Map(closes.filter((c) => !c.deletedAt).map((c) => [c.month, c]))
  const month = monthOf(today)
  const due: MonthCloseDue[] = []
  for (const m of [previousMonth(month), month]) {
    const close = byMonth.get(m)
    if (close?.step === 'signedOff') continue
    if (!close && !used.has(m)) continue
    if (m === month && today < closeWindowOpens(m)) continue
    due.push({ month: m, due: monthEnd(m), step: close?.step ?? 'open' })
  }
  return due
}

export type ReceiptInMonthOf = Pick<ReceiptRecord, 'receivedOn' | 'step'> & Live

/**
 * What stops a month from being submitted or signed off: too early (before
 * its last working day), figures that are not whole fen ≥ 0, and — for the
 * sign-off — receipts dated in it that finance has not decided, which would
 * change the month after it closed.
 */
export function monthCloseProblems(
  close: Pick<MonthCloseRecord, 'month' | 'receivablesFen' | 'payablesFen'>,
  today: string,
  receipts?: readonly ReceiptInMonthOf[],
): FieldProblem[] {
  const problems: FieldProblem[] = []
  const from = lastWorkdayOf(close.month)
  if (today < from)
    problems.push({ field: 'month', messageKey: 'collectionsValidation.monthNotEnded', params: { from } })
  for (const field of ['receivablesFen', 'payablesFen'] as const)
    if (!Number.isSafeInteger(close[field]) || close[field] < 0)
      problems.push({ field, messageKey: 'collectionsValidation.monthFigure' })
  const waiting = (receipts ?? []).filter(
    (r) =>
      !r.deletedAt &&
      (r.step === 'pending' || r.step === 'returned') &&
      monthOf(r.receivedOn) === close.month,
  ).length
  if (waiting > 0)
    problems.push({
      field: 'month',
      messageKey: 'collectionsValidation.receiptsWaiting',
      params: { count: waiting },
    })
  return problems
}
