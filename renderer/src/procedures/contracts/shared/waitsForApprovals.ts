/**
 * Whether a contract, change agreement or phone order is at the step where
 * it waits for the approvals engine: its record kind's binding in the
 * procedure registry says which step, as the approvals repository reads it.
 */
import { recordKinds } from '@shared/procedures'
import type { ApprovalSubjectTable } from '@shared/procedures/contracts/records'

export function waitsForApprovals(table: ApprovalSubjectTable, step: string): boolean {
  return recordKinds.get(table)?.approval?.waitingStep === step
}
