/**
 * The collections aging screens: 账龄分析 and 往来账月结 (the months' closes
 * and each month's page); where month closes open (screens.tsx merges them).
 */
import { IconCalendarCheck, IconChartBar } from '@tabler/icons-react'
import type { AreaScreens } from '../areaScreens'
import { AgingPage } from './AgingPage'
import { MonthClosePage } from './MonthClosePage'
import { MonthClosesPage } from './MonthClosesPage'

export const agingScreens: AreaScreens = {
  routes: [
    {
      path: '/aging',
      labelKey: 'agingScreen.title',
      icon: <IconChartBar size={18} />,
      Page: AgingPage,
      inMenu: true,
    },
    {
      path: '/month-closes',
      labelKey: 'agingScreen.monthClose.title',
      icon: <IconCalendarCheck size={18} />,
      Page: MonthClosesPage,
      inMenu: true,
    },
    {
      path: '/month-closes/:month',
      labelKey: 'agingScreen.monthClose.title',
      icon: <IconCalendarCheck size={18} />,
      Page: MonthClosePage,
      inMenu: false,
    },
  ],
  places: { monthCloses: { record: (month) => `/month-closes/${month}`, list: '/month-closes' } },
}
