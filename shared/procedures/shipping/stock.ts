/**
 * The stock ledger (DOMAIN.md §7 库房): balances are derived from the
 * movements, never typed; stock never goes negative (the refusal names the
 * product and what is available); a month finance has signed off is closed
 * to movements, so a late correction goes into the next open month; the
 * month-end count turns each difference into a 盘点调整 movement of its own;
 * 库存月报 gives opening, in, out, adjustment and closing per product.
 * Pure: the caller passes the movements it read.
 */
import type { FieldProblem } from '../kit/problems'
import type { MovementKind, StockCountLineRecord, StockMovementRecord } from './records'

export type MovementOf = Pick<StockMovementRecord, 'productId' | 'kind' | 'date' | 'qty'> & {
  deletedAt?: string | null
}

/** What a movement adds to the balance: 入库 +qty, 出库 −qty, 盘点调整 its signed qty. */
export function signedQty(m: Pick<MovementOf, 'kind' | 'qty'>): number {
  return m.kind === 'out' ? -m.qty : m.qty
}

/**
 * Balance per product from the live movements dated on or before `upTo`
 * (every one when left out). One pass, no sorting: 200,000 movements of
 * 5,000 products take a few milliseconds.
 */
export function stockBalances(movements: readonly MovementOf[], upTo?: string): Map<string, number> {
  const balances = new Map<string, number>()
  for (const m of movements) {
    if (m.deletedAt || (upTo !== undefined && m.date > upTo)) continue
    balances.set(m.productId, (balances.get(m.productId) ?? 0) + signedQty(m))
  }
  return balances
}

/**
 * What can leave the store on `date` without the ledger going negative on
 * that day or any later one: the lowest running balance from `date` on.
 */
export function availableOn(movements: readonly MovementOf[], productId: string, date: string): number {
  const own = movements
    .filter((m) => !m.deletedAt && m.productId === productId)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  let balance = 0
  let i = 0
  for (; i < own.length && own[i].date <= date; i++) balance += signedQty(own[i])
  let lowest = balance
  for (; i < own.length; i++) {
    balance += signedQty(own[i])
    lowest = Math.min(lowest, balance)
  }
  return Math.max(0, lowest)
}

/** The month of a date, YYYY-MM. */
export const monthOf = (date: string): string => date.slice(0, 7)

/** The month after `month` (YYYY-MM). */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/** The month before `month` (YYYY-MM). */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

/** The last day of `month` (YYYY-MM-DD). */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number)
  const days =
    m === 2
      ? (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
        ? 29
        : 28
      : [4, 6, 9, 11].includes(m)
        ? 30
        : 31
  return `${month}-${String(days).padStart(2, '0')}`
}

/** The first month on or after `month` that finance has not signed off: where a late correction goes. */
export function firstOpenMonth(month: string, signedOff: ReadonlySet<string>): string {
  let m = month
  while (signedOff.has(m)) m = nextMonth(m)
  return m
}

/** A movement as a form or a step proposes it, with the product's name for the refusal. */
export interface ProposedMovement {
  productId: string
  productName: string
  kind: MovementKind
  date: string
  qty: number
}

/**
 * What is wrong with movements about to be written, at their fields
 * (`movements.<i>.…`): a real date in a month not signed off (the refusal
 * names the month to put the correction in), whole quantities (positive for
 * 入库 and 出库, not zero for 盘点调整), and no product going below zero on
 * any day: the refusal names the product and how many are available.
 */
export function movementProblems(
  existing: readonly MovementOf[],
  proposed: readonly ProposedMovement[],
  signedOff: ReadonlySet<string>,
): FieldProblem[] {
  const problems: FieldProblem[] = []
  const accepted: MovementOf[] = [...existing]
  proposed.forEach((m, i) => {
    const at = (f: string) => `movements.${i}.${f}`
    if (!/^\d{4}-\d{2}-\d{2}$/.test(m.date)) {
      problems.push({ field: at('date'), messageKey: 'validation.required' })
      return
    }
    if (signedOff.has(monthOf(m.date))) {
      problems.push({
        field: at('date'),
        messageKey: 'shippingValidation.monthSignedOff',
        params: { month: monthOf(m.date), open: firstOpenMonth(monthOf(m.date), signedOff) },
      })
      return
    }
    const whole = Number.isSafeInteger(m.qty) && (m.kind === 'adjust' ? m.qty !== 0 : m.qty > 0)
    if (!whole) {
      problems.push({ field: at('qty'), messageKey: 'shippingValidation.stockQty' })
      return
    }
    if (signedQty(m) < 0) {
      const available = availableOn(accepted, m.productId, m.date)
      if (-signedQty(m) > available) {
        problems.push({
          field: at('qty'),
          messageKey: 'shippingValidation.notEnough',
          params: { product: m.productName, available, qty: Math.abs(m.qty) },
        })
        return
      }
    }
    accepted.push(m)
  })
  return problems
}

