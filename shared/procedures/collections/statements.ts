/**
 * 对账 (DOMAIN.md §4): at the end of June and December the department sends
 * each customer with an account a statement — owed at the start of the
 * half-year, contracts signed in it, invoices issued, money received, owed
 * at its end — and the customer returns a 回执 that it matches or differs
 * (制度：应在每年的6月底和12月底与客户核对往来账目，并将结果报告销售部经理，并通报公司财务部).
 *
 * Balances are on the contract basis: owed = contract amounts signed −
 * confirmed receipts; invoices are shown beside them for the customer's
 * own books. Change agreements enter as their difference on the day they
 * are signed. Pure: the caller passes plain amounts it read.
 */
import { type FieldProblem, pastDay, requiredText } from '../kit/problems'
import { addDays, isDay } from '../../kernel/days'
import type { HalfYear, ReceiptRecord, StatementAnswer, StatementRecord, StatementStep } from './records'

const PERIOD = /^(\d{4})-H([12])$/

export function isHalfYear(value: string): value is HalfYear {
  return PERIOD.test(value)
}

function split(period: HalfYear): [number, 1 | 2] {
  const m = PERIOD.exec(period)
  if (!m) throw new RangeError(`not a half-year: ${JSON.stringify(period)}`)
  return [Number(m[1]), m[2] === '1' ? 1 : 2]
}

/** The half-year a day falls in: 2026-03-01 → 2026-H1, 2026-07-01 → 2026-H2. */
export function halfYearOf(date: string): HalfYear {
  return `${date.slice(0, 4)}-H${date.slice(5, 7) <= '06' ? 1 : 2}`
}

export function periodStart(period: HalfYear): string {
  const [y, h] = split(period)
  return h === 1 ? `${y}-01-01` : `${y}-07-01`
}

/** 30 June or 31 December: the day the figures are as of. */
export function periodEnd(period: HalfYear): string {
  const [y, h] = split(period)
  return h === 1 ? `${y}-06-30` : `${y}-12-31`
}

export function previousPeriod(period: HalfYear): HalfYear {
  const [y, h] = split(period)
  return h === 2 ? `${y}-H1` : `${y - 1}-H2`
}

/**
 * The period whose statements are due on `today`: the latest one ended on or
 * before it (6月底 / 12月底). Due on its last day, overdue from the next;
 * the statements of 2026-H1 are due on 2026-06-30 and stay due until done.
 */
export function duePeriod(today: string): HalfYear {
  const period = halfYearOf(today)
  return today >= periodEnd(period) ? period : previousPeriod(period)
}

/** A contract (in force or settled) or a signed change agreement's difference, on the day signed. */
export interface ContractAmount {
  customerId: string
  signedOn: string
  amountFen: number
}

/** An invoice issued (开票 registers them). */
export interface InvoiceAmount {
  customerId: string
  issuedOn: string
  amountFen: number
}

export type StatementReceipt = Pick<ReceiptRecord, 'customerId' | 'step' | 'receivedOn' | 'amountFen'> & {
  deletedAt?: string | null
}

export type StatementFigures = Pick<
  StatementRecord,
  'openingFen' | 'contractsFen' | 'invoicedFen' | 'receivedFen' | 'closingFen'
>

export interface StatementInputs {
  contracts: readonly ContractAmount[]
  invoices: readonly InvoiceAmount[]
  receipts: readonly StatementReceipt[]
}

const zero = (): StatementFigures => ({
  openingFen: 0,
  contractsFen: 0,
  invoicedFen: 0,
  receivedFen: 0,
  closingFen: 0,
})

/**
 * Every customer's statement figures for `period`, in one pass over each
 * input: before the period counts into the opening balance, inside it into
 * its column, after it not at all. Only confirmed receipts are received.
 * Customers with nothing at all are left out.
 */
export function statementFigures(period: HalfYear, inputs: StatementInputs): Map<string, StatementFigures> {
  const start = periodStart(period)
  const end = periodEnd(period)
  const figures = new Map<string, StatementFigures>()
  const of = (customerId: string) => {
    let f = figures.get(customerId)
    if (!f) figures.set(customerId, (f = zero()))
    return f
  }
  for (const c of inputs.contracts) {
    if (!isDay(c.signedOn) || c.signedOn > end) continue
    if (c.signedOn < start) of(c.customerId).openingFen += c.amountFen
    else of(c.customerId).contractsFen += c.amountFen
  }
  for (const i of inputs.invoices)
    if (i.issuedOn >= start && i.issuedOn <= end) of(i.customerId).invoicedFen += i.amountFen
  for (const r of inputs.receipts) {
    if (r.deletedAt || r.step !== 'confirmed' || !isDay(r.receivedOn) || r.receivedOn > end) continue
    if (r.receivedOn < start) of(r.customerId).openingFen -= r.amountFen
    else of(r.customerId).receivedFen += r.amountFen
  }
  for (const [id, f] of figures) {
    f.closingFen = f.openingFen + f.contractsFen - f.receivedFen
    if (Object.values(f).every((v) => v === 0)) figures.delete(id)
  }
  return figures
}

