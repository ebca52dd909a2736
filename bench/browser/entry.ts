/** Bundled by bench/browser/bundle.ts into one script and injected into Chromium. */
import { importCustomerFile } from '../scenarios/archiveImport'
import { seedCustomers } from '../scenarios/customerSeed'
import { profileCustomerList } from '../scenarios/listProfile'
import { benchRepoSave } from '../scenarios/repoSave'
import { endWriteBreakdown, prepareWriteBreakdown, writeBreakdownStep } from '../scenarios/writeBreakdown'

const deskBench = {
  benchRepoSave,
  seedCustomers,
  importCustomerFile,
  profileCustomerList,
  prepareWriteBreakdown,
  writeBreakdownStep,
  endWriteBreakdown,
}

declare global {
  interface Window {
    deskBench: typeof deskBench
  }
}

window.deskBench = deskBench