/** One row of 库存月报. */
export interface MonthReportRow {
  productId: string
  opening: number
  in: number
  out: number
  adjust: number
  closing: number
}

/**
 * 库存月报 for `month`: per product with a balance or a movement, opening
 * (everything before the month), 入库, 出库, 盘点调整 and closing, in the
 * order of `order` (product ids, e.g. by name) and then by id.
 */
export function monthReport(
  movements: readonly MovementOf[],
  month: string,
  order: readonly string[] = [],
): MonthReportRow[] {
  const rows = new Map<string, MonthReportRow>()
  const row = (productId: string) => {
    let r = rows.get(productId)
    if (!r) {
      r = { productId, opening: 0, in: 0, out: 0, adjust: 0, closing: 0 }
      rows.set(productId, r)
    }
    return r
  }
  for (const m of movements) {
    if (m.deletedAt) continue
    const mm = monthOf(m.date)
    if (mm > month) continue
    const r = row(m.productId)
    if (mm < month) r.opening += signedQty(m)
    else if (m.kind === 'in') r.in += m.qty
    else if (m.kind === 'out') r.out += m.qty
    else r.adjust += m.qty
  }
  const rank = new Map(order.map((id, i) => [id, i]))
  return [...rows.values()]
    .map((r) => ({ ...r, closing: r.opening + r.in - r.out + r.adjust }))
    .filter((r) => r.opening !== 0 || r.in !== 0 || r.out !== 0 || r.adjust !== 0)
    .sort(
      (a, b) =>
        (rank.get(a.productId) ?? Infinity) - (rank.get(b.productId) ?? Infinity) ||
        (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0),
    )
}

/** The book quantity of every product at the end of `month`: what the count compares with. */
export function bookAtMonthEnd(movements: readonly MovementOf[], month: string): Map<string, number> {
  return stockBalances(movements, monthEnd(month))
}

export type CountLineOf = Pick<StockCountLineRecord, 'productId' | 'bookQty' | 'countedQty' | 'reason'> & {
  deletedAt?: string | null
}

/** What is wrong with a count's lines: whole counts, not negative, and a reason for every difference. */
export function countLineProblems(lines: readonly CountLineOf[]): FieldProblem[] {
  const problems: FieldProblem[] = []
  lines.forEach((l, i) => {
    if (l.deletedAt) return
    if (!Number.isSafeInteger(l.countedQty) || l.countedQty < 0)
      problems.push({ field: `lines.${i}.countedQty`, messageKey: 'shippingValidation.counted' })
    else if (l.countedQty !== l.bookQty && l.reason.trim() === '')
      problems.push({
        field: `lines.${i}.reason`,
        messageKey: 'shippingValidation.differenceReason',
        params: { book: l.bookQty, counted: l.countedQty },
      })
  })
  return problems
}

/** A 盘点调整 movement a count makes, dated the month's last day. */
export interface CountAdjustment {
  productId: string
  kind: 'adjust'
  date: string
  /** counted − book. */
  qty: number
  note: string
}

/** The adjustment movements of a month's count: one per product whose count differs from the book. */
export function countAdjustments(month: string, lines: readonly CountLineOf[]): CountAdjustment[] {
  return lines
    .filter((l) => !l.deletedAt && l.countedQty !== l.bookQty)
    .map((l) => ({
      productId: l.productId,
      kind: 'adjust' as const,
      date: monthEnd(month),
      qty: l.countedQty - l.bookQty,
      note: l.reason.trim(),
    }))
}

/** A product's stock row's derived values from its live movements (tables.ts stockItems). */
/** The product's names a stock row keeps (derived from the product, whose id it has). */
export const stockNameFields = ['name', 'model', 'spec', 'unit'] as const

export function stockNames(
  product: Readonly<Record<string, unknown>> | undefined,
): Record<(typeof stockNameFields)[number], string> {
  const text = (f: string) => (typeof product?.[f] === 'string' ? (product[f] as string) : '')
  return { name: text('name'), model: text('model'), spec: text('spec'), unit: text('unit') }
}

export function stockItemValues(movements: readonly MovementOf[]): {
  balance: number
  movedOn: string
  movements: number
} {
  let balance = 0
  let movedOn = ''
  let count = 0
  for (const m of movements) {
    if (m.deletedAt) continue
    balance += signedQty(m)
    if (m.date > movedOn) movedOn = m.date
    count += 1
  }
  return { balance, movedOn, movements: count }
}
