/** Page model: a sales contract's page — its step, the step panel, approvals, scans and change agreements. */
import { expect, type Locator, type Page } from '@playwright/test'
import { withoutNotices } from './notices'
import { samplePdf } from './sampleFiles'

export class ContractPage {
  constructor(readonly page: Page) {}

  step(): Locator {
    return this.page.getByTestId('contract-step')
  }

  panel(): Locator {
    return this.page.getByTestId('step-panel')
  }

  async expectStep(label: string): Promise<void> {
    await expect(this.step()).toHaveText(label)
  }

  async openFromList(number: RegExp | string): Promise<void> {
    await this.page.locator('.mantine-AppShell-navbar').getByText('销售合同', { exact: true }).click()
    await this.page.getByText(number).first().click()
    await expect(this.step()).toBeVisible()
  }

  async act(action: string): Promise<void> {
    await this.panel().getByRole('button', { name: action, exact: true }).click()
  }

  async tab(name: '审批' | '附件与扫描件' | '变更协议' | '变更记录'): Promise<void> {
    await this.page.getByRole('tab', { name }).click()
  }

  /** Uploads the signed contract's scan under 附件与扫描件. */
  async attachScan(fileName: string): Promise<void> {
    const tab = this.page.getByRole('tab', { name: '附件与扫描件' })
    if ((await tab.count()) > 0) await tab.click()
    await this.page
      .getByTestId('attachment-dropzone')
      .locator('input[type=file]')
      .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: samplePdf() })
    await expect(this.page.getByRole('table', { name: '附件' })).toContainText(fileName)
  }

  /** Types a date into a Mantine DateInput (it parses the text on blur). */
  async date(scope: Locator, label: string, day: string): Promise<void> {
    const input = scope.getByRole('textbox', { name: label })
    await input.fill(day)
    await input.blur()
  }

  /** Today in the browser's zone (the test runs in Asia/Shanghai). */
  today(): Promise<string> {
    return this.page.evaluate(() => {
      const d = new Date()
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    })
  }

  approvalRow(rule: string): Locator {
    return this.page.getByTestId('approvals').locator(`tr[data-rule="${rule}"]`)
  }

  async notice(text: string | RegExp): Promise<void> {
    await expect(this.page.locator('.mantine-Notification-root', { hasText: text }).first()).toBeVisible()
  }

  /** A whole-page picture without notifications over it (they close on their own). */
  async shot(path: string): Promise<void> {
    const p = this.page
    await p.mouse.move(5, 790)
    // A full-page capture would leave the fixed header mid-page: make the window as tall instead.
    const before = p.viewportSize()
    const height = await p.evaluate(() => document.documentElement.scrollHeight)
    await p.setViewportSize({ width: before?.width ?? 1366, height })
    await p.screenshot({ path, ...withoutNotices })
    if (before) await p.setViewportSize(before)
  }
}
