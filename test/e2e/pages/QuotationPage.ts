/** Page model: 报价单 list and page, and the lines editor on it. */
import { expect, type Locator, type Page } from '@playwright/test'

export class LinesTable {
  constructor(readonly page: Page) {}

  row(i: number): Locator {
    return this.page.getByTestId('lines').locator(`tr[data-line="${i}"]`)
  }

  async add(): Promise<void> {
    await this.page.getByRole('button', { name: '添加一行' }).click()
  }

  /** A line's product box (选择产品). */
  picker(i: number): Locator {
    return this.row(i).getByRole('combobox', { name: '选择产品' })
  }

  /** A line's text cell by its label (数量, 含税单价, 税率, …). */
  cell(i: number, label: string): Locator {
    return this.row(i).getByRole('textbox', { name: label, exact: true })
  }

  /** The options of the open picker. */
  options(): Locator {
    return this.page.getByRole('listbox').getByRole('option')
  }

  async pickProduct(i: number, label: string): Promise<void> {
    await this.row(i).getByRole('combobox', { name: '选择产品' }).click()
    await this.page.getByRole('option', { name: label }).click()
  }

  async fill(
    i: number,
    cells: Partial<Record<'品名' | '规格型号' | '单位' | '数量' | '含税单价' | '折扣' | '税率', string>>,
  ): Promise<void> {
    for (const [label, value] of Object.entries(cells))
      await this.row(i).getByRole('textbox', { name: label, exact: true }).fill(value)
  }

  /**
   * Every input of the table whose value does not fit in its box (the browser
   * scrolls the text inside it), as `label=value`: a clipped number reads as
   * another number.
   */
  async clippedInputs(): Promise<string[]> {
    return this.page
      .getByTestId('lines')
      .locator('input')
      .evaluateAll((inputs) =>
        (inputs as HTMLInputElement[])
          .filter((input) => input.scrollWidth > input.clientWidth)
          .map((input) => `${input.getAttribute('aria-label')}=${input.value}`),
      )
  }

  /** The problem shown in one cell of a line. */
  error(i: number, label: string): Locator {
    return this.row(i)
      .locator('.mantine-InputWrapper-root', {
        has: this.page.getByRole('textbox', { name: label, exact: true }),
      })
      .locator('.mantine-InputWrapper-error')
  }
}

export class QuotationPage {
  readonly lines: LinesTable

  constructor(readonly page: Page) {
    this.lines = new LinesTable(page)
  }

  async openList(): Promise<void> {
    await this.page.locator('.mantine-AppShell-navbar').getByText('报价单', { exact: true }).click()
    await expect(this.page.getByRole('heading', { name: '报价单', exact: true })).toBeVisible()
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('button', { name: '新建报价单' }).click()
    await expect(this.page.getByRole('heading', { name: '新报价单' })).toBeVisible()
  }

  async pickCustomer(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: /^客户/ }).click()
    await this.page.getByRole('option', { name, exact: true }).click()
  }

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: new RegExp(`^${label}( \\*)?$`) })
  }

  status(): Locator {
    return this.page.getByTestId('status')
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存', exact: true }).click()
  }

  rows(): Locator {
    return this.page.getByTestId('list-row')
  }
}
