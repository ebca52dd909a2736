/** English for settings.zh-CN.ts (flat dotted keys explained there). */
import type { SettingsMessages } from './settings.zh-CN'

export const settingsEn: SettingsMessages = {
  'validation.pcPrefix': 'The number prefix is 1 to 3 capital letters or digits',
  'errors.numbers.exhausted':
    "This PC has used all of this month's numbers; ask an administrator to change this PC's number block",
  contractSettings: {
    tab: 'Contracts & approvals',
    approvalsSection: 'Approval rules',
    numberingSection: 'Contract numbers',
    textSection: 'Contract text and quotations',
    clausesSection: 'Standard clause library',
    priceDeviation: 'Allowed price deviation (%)',
    priceDeviationHint: 'A price this far below the quotation goes to the commerce manager',
    priceDeviationInvalid: 'Enter a percentage from 0 to 100 with at most two decimals, e.g. 5 or 5.5',
    majorContract: 'Major contract amount (yuan)',
    majorContractHint: 'Contracts of {{amount}} or more (tax included) go to the company leadership',
    majorContractInvalid: 'The amount must be 0 or more with at most two decimals, e.g. 500000',
    numberPattern: 'Contract number pattern',
    numberPatternHint:
      'Tokens: {yyyy} year · {yy} two-digit year · {MM} month · {dd} day · {pc} PC prefix · {seq:4} four-digit sequence',
    example: 'Example: {{number}}',
    exampleExhausted: "This PC has used all of this month's numbers",
    patternProblem: {
      noSeq: 'The pattern must contain the sequence {seq}, e.g. {seq:4}',
      unknownToken: 'Unknown token; use only {yyyy} {yy} {MM} {dd} {pc} {seq:N}',
      tooLong: 'The pattern may be at most 40 characters',
    },
    partyNames: 'How the parties are named',
    party: {
      buyerJia: 'Party A is the buyer (customer), Party B the seller (us)',
      sellerJia: 'Party A is the seller (us), Party B the buyer (customer)',
      gongXu: 'Demander (customer) and supplier (us)',
    },
    validDays: 'Quotations valid for (days)',
    clausesHint: 'New contracts start with these clauses; each contract may change its own copy.',
    clauseNumber: 'Clause {{n}}',
    clauseTitle: 'Clause title',
    clauseText: 'Clause text',
    clauseTitleRequired: 'Enter the clause title',
    clauseTitleTooLong: 'The title may be at most 40 characters',
    clauseTextRequired: 'Enter the clause text',
    clauseTextTooLong: 'The text may be at most 2000 characters',
    addClause: 'Add clause',
    clauseLimit: 'The library holds at most 40 clauses',
    moveUp: 'Move up',
    moveDown: 'Move down',
    removeClause: 'Remove this clause',
    noClauses: 'The library is empty; new contracts start without clauses.',
  },
  pcNumbering: {
    title: "This PC's number block",
    explain:
      'Every PC numbers contracts, quotations and phone orders from a block of its own, so numbers given out offline never repeat. The PC registers its block by itself when it creates or joins the shared folder; nobody sets it by hand.',
    pcIndex: 'Block',
    block: 'Block {{block}}: this PC numbers {{from}}–{{to}} each month',
    claimed: 'Registered in the shared folder: no other PC uses this block',
    unclaimed:
      'This PC is not on a shared folder yet and numbers from a block of its own; creating or joining a share registers a block no other PC uses',
    pcPrefix: 'PC prefix',
    pcPrefixHint: 'The letters shown for {pc} in the pattern, e.g. A',
    save: "Save this PC's prefix",
  },
}
