/**
 * 每日回款核对 (DOMAIN.md §4): every working day the clerk checks the day's
 * collections with finance and records it, one record per day whichever PC
 * writes it (制度：应每日向财务部了解回款情况，及时处理回款过程中发现的问题，杜绝错帐、坏帐的发生).
 * Working days are Chinese ones: no check is owed on a holiday or an
 * ordinary weekend, and one is owed on a make-up working Saturday or Sunday.
 */
import { isWorkday } from '../../kernel/workdays'
import { formatFen } from '../../kernel/money'
import { type FieldProblem, pastDay, requiredText } from '../kit/problems'
import { addDays, isDay } from '../../kernel/days'
import type { CollectionCheckRecord } from './records'

/**
 * How far back missed days are looked for: a quarter of a year. Older gaps
 * cannot be made good any more, and the walk stays short on a PC started
 * years after its first check.
 */
export const LOOK_BACK_DAYS = 92

/** The working days from `from` to `to`, both included, in order. */
export function workdaysBetween(from: string, to: string): string[] {
  const days: string[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) if (isWorkday(day)) days.push(day)
  return days
}

/**
 * The working days before today with no check: from `since` (the first
 * check ever recorded — the department checks from the day it started
 * using the app), no further back than LOOK_BACK_DAYS, up to yesterday.
 * Today's is not missed yet: it is still to do (todayCheckDue).
 */
export function missedCheckDays(since: string, today: string, checked: ReadonlySet<string>): string[] {
  if (!isDay(since) || since >= today) return []
  const floor = addDays(today, -LOOK_BACK_DAYS)
  return workdaysBetween(since > floor ? since : floor, addDays(today, -1)).filter((d) => !checked.has(d))
}

/** Today is a working day and its check is not recorded yet. */
export function todayCheckDue(today: string, checked: ReadonlySet<string>): boolean {
  return isWorkday(today) && !checked.has(today)
}

/** The days checked, from the live check rows. */
export function checkedDays(
  checks: readonly (Pick<CollectionCheckRecord, 'day'> & { deletedAt?: string | null })[],
): Set<string> {
  return new Set(checks.filter((c) => !c.deletedAt).map((c) => c.day))
}

export type CheckInput = Pick<CollectionCheckRecord, 'day' | 'clerk' | 'finance' | 'differenceFen' | 'note'>

/**
 * What is wrong with a check, at its fields: a day not in the future, the
 * clerk and finance's person both named, a whole difference in fen, and
 * what is done about it whenever finance's figure and ours differ.
 */
export function checkProblems(c: CheckInput, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [
    ...pastDay('day', c.day, today),
    ...requiredText('clerk', c.clerk),
    ...requiredText('finance', c.finance),
  ]
  if (!Number.isSafeInteger(c.differenceFen))
    problems.push({ field: 'differenceFen', messageKey: 'collectionsValidation.difference' })
  else if (c.differenceFen !== 0 && c.note.trim() === '')
    problems.push({
      field: 'note',
      messageKey: 'collectionsValidation.differenceNote',
      params: { difference: formatFen(c.differenceFen) },
    })
  return problems
}
