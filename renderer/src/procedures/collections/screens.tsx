/**
 * The collections procedure's screens: the 回款与对账 section — 收款登记,
 * 票据交接 and the 每日回款核对, 对账 with each customer, the month-end
 * close and 账龄 — where its records open, the tab it adds to a contract
 * and its settings tab (the company's accounts). Each area declares its own
 * (receipts/, bills/, statements/, aging/); this merges them.
 */
import type { ProcedureScreens } from '../screens'
import type { AreaScreens } from './areaScreens'
import { agingScreens } from './aging/agingScreens'
import { billsScreens } from './bills/billsScreens'
import { dunningScreens } from './dunning/dunningScreens'
import { receiptsScreens } from './receipts/receiptsScreens'
import { statementsScreens } from './statements/statementsScreens'

const areas: readonly AreaScreens[] = [
  receiptsScreens,
  dunningScreens,
  billsScreens,
  statementsScreens,
  agingScreens,
]

export const collectionsScreens: ProcedureScreens = {
  section: { id: 'collections', labelKey: 'collections.section' },
  routes: areas.flatMap((a) => a.routes),
  places: Object.assign({}, ...areas.map((a) => a.places)),
  recordPanels: Object.fromEntries(
    [...new Set(areas.flatMap((a) => Object.keys(a.recordPanels ?? {})))].map((table) => [
      table,
      areas.flatMap((a) => a.recordPanels?.[table as keyof typeof a.recordPanels] ?? []),
    ]),
  ),
  settingsTab: areas.find((a) => a.settingsTab)?.settingsTab,
}
