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
import { approvalBinding } from '../kit/approvalBinding'
import { defineProcedure } from '../kit/defineProcedure'
import { contractArchiveSheets } from './archiveSheets'
import { changeChecklists, contractChecklists, phoneOrderChecklists, quotationChecklists } from './checklist'
import { contractDeadlines } from './deadlines'
import { type ChangeFacts, changeMachine } from './machines/change'
import { type ContractFacts, contractMachine } from './machines/contract'
import { type PhoneOrderFacts, phoneOrderMachine } from './machines/phoneOrder'
import { quotationMachine } from './machines/quotation'
import { contractTables } from './tables'

/** What an approval outcome does not read of a deal's facts. */
const blankDeal = { lines: [], milestones: [], attachmentIds: [], decisionsInRound: 0 }

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
      approval: approvalBinding<ContractFacts>(contractMachine, blankDeal as Partial<ContractFacts>),
    },
    change: {
      table: 'contractChanges',
      machine: changeMachine,
      checklists: changeChecklists,
      approval: approvalBinding<ChangeFacts>(changeMachine, blankDeal as Partial<ChangeFacts>),
    },
    phoneOrder: {
      table: 'phoneOrders',
      machine: phoneOrderMachine,
      checklists: phoneOrderChecklists,
      approval: approvalBinding<PhoneOrderFacts>(phoneOrderMachine, blankDeal as Partial<PhoneOrderFacts>),
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
