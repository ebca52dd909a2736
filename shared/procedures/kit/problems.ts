/**
 * Why a rule refuses: a field and an i18n message. The screen shows each
 * problem at its field before anything is sent, and the repository refuses
 * the same problems inside its transaction (CONVENTIONS.md §8).
 */
export interface FieldProblem {
  field: string
  messageKey: string
  params?: Record<string, string | number>
}

/** A text the rule needs: nothing, or `validation.required` at the field. */
export function requiredText(field: string, value: string | null | undefined): FieldProblem[] {
  return value && value.trim() !== '' ? [] : [{ field, messageKey: 'validation.required' }]
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A date the rule needs (YYYY-MM-DD), not after today: at the field. */
export function pastDay(field: string, value: string | null | undefined, today: string): FieldProblem[] {
  if (!value || !DAY.test(value)) return [{ field, messageKey: 'validation.required' }]
  return value > today ? [{ field, messageKey: 'validation.contract.future' }] : []
}

/** A checked box the rule needs. */
export function confirmed(field: string, value: boolean, messageKey: string): FieldProblem[] {
  return value ? [] : [{ field, messageKey }]
}
