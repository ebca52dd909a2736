import { defineConfig } from '@playwright/test'
import { chromiumPath } from './test/harness/chromium'

// End-to-end specs drive Debian's Chromium against the test host
// (test/harness/createTestHost.ts). Nothing here downloads a browser.
export default defineConfig({
  testDir: 'test/e2e',
  // Two cores: one browser at a time keeps timings honest.
  workers: 1,
  // A flow that sets no limit of its own gets a minute; each stays under half of its limit on a quiet machine.
  timeout: 60_000,
  retries: 0,
  reporter: 'list',
  use: {
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
    screenshot: 'only-on-failure',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 800 },
  },
})
