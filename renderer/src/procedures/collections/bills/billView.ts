/** How a 票据交接签收单's step reads on screen. */
import type { BillHandoverStep } from '@shared/procedures/collections/records'

const colors: Record<BillHandoverStep, string> = { draft: 'yellow', signed: 'green', voided: 'red' }

export const slipStepColor = (step: BillHandoverStep): string => colors[step]
