/**
 * The collections bills screens: 票据交接 (the bills waiting for finance and
 * the 票据交接签收单) and the 每日回款核对, with where their records open —
 * the 工作台's daily-check item opens the check page (screens.tsx merges them).
 */
import { IconCalendarCheck, IconReceipt2 } from '@tabler/icons-react'
import type { AreaScreens } from '../areaScreens'
import { BillHandoverListPage } from './BillHandoverListPage'
import { BillHandoverPage } from './BillHandoverPage'
import { CollectionChecksPage } from './CollectionChecksPage'

export const billsScreens: AreaScreens = {
  routes: [
    {
      path: '/bill-handovers',
      labelKey: 'billsScreen.title',
      icon: <IconReceipt2 size={18} />,
      Page: BillHandoverListPage,
      inMenu: true,
    },
    {
      path: '/bill-handovers/:id',
      labelKey: 'billsScreen.one',
      icon: <IconReceipt2 size={18} />,
      Page: BillHandoverPage,
      inMenu: false,
    },
    {
      path: '/collection-checks',
      labelKey: 'billsScreen.checks.title',
      icon: <IconCalendarCheck size={18} />,
      Page: CollectionChecksPage,
      inMenu: true,
    },
  ],
  places: {
    billHandovers: { record: (id) => `/bill-handovers/${id}`, list: '/bill-handovers' },
    collectionChecks: { list: '/collection-checks' },
  },
}
