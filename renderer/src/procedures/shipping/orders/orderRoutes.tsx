/** 设备采购单 and 发运单 for the route registry (section 发货与库房), and the 发货 tab of a contract or phone order. */
import { IconClipboardList, IconTruckDelivery } from '@tabler/icons-react'
import type { SectionRoute } from '../../../app/routeTypes'
import type { RecordPanel } from '../../recordPanels'
import { PurchaseOrderPage } from './PurchaseOrderPage'
import { ShipmentPage } from './ShipmentPage'
import { PurchaseOrderListPage, ShipmentListPage } from './ShippingListPage'
import { SupplyPanel } from './SupplyPanel'

export const orderRoutes: SectionRoute[] = [
  {
    path: '/purchase-orders',
    labelKey: 'shipping.purchaseOrders.title',
    icon: <IconClipboardList size={18} />,
    Page: PurchaseOrderListPage,
    inMenu: true,
  },
  {
    path: '/purchase-orders/:id',
    labelKey: 'shipping.purchaseOrders.title',
    icon: <IconClipboardList size={18} />,
    Page: PurchaseOrderPage,
    inMenu: false,
  },
  {
    path: '/shipments',
    labelKey: 'shipping.shipments.title',
    icon: <IconTruckDelivery size={18} />,
    Page: ShipmentListPage,
    inMenu: true,
  },
  {
    path: '/shipments/:id',
    labelKey: 'shipping.shipments.title',
    icon: <IconTruckDelivery size={18} />,
    Page: ShipmentPage,
    inMenu: false,
  },
]

export const supplyPanel: RecordPanel = { id: 'shipping', labelKey: 'shippingOrders.tab', Panel: SupplyPanel }
