/** How a statement's step and a report's step look on screen. */
import type { StatementReportStep, StatementStep } from '@shared/procedures/collections/records'

export const statementStepColor: Record<StatementStep, string> = {
  draft: 'gray',
  sent: 'blue',
  confirmed: 'green',
  differs: 'orange',
  resolved: 'teal',
}

export const reportStepColor: Record<StatementReportStep, string> = {
  draft: 'gray',
  reported: 'blue',
  acknowledged: 'green',
}
