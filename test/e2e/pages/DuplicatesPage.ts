/** Page model: 重复编号与档案 (records sharing a business key) and the warning on a record's page. */
import { expect, type Locator, type Page } from '@playwright/test'

export class DuplicatesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.locator('.mantine-AppShell-navbar').getByText('重复编号与档案', { exact: true }).click()
    await expect(this.page.getByRole('heading', { name: '重复编号与档案', exact: true })).toBeVisible()
  }

  groups(): Locator {
    return this.page.getByTestId('duplicate-group')
  }

  group(text: string): Locator {
    return this.groups().filter({ hasText: text })
  }

  /** The buttons under one record of a group. */
  actionsFor(recordId: string): Locator {
    return this.page.locator(`[data-testid="duplicate-actions"][data-record="${recordId}"]`)
  }

  none(): Locator {
    return this.page.getByText('没有重复的编号或档案')
  }

  warning(): Locator {
    return this.page.getByTestId('duplicate-warning')
  }
}
