/** English words of the invoicing checks on the dashboard. */
export const invoicingDashboardEn = {
  invoicingDue: {
    review: 'Invoice application {{number}} ({{customer}}) awaits finance (submitted {{since}})',
    toIssue:
      'Invoice application {{number}} ({{customer}}) is approved and awaits issue (approved {{since}})',
    deliver: 'Invoice {{no}} ({{customer}}) issued on {{date}} has not reached the customer',
    confirm: 'Invoice {{no}} ({{customer}}) delivered on {{date}} is not confirmed by the customer',
  },
}
