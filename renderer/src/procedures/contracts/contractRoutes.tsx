/** The contract procedure's screens for the route registry (section 合同管理). */
import { IconFileDescription } from '@tabler/icons-react'
import type { ComponentType, ReactNode } from 'react'
import type { Permission } from '@shared/auth/permissions'
import { ChangePage } from './changes/ChangePage'
import { ContractPage } from './contract/ContractPage'
import { ContractListPage } from './ContractListPage'
import { phoneOrderRoutes } from './phoneOrders/phoneOrderRoutes'
import { quotationRoutes } from './quotations/quotationRoutes'

export interface ContractRouteDef {
  path: string
  labelKey: string
  icon: ReactNode
  Page: ComponentType
  permission?: Permission
  inMenu: boolean
}

export const contractRoutes: ContractRouteDef[] = [
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
