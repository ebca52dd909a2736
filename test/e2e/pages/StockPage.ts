/** Page model: 库存 with 登记入库, a product's 库存台账, and 月末盘点 (list and one month's count). */
import { expect, type Locator, type Page } from '@playwright/test'

export interface StockIn {
  /** The product's option as the picker lists it (品名 规格). */
  product?: string
  qty: string
  date?: string
  sourceNumber?: string
  note?: string
}

/** The error under an input: in its Mantine root (TextInput-root, DateInput-root, …). */
function errorOf(input: Locator): Locator {
  return input.locator('xpath=ancestor::div[contains(@class, "-root")][1]').locator('[class*="-error"]')
}

export class StockPage {
  constructor(readonly page: Page) {}

  private nav(): Locator {
    return this.page.locator('.mantine-AppShell-navbar')
  }

  async openList(): Promise<void> {
    await this.nav().getByText('库存', { exact: true }).click()
    await expect(this.page.getByRole('heading', { name: '库存', exact: true })).toBeVisible()
  }

  rows(): Locator {
    return this.page.getByTestId('list-row')
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text })
  }

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: '登记入库' })
  }

  /** Fills 登记入库 and presses its button; the dialog stays open on a refusal. */
  async stockIn(input: StockIn): Promise<void> {
    await this.page.getByRole('button', { name: '登记入库' }).click()
    const d = this.dialog()
    await expect(d).toBeVisible()
    if (input.product) {
      await d.getByRole('combobox', { name: /^产品/ }).click()
      await this.page.getByRole('option', { name: input.product }).click()
    }
    if (input.date) {
      const date = d.getByRole('textbox', { name: /^日期/ })
      await date.fill(input.date)
      await date.blur()
    }
    await d.getByRole('textbox', { name: /^数量/ }).fill(input.qty)
    if (input.sourceNumber) await d.getByRole('textbox', { name: '单据号' }).fill(input.sourceNumber)
    if (input.note) await d.getByRole('textbox', { name: '备注' }).fill(input.note)
    await d.getByRole('button', { name: '登记入库' }).click()
  }

  /** A field of the 登记入库 dialog's error text. */
  fieldError(label: RegExp): Locator {
    return errorOf(this.dialog().getByRole('textbox', { name: label }))
  }

  async openLedger(product: string): Promise<void> {
    await this.row(product).click()
    await expect(this.page.getByText('库存台账').first()).toBeVisible()
  }

  ledgerRows(): Locator {
    return this.page.getByRole('table', { name: '库存台账' }).getByTestId('list-row')
  }

  balance(): Locator {
    return this.page.getByTestId('stock-balance')
  }

  // 月末盘点

  async openCounts(): Promise<void> {
    await this.nav().getByText('月末盘点', { exact: true }).click()
    await expect(this.page.getByRole('heading', { name: '月末盘点', exact: true })).toBeVisible()
  }

  countLine(product: string): Locator {
    return this.page.getByTestId('count-lines').locator('tbody tr').filter({ hasText: product })
  }

  /** A count line's cell input: 实盘数量 or 差异原因. */
  cell(product: string, label: '实盘数量' | '差异原因'): Locator {
    return this.countLine(product).getByRole('textbox', { name: label })
  }

  cellError(product: string, label: '实盘数量' | '差异原因'): Locator {
    return errorOf(this.cell(product, label))
  }

  step(): Locator {
    return this.page.getByTestId('count-step')
  }

  status(): Locator {
    return this.page.getByTestId('count-status')
  }
}
