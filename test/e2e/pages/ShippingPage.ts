/** Page model: a 设备采购单 or 发运单 page and the 发货 tab of a contract. */
import { expect, type Locator, type Page } from '@playwright/test'
import { withoutNotices } from './notices'
import { samplePdf } from './sampleFiles'

export class ShippingPage {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.getByTestId('step-panel')
  }

  async expectOrderStep(label: string): Promise<void> {
    await expect(this.page.getByTestId('order-step')).toHaveText(label)
  }

  async expectShipmentStep(label: string): Promise<void> {
    await expect(this.page.getByTestId('shipment-step')).toHaveText(label)
  }

  async act(action: string): Promise<void> {
    await this.panel().getByRole('button', { name: action, exact: true }).click()
  }

  /** The 发货 tab of the contract open on screen. */
  async supplyTab(): Promise<Locator> {
    await this.page.getByRole('tab', { name: '发货', exact: true }).click()
    const tab = this.page.getByTestId('supply-panel')
    await expect(tab).toBeVisible()
    return tab
  }

  /** Types a date into a Mantine DateInput (it parses the text on blur). */
  async date(scope: Locator, label: string | RegExp, day: string): Promise<void> {
    const input = scope.getByRole('textbox', { name: label })
    await input.fill(day)
    await input.blur()
  }

  /** Picks an option of a Select by its label. */
  async pick(scope: Locator, label: string | RegExp, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label }).click()
    await this.page.getByRole('option', { name: option, exact: true }).click()
  }

  shipLine(name: string): Locator {
    return this.page.getByTestId('ship-lines').locator(`tr[data-line="${name}"]`)
  }

  orderLine(name: string): Locator {
    return this.page.getByTestId('order-lines').locator(`tr[data-line="${name}"]`)
  }

  /** Saves the document the button opens (设备签收单, 设备采购单) and returns the path it was saved to. */
  async saveDocument(button: string): Promise<string> {
    await this.page.getByRole('button', { name: button }).click()
    const preview = this.page.getByRole('dialog')
    await expect(preview.locator('canvas').first()).toBeVisible({ timeout: 30_000 })
    await preview.getByRole('button', { name: '保存', exact: true }).click()
    const saved = preview.getByTestId('document-saved')
    await expect(saved).toBeVisible()
    const text = (await saved.textContent()) ?? ''
    await preview.getByRole('button', { name: '关闭' }).click()
    await expect(preview).toHaveCount(0)
    return text
  }

  /** Uploads a voucher scan of the kind chosen on the shipment page. */
  async attachVoucher(kind: string, fileName: string): Promise<void> {
    await this.pick(this.page.locator('body'), '凭证类型', kind)
    await this.page
      .getByTestId('voucher-dropzone')
      .locator('input[type=file]')
      .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: samplePdf() })
    await expect(this.page.getByRole('table', { name: '发货凭证 / 收货凭证' })).toContainText(fileName)
  }

  /** What a clerk sees at 1366×768, `top` scrolled to the top of the window, without notifications over it. */
  async shot(path: string, top?: Locator): Promise<void> {
    const p = this.page
    await p.mouse.move(5, 760)
    if (top)
      await top.evaluate((el) => {
        el.scrollIntoView({ block: 'start' })
        // The fixed header covers the top of the window: leave the element below it.
        window.scrollBy(0, -110)
      })
    await p.screenshot({ path, ...withoutNotices })
  }
}
