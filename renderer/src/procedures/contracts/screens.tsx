/** The contract procedure's screens: the 合同管理 section and where its records open. */
import type { ProcedureScreens } from '../screens'
import { contractRoutes } from './contractRoutes'
import { registerRoute } from './register/registerRoute'
import { ContractSettings } from './settings/ContractSettings'

export const contractScreens: ProcedureScreens = {
  section: { id: 'contracts', labelKey: 'nav.sectionContracts' },
  routes: [...contractRoutes, registerRoute],
  places: {
    quotations: { record: (id) => `/quotations/${id}`, list: '/quotations' },
    contracts: { record: (id) => `/contracts/${id}`, list: '/contracts' },
    contractChanges: { record: (id) => `/contract-changes/${id}` },
    phoneOrders: { record: (id) => `/phone-orders/${id}`, list: '/phone-orders' },
    contractRegisters: {
      record: (month) => `/contracts-register?month=${month}`,
      list: '/contracts-register',
    },
  },
  settingsTab: { id: 'contracts', labelKey: 'contractSettings.tab', Panel: ContractSettings },
}
