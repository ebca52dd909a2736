/** The 合同登记册 screen for the route registry (the contracts section of the menu). */
import { IconBooks } from '@tabler/icons-react'
import type { AppRoute } from '../../../app/routeTypes'
import { ContractRegisterPage } from './ContractRegisterPage'

export const registerRoute: AppRoute = {
  path: '/contracts-register',
  labelKey: 'nav.contractRegister',
  icon: <IconBooks size={18} />,
  Page: ContractRegisterPage,
  permission: 'contracts.register',
  section: 'contracts',
}
