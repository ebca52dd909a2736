/** Page model: 电话/传真订货 list and page. */
import { expect, type Locator, type Page } from '@playwright/test'
import { LinesTable } from './QuotationPage'

export class PhoneOrderPage {
  readonly lines: LinesTable

  constructor(readonly page: Page) {
    this.lines = new LinesTable(page)
  }

  async openList(): Promise<void> {
    await this.page.locator('.mantine-AppShell-navbar').getByText('电话/传真订货', { exact: true }).click()
    await expect(this.page.getByRole('heading', { name: '电话/传真订货', exact: true })).toBeVisible()
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('button', { name: '登记电话/传真订货' }).click()
    await expect(this.page.getByRole('heading', { name: '新登记' })).toBeVisible()
  }

  async pickCustomer(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: /^客户/ }).click()
    await this.page.getByRole('option', { name, exact: true }).click()
  }

  async channel(label: '电话' | '传真'): Promise<void> {
    await this.page.getByText(label, { exact: true }).click()
  }

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: new RegExp(`^${label}( \\*)?$`) })
  }

  /** The banner saying whether goods may go out. */
  shipping(): Locator {
    return this.page.getByTestId('shipping')
  }

  rows(): Locator {
    return this.page.getByTestId('list-row')
  }

  async openRow(text: string): Promise<void> {
    await this.rows().filter({ hasText: text }).first().click()
  }

  approvals(): Locator {
    return this.page.getByTestId('approvals')
  }
}
