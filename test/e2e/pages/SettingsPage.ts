/** Page model: 系统设置 and its 合同与审批 tab with this PC's numbering block. */
import { expect, type Locator, type Page } from '@playwright/test'
import { withoutNotices } from './notices'

export class SettingsPage {
  constructor(readonly page: Page) {}

  async openTab(name: '通用' | '公司信息' | '合同与审批' | '共享文件夹' | '语言'): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click()
    await expect(this.page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true')
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true })
  }

  /** The error shown under the field with this label. */
  fieldError(label: string): Locator {
    return this.page
      .locator('.mantine-InputWrapper-root')
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator('.mantine-InputWrapper-error')
  }

  numberExample(): Locator {
    return this.page.getByTestId('number-example')
  }

  clauses(): Locator {
    return this.page.getByTestId('clause')
  }

  clauseTitle(n: number): Locator {
    return this.page.getByRole('textbox', { name: `条款标题 ${n}`, exact: true })
  }

  clauseText(n: number): Locator {
    return this.page.getByRole('textbox', { name: `条款内容 ${n}`, exact: true })
  }

  async saveContracts(): Promise<void> {
    await this.page.getByRole('button', { name: '保存', exact: true }).click()
  }

  async savePcBlock(): Promise<void> {
    await this.page.getByRole('button', { name: '保存本机前缀', exact: true }).click()
  }

  /**
   * The whole tab in one picture: the window is made as tall as the page (a
   * full-page capture would leave the fixed header in the middle), the
   * notifications are left out, and the window is put back afterwards.
   */
  async shotWhole(path: string): Promise<void> {
    const p = this.page
    const before = p.viewportSize()
    const height = await p.evaluate(() => document.documentElement.scrollHeight)
    await p.setViewportSize({ width: before?.width ?? 1366, height })
    await p.mouse.move(0, 0)
    await p.screenshot({ path, ...withoutNotices })
    if (before) await p.setViewportSize(before)
  }
}