/** One customer's figures for `period` (zeros when it has none). */
export function customerStatement(
  customerId: string,
  period: HalfYear,
  inputs: StatementInputs,
): StatementFigures {
  const own = (r: { customerId: string }) => r.customerId === customerId
  const mine = {
    contracts: inputs.contracts.filter(own),
    invoices: inputs.invoices.filter(own),
    receipts: inputs.receipts.filter(own),
  }
  return statementFigures(period, mine).get(customerId) ?? zero()
}

export type StatementOf = Pick<StatementRecord, 'customerId' | 'period' | 'step' | 'sentOn'> & {
  deletedAt?: string | null
}

/** Customers with figures for `period` and no live statement for it yet: still to prepare. */
export function customersWithoutStatement(
  period: HalfYear,
  figures: ReadonlyMap<string, StatementFigures>,
  statements: readonly StatementOf[],
): string[] {
  const done = new Set(statements.filter((s) => !s.deletedAt && s.period === period).map((s) => s.customerId))
  return [...figures.keys()].filter((id) => !done.has(id))
}

/** Days a customer has to return the 回执 before it is chased. */
export const ANSWER_DAYS = 15

/** The day a sent statement's 回执 is expected back by. */
export function answerDueOn(sentOn: string): string {
  return addDays(sentOn, ANSWER_DAYS)
}

/** Statements sent whose 回执 is not back after ANSWER_DAYS. */
export function unansweredStatements<T extends StatementOf>(statements: readonly T[], today: string): T[] {
  return statements.filter(
    (s) => !s.deletedAt && s.step === 'sent' && isDay(s.sentOn) && answerDueOn(s.sentOn) < today,
  )
}

export interface AnswerInput {
  answer: StatementAnswer | ''
  returnedOn: string
  differenceFen: number
  explanation: string
}

/**
 * What is wrong with a 回执 as recorded, at its fields: an answer; the day
 * it came back, not in the future nor before the statement was sent; a
 * matching answer has no difference; a differing one a non-zero whole
 * difference and the explanation of it.
 */
export function answerProblems(a: AnswerInput, sentOn: string, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [...pastDay('returnedOn', a.returnedOn, today)]
  if (isDay(a.returnedOn) && isDay(sentOn) && a.returnedOn < sentOn)
    problems.push({ field: 'returnedOn', messageKey: 'collectionsValidation.returnedBeforeSent' })
  if (a.answer === '') problems.push({ field: 'answer', messageKey: 'validation.required' })
  const whole = Number.isSafeInteger(a.differenceFen)
  if (a.answer === 'match' && a.differenceFen !== 0)
    problems.push({ field: 'differenceFen', messageKey: 'collectionsValidation.matchWithDifference' })
  if (a.answer === 'differ') {
    if (!whole || a.differenceFen === 0)
      problems.push({ field: 'differenceFen', messageKey: 'collectionsValidation.differWithoutDifference' })
    problems.push(...requiredText('explanation', a.explanation))
  }
  return problems
}

/** The figures of a period's statements, for the report to the sales manager and finance. */
export interface PeriodSummary {
  count: number
  steps: Record<StatementStep, number>
  closingFen: number
  /** The customers' differences added up, by their sign. */
  differenceFen: number
}

export function periodSummary(
  statements: readonly (StatementOf & Pick<StatementRecord, 'closingFen' | 'differenceFen'>)[],
): PeriodSummary {
  const summary: PeriodSummary = {
    count: 0,
    steps: { draft: 0, sent: 0, confirmed: 0, differs: 0, resolved: 0 },
    closingFen: 0,
    differenceFen: 0,
  }
  for (const s of statements) {
    if (s.deletedAt) continue
    summary.count += 1
    summary.steps[s.step] += 1
    summary.closingFen += s.closingFen
    summary.differenceFen += s.differenceFen
  }
  return summary
}

/** A period is reported once every statement of it went out; the refusal says how many did not. */
export function reportProblems(summary: PeriodSummary): FieldProblem[] {
  if (summary.count === 0) return [{ field: 'period', messageKey: 'collectionsValidation.noStatements' }]
  return summary.steps.draft > 0
    ? [
        {
          field: 'period',
          messageKey: 'collectionsValidation.statementsNotSent',
          params: { count: summary.steps.draft },
        },
      ]
    : []
}
