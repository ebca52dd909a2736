/**
 * Playwright's `test` with the app: `host` is a fresh test host over a fresh
 * temporary data folder for each test; `app` is a page (in Playwright's fresh
 * context, so a fresh IndexedDB) already opened on it.
 */
import { type Page, test as base } from '@playwright/test'
import { type TestHost, createTestHost } from '../harness/createTestHost'

export interface AppFixtures {
  host: TestHost
  app: Page
}

export const test = base.extend<AppFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern here.
  host: async ({}, use) => {
    const host = await createTestHost()
    await use(host)
    await host.close()
  },
  app: async ({ page, host }, use) => {
    await page.goto(host.url)
    await use(page)
  },
})

export { expect } from '@playwright/test'
