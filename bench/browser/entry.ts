/** Bundled by bench/run.ts into one script and injected into Chromium. */
import { benchRepoSave } from '../scenarios/repoSave'

declare global {
  interface Window {
    deskBench: { benchRepoSave: typeof benchRepoSave }
  }
}

window.deskBench = { benchRepoSave }
