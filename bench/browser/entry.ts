/** Bundled by bench/browser/bundle.ts into one script and injected into Chromium. */
import {
  prepareCostOfLastImport,
  runStagedImport,
  stageImport,
  tableCounts,
} from '../scenarios/archiveImport'
import { benchContractSave } from '../scenarios/contractSave'
import { seedCustomers } from '../scenarios/customerSeed'
import { profileCustomerList } from '../scenarios/listProfile'
import { benchRepoSave } from '../scenarios/repoSave'
import { seedShippingData, timeDueItems, timeStockList } from '../scenarios/shippingFigures'
import { benchSyncApply } from '../scenarios/syncApply'

const deskBench = {
  benchRepoSave,
  benchContractSave,
  seedCustomers,
  stageImport,
  runStagedImport,
  prepareCostOfLastImport,
  profileCustomerList,
  tableCounts,
  benchSyncApply,
  seedShippingData,
  timeStockList,
  timeDueItems,
}

declare global {
  interface Window {
    deskBench: typeof deskBench
  }
}

window.deskBench = deskBench
