/** The 电话/传真订货 screens for the route registry (the contracts section of the menu). */
import { IconPhoneCall } from '@tabler/icons-react'
import type { SectionRoute } from '../../../app/routeTypes'
import { PhoneOrderListPage } from './PhoneOrderListPage'
import { PhoneOrderPage } from './PhoneOrderPage'

export const phoneOrderRoutes: SectionRoute[] = [
  {
    path: '/phone-orders',
    labelKey: 'nav.phoneOrders',
    icon: <IconPhoneCall size={18} />,
    Page: PhoneOrderListPage,
    inMenu: true,
  },
  {
    path: '/phone-orders/:id',
    labelKey: 'nav.phoneOrders',
    icon: <IconPhoneCall size={18} />,
    Page: PhoneOrderPage,
    inMenu: false,
  },
]
