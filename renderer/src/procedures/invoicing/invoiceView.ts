/** How an application's step reads on screen: its colour and its place on the stepper. */
import type { InvoiceStep } from '@shared/procedures/invoicing/records'

const colors: Record<InvoiceStep, string> = {
  draft: 'gray',
  review: 'yellow',
  returned: 'orange',
  approval: 'yellow',
  toIssue: 'blue',
  issued: 'cyan',
  delivered: 'teal',
  confirmed: 'green',
  voided: 'red',
}

export const invoiceStepColor = (step: InvoiceStep): string => colors[step]

/** The stepper's steps: a return goes back to 起草; leadership's approval shows only when asked for. */
export const stepperSteps = (withApproval: boolean): InvoiceStep[] => [
  'draft',
  'review',
  ...(withApproval ? (['approval'] as const) : []),
  'toIssue',
  'issued',
  'delivered',
  'confirmed',
]

export function stepperIndex(step: InvoiceStep, withApproval: boolean): number {
  const steps = stepperSteps(withApproval)
  if (step === 'returned') return 0
  // Confirmed is the last: every step done.
  if (step === 'confirmed') return steps.length
  return Math.max(0, steps.indexOf(step))
}
