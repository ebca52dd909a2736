/**
 * The collections receipts screens: 收款登记 (its list in the menu, a
 * receipt's page), where its records open, the 回款 tab it adds to a
 * contract and the 公司收款账户 tab of 系统设置 (screens.tsx merges them).
 */
import { IconCash } from '@tabler/icons-react'
import type { AreaScreens } from '../areaScreens'
import { CompanyAccountsSettings } from './CompanyAccountsSettings'
import { ContractReceiptsPanel } from './ContractReceiptsPanel'
import { ReceiptListPage } from './ReceiptListPage'
import { ReceiptPage } from './ReceiptPage'

export const receiptsScreens: AreaScreens = {
  routes: [
    {
      path: '/receipts',
      labelKey: 'receiptsScreen.title',
      icon: <IconCash size={18} />,
      Page: ReceiptListPage,
      inMenu: true,
    },
    {
      path: '/receipts/:id',
      labelKey: 'receiptsScreen.title',
      icon: <IconCash size={18} />,
      Page: ReceiptPage,
      inMenu: false,
    },
  ],
  places: { receipts: { record: (id) => `/receipts/${id}`, list: '/receipts' } },
  recordPanels: {
    contracts: [{ id: 'receipts', labelKey: 'receiptsScreen.tab', Panel: ContractReceiptsPanel }],
  },
  settingsTab: {
    id: 'collections',
    labelKey: 'receiptsScreen.accounts.title',
    Panel: CompanyAccountsSettings,
  },
}
