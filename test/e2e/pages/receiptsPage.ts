/** Page model: 收款登记 (a receipt's page), the contract's 回款 tab and 系统设置 → 公司收款账户. */
import { expect, type Locator, type Page } from '@playwright/test'

export class ReceiptsPage {
  constructor(readonly page: Page) {}

  step(): Locator {
    return this.page.getByTestId('receipt-step')
  }

  panel(): Locator {
    return this.page.getByTestId('step-panel')
  }

  /** The field's own error text (Mantine's, under the input with this label). */
  fieldError(label: string | RegExp): Locator {
    return this.page
      .locator('.mantine-InputWrapper-root')
      .filter({ has: this.page.getByLabel(label) })
      .locator('.mantine-InputWrapper-error')
  }

  /** Picks an option of a Select by its label. */
  async pick(scope: Locator, label: string | RegExp, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label }).click()
    await this.page.getByRole('option', { name: option, exact: true }).click()
  }

  /** Types what this receipt pays of a milestone (`HT-… 预付款`). */
  async part(milestone: string, yuan: string): Promise<void> {
    await this.page.getByRole('textbox', { name: `本次分配 ${milestone}`, exact: true }).fill(yuan)
  }

  allocation(milestone: string): Locator {
    return this.page.getByTestId('receipt-allocations').locator(`tr[data-milestone="${milestone}"]`)
  }

  async act(action: string): Promise<void> {
    await this.panel().getByRole('button', { name: action, exact: true }).click()
  }

  /** The 回款 tab of the contract open on screen. */
  async contractTab(): Promise<Locator> {
    await this.page.getByRole('tab', { name: '回款', exact: true }).click()
    const tab = this.page.getByTestId('contract-receipts')
    await expect(tab).toBeVisible()
    return tab
  }

  /** 系统设置 → 公司收款账户: adds one account and saves it. */
  async addCompanyAccount(bank: string, accountNo: string): Promise<void> {
    const tab = this.page.getByTestId('company-accounts')
    await tab.getByRole('button', { name: '添加账户' }).click()
    const n = await tab.locator('tbody tr').count()
    await tab.getByRole('textbox', { name: `开户银行 ${n}`, exact: true }).fill(bank)
    await tab.getByRole('textbox', { name: `账号 ${n}`, exact: true }).fill(accountNo)
  }
}
