/** The contract procedure's screens for the route registry (section 合同管理). */
import { IconFileDescription } from '@tabler/icons-react'
import type { SectionRoute } from '../../app/routeTypes'
import { ChangePage } from './changes/ChangePage'
import { ContractPage } from './contract/ContractPage'
import { ContractListPage } from './ContractListPage'
import { phoneOrderRoutes } from './phoneOrders/phoneOrderRoutes'
import { quotationRoutes } from './quotations/quotationRoutes'

export const contractRoutes: SectionRoute[] = [
  ...quotationRoutes,
  {
    path: '/contracts',
    labelKey: 'nav.contracts',
    icon: <IconFileDescription size={18} />,
    Page: ContractListPage,
    inMenu: true,
  },
  {
    path: '/contracts/:id',
    labelKey: 'nav.contracts',
    icon: <IconFileDescription size={18} />,
    Page: ContractPage,
    inMenu: false,
  },
  {
    path: '/contract-changes/:id',
    labelKey: 'nav.contracts',
    icon: <IconFileDescription size={18} />,
    Page: ChangePage,
    inMenu: false,
  },
  ...phoneOrderRoutes,
]
