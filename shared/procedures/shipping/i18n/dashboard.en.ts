/** English for the shipping and stock checks; mirrors dashboard.zh-CN.ts. */
import type { shippingDashboardZh } from './dashboard.zh-CN'

export const shippingDashboardEn: {
  [K in keyof typeof shippingDashboardZh]: Record<keyof (typeof shippingDashboardZh)[K], string>
} = {
  shippingDue: {
    purchaseOrder:
      'Contract {{number}} ({{customer}}) was filed on {{filedOn}}: fill in the purchase order and contact the manufacturer by {{due}} (one working day)',
    financeReview: 'Purchase order {{number}} ({{customer}}) waits for finance (submitted {{since}})',
    promisedOverdue:
      'Purchase order {{number}} ({{customer}}): the manufacturer promised {{date}}, not all shipped',
    receiptNotFiled:
      'Shipment {{number}} ({{customer}}) was signed for on {{date}}; the receipt is not filed',
    stockCount: 'The stock count of {{month}} is not signed off by finance ({{step}})',
    deliveryOverdue:
      'Contract {{number}} ({{customer}}) was due for delivery by {{date}} and is not delivered',
  },
}
