/** English for contractsDashboard.zh-CN.ts (same keys). */
import type { contractsDashboardZh } from './dashboard.zh-CN'

export const contractsDashboardEn: typeof contractsDashboardZh = {
  contractDue: {
    legalReview: 'Contract {{number}} ({{customer}}) awaits legal review (submitted {{since}})',
    toSign: 'Contract {{number}} ({{customer}}) is approved and awaits signing (since {{since}})',
    notFiled:
      'Contract {{number}} ({{customer}}) signed on {{date}} is not filed yet (file it the day it is signed)',
    fileToday: 'Contract {{number}} ({{customer}}) signed today must be filed today',
    contractApproval:
      'Contract {{number}} ({{customer}}) awaits approval by {{roles}} (waiting since {{since}})',
    changeApproval:
      'Change agreement {{number}} (contract {{contract}}, {{customer}}) awaits approval by {{roles}} (waiting since {{since}})',
    phoneOrderApproval:
      'Phone order {{number}} ({{customer}}) awaits confirmation by {{roles}}; nothing ships before (waiting since {{since}})',
    faxOrderApproval:
      'Fax order {{number}} ({{customer}}) awaits confirmation by {{roles}}; nothing ships before (waiting since {{since}})',
    register:
      'Contract register for {{year}}-{{month}} not produced yet ({{count}} contracts; number and bind them by the 3rd)',
  },
  contractRegister: {
    title: 'Contract register',
    subtitle: "By the 3rd of each month, last month's contract originals are numbered and bound",
    month: 'Month',
    index: 'No.',
    number: 'Contract no.',
    customer: 'Customer',
    name: 'Contract name',
    signedOn: 'Signed on',
    amount: 'Amount (CNY)',
    step: 'Status',
    total: 'Total',
    totalCount: '{{count}} contracts',
    voidedNote: 'Voided contracts are not counted in the total',
    empty: 'No contracts were signed in {{month}}',
    emptyHint: 'The register lists the contracts signed in the month; choose another month.',
    pdf: 'Create PDF',
    excel: 'Export to Excel',
    exported: '{{count}} contracts exported: {{path}}',
    produced: 'Produced on {{date}} ({{count}} contracts)',
    notProduced: 'Not produced yet',
    dueOn: 'Due by {{date}}',
  },
}
