/**
 * 催款 (DOMAIN.md §4): sales reps and the clerk chase each milestone due by
 * the contract's terms and write down every attempt — whom they reached,
 * how, and the day the customer promised (制度：商务部按照合同流程催款;
 * 协助销售人员进行业务款项的回收). A promise that passes with the money still
 * open is chased again.
 */
import { type FieldProblem, pastDay, requiredText } from '../kit/problems'
import { isDay } from '../../kernel/days'
import { type DunningRecord, contactWays } from './records'

export type DunningInput = Pick<DunningRecord, 'contactedOn' | 'contact' | 'how' | 'promisedOn'>

/**
 * What is wrong with a 催款记录, at its fields: the day, not in the future;
 * whom; how; and a promised day, when given, not before the call.
 */
export function dunningProblems(d: DunningInput, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [
    ...pastDay('contactedOn', d.contactedOn, today),
    ...requiredText('contact', d.contact),
  ]
  if (!(contactWays as readonly string[]).includes(d.how))
    problems.push({ field: 'how', messageKey: 'validation.required' })
  if (d.promisedOn !== '' && !isDay(d.promisedOn))
    problems.push({ field: 'promisedOn', messageKey: 'validation.required' })
  else if (isDay(d.promisedOn) && isDay(d.contactedOn) && d.promisedOn < d.contactedOn)
    problems.push({ field: 'promisedOn', messageKey: 'collectionsValidation.promisedBeforeContact' })
  return problems
}

export type DunningOf = Pick<DunningRecord, 'milestoneId' | 'contractId' | 'contactedOn' | 'promisedOn'> & {
  deletedAt?: string | null
}

/**
 * The milestones whose latest promise has passed (before today) while they
 * still have money open (`open`: amount − confirmed received, by milestone):
 * the latest 催款 of each, to chase again. A later call without a promise
 * replaces the promise: the customer was reached since.
 */
export function brokenPromises<T extends DunningOf>(
  dunnings: readonly T[],
  open: ReadonlyMap<string, number>,
  today: string,
): T[] {
  const latest = new Map<string, T>()
  for (const d of dunnings) {
    if (d.deletedAt) continue
    const before = latest.get(d.milestoneId)
    if (!before || d.contactedOn > before.contactedOn) latest.set(d.milestoneId, d)
  }
  return [...latest.values()].filter(
    (d) => isDay(d.promisedOn) && d.promisedOn < today && (open.get(d.milestoneId) ?? 0) > 0,
  )
}
