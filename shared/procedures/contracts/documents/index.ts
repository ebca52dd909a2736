/** The printed documents of the contract procedure, each a pure function from plain data to a DocumentModel. */
export { type ApprovalFormInput, APPROVAL_FORM_TYPE, approvalFormDocument } from './approvalFormDocument'
export {
  type ChangeAgreementInput,
  CHANGE_AGREEMENT_TYPE,
  changeAgreementDocument,
} from './changeAgreementDocument'
export { type ContractDocumentInput, CONTRACT_TYPE, contractDocument } from './contractDocument'
export { type DocumentParty, type PartyNames, partyRoles } from './documentParties'
export { type DocumentMilestone, milestoneAmounts } from './paymentMilestones'
export { type QuotationDocumentInput, QUOTATION_TYPE, quotationDocument } from './quotationDocument'
export {
  type RegisterEntry,
  type RegisterInput,
  REGISTER_TYPE,
  registerDocument,
  registerSheet,
  registerWorkbook,
} from './registerDocument'
export { type DocumentLine } from './tradeLines'
