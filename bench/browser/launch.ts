/** Debian's Chromium as the benchmarks launch it (never a downloaded browser). */
import { chromiumPath } from '../../test/harness/chromium'

export const chromiumOptions = {
  executablePath: chromiumPath(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-dev-shm-usage',
  ],
}
