/** Words of the invoicing checks on the 工作台, under a top-level key of their own. */
export const invoicingDashboardZh = {
  invoicingDue: {
    review: '开票申请单 {{number}}（{{customer}}）待财务审核（{{since}} 提交）',
    toIssue: '开票申请单 {{number}}（{{customer}}）已审核，待开具发票（{{since}} 审核）',
    deliver: '发票 {{no}}（{{customer}}）已于 {{date}} 开具，尚未交给客户',
    confirm: '发票 {{no}}（{{customer}}）已于 {{date}} 交付，客户尚未确认',
  },
}
