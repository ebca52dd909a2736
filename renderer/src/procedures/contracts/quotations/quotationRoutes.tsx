/** The 报价单 screens for the route registry (the contracts section of the menu). */
import { IconFileDollar } from '@tabler/icons-react'
import type { ContractRouteDef } from '../contractRoutes'
import { QuotationListPage } from './QuotationListPage'
import { QuotationPage } from './QuotationPage'

export const quotationRoutes: ContractRouteDef[] = [
  {
    path: '/quotations',
    labelKey: 'nav.quotations',
    icon: <IconFileDollar size={18} />,
    Page: QuotationListPage,
    inMenu: true,
  },
  {
    path: '/quotations/:id',
    labelKey: 'nav.quotations',
    icon: <IconFileDollar size={18} />,
    Page: QuotationPage,
    inMenu: false,
  },
]
