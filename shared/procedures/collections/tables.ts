/**
 * The collections procedure's synced tables as the generic code reads them
 * (shared/procedures/kit/tableSpec.ts), new in Dexie version 10, with the
 * indexes its checks and screens read by: receipts by customer, step, day
 * and the bills still waiting for finance; allocations by receipt,
 * contract and milestone; statements by customer, period and `[step+sentOn]`;
 * one row per day, period and month for the daily check, the report and
 * the month close (their id is the day, the period, the month).
 */
import { tableSpec } from '../kit/tableSpec'
import { billWaitingSince } from './bills'
import { collectionsNumberPatterns } from './numbering'
import type {
  BillHandoverRecord,
  CollectionCheckRecord,
  DunningRecord,
  MonthCloseRecord,
  ReceiptAllocationRecord,
  ReceiptRecord,
  StatementRecord,
  StatementReportRecord,
} from './records'

const SINCE = 10

/** A number is the business key, as a contract's: a fresh one from this PC's block, or keep both. */
const numberKey = { fields: ['number'], settle: ['renumber', 'keepBoth'] } as const
const numbered = (kind: keyof typeof collectionsNumberPatterns) => ({
  field: 'number' as const,
  series: () => ({ kind, pattern: collectionsNumberPatterns[kind] }),
})

export const collectionsTables = {
  receipts: tableSpec<ReceiptRecord>()({
    nameKey: 'collectionsTables.receipts',
    fieldsKey: 'receiptFields',
    edit: 'collections.register',
    nameFields: ['number'],
    valueWords: {
      step: 'collections.receipts.steps',
      method: 'collections.methods',
      customerToldHow: 'collections.contactWays',
    },
    refs: { customerId: 'customers', handoverId: 'billHandovers' },
    // A bill is one fact: its number, drawer, acceptor and dates change together.
    fieldGroups: {
      bill: ['billNo', 'drawer', 'acceptor', 'billIssuedOn', 'billDueOn'],
      told: ['customerToldOn', 'customerToldHow'],
    },
    // The bills still to reach finance, by the day they arrived (the 工作台's check reads the index).
    derive: {
      fields: ['billWaitingSince'],
      compute: (row) => ({ billWaitingSince: billWaitingSince(row as unknown as ReceiptRecord) }),
    },
    attach: 'collections.register',
    uniqueKeys: [numberKey],
    numbered: numbered('receipt'),
    store: { since: SINCE, indexes: 'customerId, step, number, receivedOn, billWaitingSince, handoverId' },
  }),
  receiptAllocations: tableSpec<ReceiptAllocationRecord>()({
    nameKey: 'collectionsTables.receiptAllocations',
    fieldsKey: 'receiptAllocationFields',
    edit: 'collections.register',
    nameFields: ['milestoneId'],
    refs: { contractId: 'contracts', milestoneId: 'milestones' },
    parent: { table: { is: 'receipts' }, idField: 'parentId' },
    store: { since: SINCE, indexes: 'parentId, contractId, milestoneId' },
  }),
  dunnings: tableSpec<DunningRecord>()({
    nameKey: 'collectionsTables.dunnings',
    fieldsKey: 'dunningFields',
    edit: 'collections.dun',
    nameFields: ['contactedOn'],
    valueWords: { how: 'collections.contactWays' },
    refs: { contractId: 'contracts', milestoneId: 'milestones' },
    store: { since: SINCE, indexes: 'contractId, milestoneId, contactedOn, promisedOn' },
  }),
  billHandovers: tableSpec<BillHandoverRecord>()({
    nameKey: 'collectionsTables.billHandovers',
    fieldsKey: 'billHandoverFields',
    edit: 'collections.handover',
    nameFields: ['number'],
    valueWords: { step: 'collections.billHandovers.steps' },
    refs: { signedScanId: 'attachments' },
    attach: 'collections.handover',
    uniqueKeys: [numberKey],
    numbered: numbered('billHandover'),
    store: { since: SINCE, indexes: 'number, step, handedOn' },
  }),
  collectionChecks: tableSpec<CollectionCheckRecord>()({
    nameKey: 'collectionsTables.collectionChecks',
    fieldsKey: 'collectionCheckFields',
    edit: 'collections.dailyCheck',
    nameFields: ['day'],
    // One row per day whichever PC records it: the same check made on two PCs merges.
    store: { since: SINCE, indexes: 'day' },
  }),
  statements: tableSpec<StatementRecord>()({
    nameKey: 'collectionsTables.statements',
    fieldsKey: 'statementFields',
    edit: 'collections.statements',
    nameFields: ['number'],
    valueWords: { step: 'collections.statements.steps', answer: 'collections.statements.answers' },
    refs: { customerId: 'customers' },
    // The figures sent are one fact: the customer confirmed them together.
    fieldGroups: {
      figures: ['asOf', 'openingFen', 'contractsFen', 'invoicedFen', 'receivedFen', 'closingFen'],
      answer: ['returnedOn', 'answer', 'differenceFen', 'explanation'],
    },
    attach: 'collections.statements',
    uniqueKeys: [numberKey, { fields: ['customerId', 'period'], settle: ['keepBoth'] }],
    numbered: numbered('statement'),
    store: { since: SINCE, indexes: 'number, customerId, period, step, [step+sentOn], [customerId+period]' },
  }),
  statementReports: tableSpec<StatementReportRecord>()({
    nameKey: 'collectionsTables.statementReports',
    fieldsKey: 'statementReportFields',
    edit: 'collections.statements',
    nameFields: ['period'],
    valueWords: { step: 'collections.statementReports.steps' },
    store: { since: SINCE, indexes: 'period, step' },
  }),
  monthCloses: tableSpec<MonthCloseRecord>()({
    nameKey: 'collectionsTables.monthCloses',
    fieldsKey: 'monthCloseFields',
    edit: 'collections.monthClose',
    nameFields: ['month'],
    valueWords: { step: 'collections.monthCloses.steps' },
    fieldGroups: { figures: ['receivablesFen', 'payablesFen'] },
    store: { since: SINCE, indexes: 'month, step' },
  }),
}
