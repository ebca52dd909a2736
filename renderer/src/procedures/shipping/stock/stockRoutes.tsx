/** The stock screens for the route registry (section 发货与库房): 库存 with each product's 库存台账, and 月末盘点. */
import { IconBuildingWarehouse, IconClipboardCheck } from '@tabler/icons-react'
import type { SectionRoute } from '../../../app/routeTypes'
import { StockCountListPage } from './StockCountListPage'
import { StockCountPage } from './StockCountPage'
import { StockLedgerPage } from './StockLedgerPage'
import { StockListPage } from './StockListPage'

export const stockRoutes: SectionRoute[] = [
  {
    path: '/stock',
    labelKey: 'shipping.stock.list',
    icon: <IconBuildingWarehouse size={18} />,
    Page: StockListPage,
    inMenu: true,
  },
  {
    path: '/stock/:productId',
    labelKey: 'shipping.stock.ledger',
    icon: <IconBuildingWarehouse size={18} />,
    Page: StockLedgerPage,
    inMenu: false,
  },
  {
    path: '/stock-counts',
    labelKey: 'shipping.counts.title',
    icon: <IconClipboardCheck size={18} />,
    Page: StockCountListPage,
    inMenu: true,
  },
  {
    path: '/stock-counts/:month',
    labelKey: 'shipping.counts.title',
    icon: <IconClipboardCheck size={18} />,
    Page: StockCountPage,
    inMenu: false,
  },
]
