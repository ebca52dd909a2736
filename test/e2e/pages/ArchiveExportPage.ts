/** Page model: 归档导出 (archive now, verify, browse, restore, settings). */
import { expect, type Page } from '@playwright/test'
import { shotWithoutNotices } from './notices'

export class ArchiveExportPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.locator('.mantine-AppShell-navbar').getByText('归档导出', { exact: true }).click()
    await expect(this.page.getByRole('heading', { name: '归档导出', exact: true })).toBeVisible()
  }

  /** Archives now; resolves once the progress bar has been seen and the package is listed. */
  async archiveNow(): Promise<string> {
    const progress = this.page.waitForSelector('[data-testid=archive-progress] [role=progressbar]', {
      state: 'attached',
    })
    await this.page.getByRole('button', { name: '立即归档' }).click()
    await progress
    await expect(this.page.getByText(/^归档完成：/).first()).toBeVisible({ timeout: 60_000 })
    await expect(this.page.getByTestId('archive-progress')).toHaveCount(0)
    return this.rows().first().getAttribute('data-archive') as Promise<string>
  }

  rows() {
    return this.page.getByTestId('archive-table').locator('tbody tr')
  }

  row(name: string) {
    return this.page.locator(`tr[data-archive="${name}"]`)
  }

  async verify(name: string) {
    await this.row(name).getByRole('button', { name: '校验' }).click()
    const report = this.page.getByTestId('archive-verify-report')
    await expect(report).toBeVisible({ timeout: 30_000 })
    return report
  }

  async browse(name: string) {
    await this.row(name).getByRole('button', { name: '浏览' }).click()
    const dialog = this.page.getByRole('dialog')
    await expect(dialog.getByTestId('archive-browser')).toBeVisible()
    return dialog
  }

  async setFolder(folder: string): Promise<void> {
    await this.page.getByRole('textbox', { name: '归档位置' }).fill(folder)
    await this.page.getByRole('button', { name: '保存设置' }).click()
    await expect(this.page.getByText('归档设置已保存')).toBeVisible()
  }

  async restore(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: '恢复' }).click()
    await this.page.getByRole('dialog').getByRole('button', { name: '恢复' }).click()
  }

  /** Rows per table as the screen shows them (restored counts, or a browsed manifest). */
  async counts(scope: 'archive-restored' | 'archive-counts'): Promise<Record<string, string>> {
    const rows = this.page.getByTestId(scope).locator('tr[data-table]')
    const out: Record<string, string> = {}
    for (const row of await rows.all()) {
      const table = (await row.getAttribute('data-table')) ?? ''
      out[table] = (await row.locator('td').last().innerText()).trim()
    }
    return out
  }

  /** A screenshot without notifications over it (they close on their own once the mouse rests off them). */
  async shot(path: string, fullPage = true): Promise<void> {
    await shotWithoutNotices(this.page, path, fullPage)
  }
}
