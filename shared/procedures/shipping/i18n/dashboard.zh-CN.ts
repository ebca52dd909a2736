/**
 * Words of the shipping and stock checks on the 工作台, under a top-level
 * key of their own (a spread of `dashboard` would replace zh-CN.ts's).
 */
export const shippingDashboardZh = {
  shippingDue: {
    purchaseOrder:
      '合同 {{number}}（{{customer}}）已于 {{filedOn}} 归档，须于 {{due}} 前填写采购单并联系厂家（一个工作日内）',
    financeReview: '设备采购单 {{number}}（{{customer}}）待财务审核（{{since}} 提交）',
    promisedOverdue: '设备采购单 {{number}}（{{customer}}）厂家承诺 {{date}} 交货，尚未全部发货',
    receiptNotFiled: '发运单 {{number}}（{{customer}}）客户已于 {{date}} 签收，签收单尚未归档',
    stockCount: '{{month}} 月末库存盘点尚未经财务签认（{{step}}）',
    deliveryOverdue: '合同 {{number}}（{{customer}}）约定 {{date}} 前交货，尚未交货',
  },
}
