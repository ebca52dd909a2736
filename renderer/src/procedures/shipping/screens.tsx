/**
 * The shipping procedure's screens: the 发货与库房 section (设备采购单, 发运单,
 * 库存, 月末盘点), where its records open, and the 发货 tab it adds to a
 * contract and a phone order.
 */
import type { ProcedureScreens } from '../screens'
import { orderRoutes, supplyPanel } from './orders/orderRoutes'
import { stockRoutes } from './stock/stockRoutes'

export const shippingScreens: ProcedureScreens = {
  section: { id: 'shipping', labelKey: 'shipping.section' },
  routes: [...orderRoutes, ...stockRoutes],
  places: {
    purchaseOrders: { record: (id) => `/purchase-orders/${id}`, list: '/purchase-orders' },
    shipments: { record: (id) => `/shipments/${id}`, list: '/shipments' },
    stockItems: { record: (id) => `/stock/${id}`, list: '/stock' },
    stockCounts: { record: (month) => `/stock-counts/${month}`, list: '/stock-counts' },
  },
  recordPanels: { contracts: [supplyPanel], phoneOrders: [supplyPanel] },
}
