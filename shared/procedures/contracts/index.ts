/**
 * 报价 · 商务谈判 · 合同签订 (DOMAIN.md §1): quotations, sales contracts with
 * their legal review, approvals, signing, filing, performance and
 * settlement, change agreements, phone/fax orders, and the monthly register.
 */
import {
  approvalFormDocument,
  changeAgreementDocument,
  contractDocument,
  quotationDocument,
  registerDocument,
} from './documents'
import { type ApprovalBinding, defineProcedure } from '../kit/defineProcedure'
import type { MachineContext, Transition } from '../kit/machine'
import { contractArchiveSheets } from './archiveSheets'
import { changeChecklists, contractChecklists, phoneOrderChecklists, quotationChecklists } from './checklist'
import { contractDeadlines } from './deadlines'
import { type ChangeFacts, changeMachine } from './machines/change'
import { type ContractFacts, contractMachine } from './machines/contract'
import { type PhoneOrderFacts, phoneOrderMachine } from './machines/phoneOrder'
import { quotationMachine } from './machines/quotation'
import { contractTables } from './tables'

/**
 * How records of a machine wait for approvals: at the step its engine action
 * `approvalsDone` starts from, and the engine takes `approvalsDone` or
 * `approvalRejected` when the round is decided. Those outcomes read only the
 * record's step and round, so the record stands in for the facts.
 */
function approvalBinding<F>(machine: {
  actions: { approvalsDone: { from: readonly string[] } }
  transition(
    facts: F,
    action: 'approvalsDone' | 'approvalRejected',
    payload: object,
    ctx: MachineContext,
    opts: { engine: boolean },
  ): Transition<string, object>
}): ApprovalBinding {
  return {
    waitingStep: machine.actions.approvalsDone.from[0],
    outcome: (record, decided, ctx) =>
      machine.transition(
        { lines: [], milestones: [], attachmentIds: [], decisionsInRound: 0, ...record } as F,
        decided === 'approved' ? 'approvalsDone' : 'approvalRejected',
        {},
        ctx,
        { engine: true },
      ),
  }
}

export const contractsProcedure = defineProcedure({
  id: 'contracts',
  nameKey: 'nav.sectionContracts',
  tables: contractTables,
  kinds: {
    quotation: { table: 'quotations', machine: quotationMachine, checklists: quotationChecklists },
    contract: {
      table: 'contracts',
      machine: contractMachine,
      checklists: contractChecklists,
      approval: approvalBinding<ContractFacts>(contractMachine),
    },
    change: {
      table: 'contractChanges',
      machine: changeMachine,
      checklists: changeChecklists,
      approval: approvalBinding<ChangeFacts>(changeMachine),
    },
    phoneOrder: {
      table: 'phoneOrders',
      machine: phoneOrderMachine,
      checklists: phoneOrderChecklists,
      approval: approvalBinding<PhoneOrderFacts>(phoneOrderMachine),
    },
  },
  deadlines: contractDeadlines,
  documents: {
    quotation: quotationDocument,
    contract: contractDocument,
    approvalForm: approvalFormDocument,
    changeAgreement: changeAgreementDocument,
    register: registerDocument,
  },
  archive: { fileName: '合同.xlsx', tables: ['contracts', 'tradeLines'], sheets: contractArchiveSheets },
})
