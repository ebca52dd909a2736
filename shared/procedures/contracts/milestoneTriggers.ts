/**
 * When a payment milestone falls due, from what the contract says triggers
 * it (制度：商务部按照合同流程催款): 合同签订后 N 日, 到货签收后 N 日, 验收合格后
 * N 日, 质保期满后 N 日, or a fixed date — worked out from the dates those
 * events really happened, '' while the event has not. Contracts count these
 * in calendar days (日), not working days.
 *
 * A milestone carries `trigger` and `triggerDays` (records.ts); its typed
 * `dueOn` is the fixed date. The contract carries `acceptedOn` and
 * `warrantyMonths`; delivery is the last 设备签收单 (shipping).
 */
import { nextWorkdayOnOrAfter } from '../../kernel/workdays'
import type { FieldProblem } from '../kit/problems'
import type { MilestoneTrigger } from './records'
import { addDays, addMonths, isDay } from '../../kernel/days'

/** A milestone's payment terms: the fields the contracts procedure would add to MilestoneRecord. */
export interface MilestoneTerms {
  /** '' on milestones made before triggers existed: their typed `dueOn` stands. */
  trigger: MilestoneTrigger | ''
  /** N in 事件后 N 日内; 0 for on the day. Not read for a fixed date. */
  triggerDays: number
  /** The agreed date, for `fixed`; '' otherwise. */
  fixedOn: string
}

/** The dates a contract's events really happened; '' while they have not. */
export interface ContractEvents {
  signedOn: string
  /** Every line signed for by the customer: the date of the last 设备签收单 (shipping's deliveryState). */
  deliveredOn: string
  /** 验收合格. */
  acceptedOn: string
  /** The warranty's last day (warrantyEndsOn). */
  warrantyEndsOn: string
}

/** The longest term a contract plausibly gives (ten years): beyond it is a typing mistake. */
export const MAX_TRIGGER_DAYS = 3650

const eventField = {
  signed: 'signedOn',
  delivered: 'deliveredOn',
  accepted: 'acceptedOn',
  warrantyEnd: 'warrantyEndsOn',
} as const satisfies Record<Exclude<MilestoneTrigger, 'fixed'>, keyof ContractEvents>

/**
 * The warranty's last day: `months` after it starts (验收合格, or delivery
 * when the contract has no acceptance), on the same day of the month or
 * that month's last day (2028-02-29 + 12 → 2029-02-28). The start day is not
 * counted (民法典第二百零一条), so a warranty from 2026-03-15 ends 2027-03-15.
 * '' while it has not started.
 */
export function warrantyEndsOn(startOn: string, months: number): string {
  return isDay(startOn) ? addMonths(startOn, months) : ''
}

/**
 * The day a milestone falls due: the trigger's event + N calendar days (the
 * event's own day not counted: signed 2026-01-25, 7 日内 → 2026-02-01), the
 * fixed date, or '' while the event has not happened (not yet due, never
 * overdue). A milestone without a trigger gives '' too: its caller keeps
 * the typed `dueOn`.
 */
export function milestoneDueOn(terms: MilestoneTerms, events: ContractEvents): string {
  if (terms.trigger === '') return ''
  if (terms.trigger === 'fixed') return isDay(terms.fixedOn) ? terms.fixedOn : ''
  const event = events[eventField[terms.trigger]]
  return isDay(event) ? addDays(event, terms.triggerDays) : ''
}

/**
 * The last day the customer may pay without being late: the due day, or
 * when it falls on a day off (a weekend or a statutory holiday, not a
 * make-up working day), the first working day after it
 * (民法典第二百零三条：期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日).
 * Chasing starts the day after this.
 */
export function lastDayToPay(dueOn: string): string {
  return isDay(dueOn) ? nextWorkdayOnOrAfter(dueOn) : ''
}

/** What is wrong with a milestone's terms, at `<prefix>trigger`, `…triggerDays`, `…fixedOn`. */
export function triggerProblems(terms: MilestoneTerms, prefix = ''): FieldProblem[] {
  if (terms.trigger === '') return [{ field: `${prefix}trigger`, messageKey: 'validation.required' }]
  if (terms.trigger === 'fixed')
    return isDay(terms.fixedOn) ? [] : [{ field: `${prefix}fixedOn`, messageKey: 'validation.required' }]
  const days = terms.triggerDays
  return Number.isSafeInteger(days) && days >= 0 && days <= MAX_TRIGGER_DAYS
    ? []
    : [
        {
          field: `${prefix}triggerDays`,
          messageKey: 'validation.contract.triggerDays',
          params: { max: MAX_TRIGGER_DAYS },
        },
      ]
}

const eventWords: Record<Exclude<MilestoneTrigger, 'fixed'>, string> = {
  signed: '合同签订后',
  delivered: '货到签收后',
  accepted: '验收合格后',
  warrantyEnd: '质保期满后',
}

/**
 * The terms in the words a contract prints (合同签订后7日内, 2026年12月31日前):
 * what `dueRule` says, so the printed rule and the computed date never
 * disagree. Printed text, in Chinese like the contract itself.
 */
export function triggerRuleText(terms: MilestoneTerms): string {
  if (terms.trigger === '') return ''
  if (terms.trigger === 'fixed') {
    if (!isDay(terms.fixedOn)) return ''
    const [y, m, d] = terms.fixedOn.split('-').map(Number)
    return `${y}年${m}月${d}日前`
  }
  return terms.triggerDays === 0
    ? `${eventWords[terms.trigger]}当日`
    : `${eventWords[terms.trigger]}${terms.triggerDays}日内`
}
