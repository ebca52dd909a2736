/** The 报价单 screens for the route registry (the contracts section of the menu). */
import { IconFileDollar } from '@tabler/icons-react'
import type { SectionRoute } from '../../../app/routeTypes'
import { QuotationListPage } from './QuotationListPage'
import { QuotationPage } from './QuotationPage'

export const quotationRoutes: SectionRoute[] = [
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
