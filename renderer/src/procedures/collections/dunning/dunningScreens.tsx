/** 催款: the owed milestones by customer and sales rep, with each one's 催款 log (screens.tsx merges it). */
import { IconPhoneCall } from '@tabler/icons-react'
import type { AreaScreens } from '../areaScreens'
import { DunningPage } from './DunningPage'

export const dunningScreens: AreaScreens = {
  routes: [
    {
      path: '/dunning',
      labelKey: 'dunningScreen.title',
      icon: <IconPhoneCall size={18} />,
      Page: DunningPage,
      inMenu: true,
    },
  ],
  places: { dunnings: { list: '/dunning' } },
}
