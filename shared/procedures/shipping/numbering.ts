/**
 * Numbers of the shipping procedure, on the kit's numbering
 * (shared/procedures/kit/numbering.ts), in the style of contracts'
 * numbering.ts: 设备采购单 CG-, 发运单 FY-, 入库单 RK-, each restarting every
 * month. A 设备签收单 carries its shipment's number; a 库存月报 its month.
 */

/** The shipping procedure's numbered series. */
export type ShippingNumberKind = 'purchaseOrder' | 'shipment' | 'stockIn'

export const shippingNumberPatterns: Record<ShippingNumberKind, string> = {
  purchaseOrder: 'CG-{yyyy}{MM}-{seq:4}',
  shipment: 'FY-{yyyy}{MM}-{seq:4}',
  stockIn: 'RK-{yyyy}{MM}-{seq:4}',
}

/** The 库存月报's number: KC-2026-10. */
export const stockReportNumber = (month: string): string => `KC-${month}`

export { formatNumber, numberPeriod } from '../kit/numbering'
