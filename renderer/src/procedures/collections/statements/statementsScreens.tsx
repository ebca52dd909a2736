/**
 * The collections statements screens: 客户对账 (the period's statements, the
 * batch that produces them, the report to the sales manager and finance)
 * and each 对账单's page; where statements and reports open (screens.tsx
 * merges them).
 */
import { IconFileCheck } from '@tabler/icons-react'
import type { AreaScreens } from '../areaScreens'
import { StatementPage } from './StatementPage'
import { StatementsPage } from './StatementsPage'

export const statementsScreens: AreaScreens = {
  routes: [
    {
      path: '/statements',
      labelKey: 'statementsScreen.title',
      icon: <IconFileCheck size={18} />,
      Page: StatementsPage,
      inMenu: true,
    },
    {
      path: '/statements/:id',
      labelKey: 'statementsScreen.title',
      icon: <IconFileCheck size={18} />,
      Page: StatementPage,
      inMenu: false,
    },
  ],
  places: {
    statements: { record: (id) => `/statements/${id}`, list: '/statements' },
    statementReports: { record: (period) => `/statements?period=${period}`, list: '/statements' },
  },
}
