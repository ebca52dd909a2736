/** Page model: the sync status in the header, 设置 → 共享文件夹 and the 同步冲突 page. */
import { expect, type Locator, type Page } from '@playwright/test'
import { AppFramePage } from './AppFramePage'
import { SettingsPage } from './SettingsPage'

export class SyncPage {
  constructor(readonly page: Page) {}

  indicator(): Locator {
    return this.page.getByTestId('sync-indicator')
  }

  label(): Locator {
    return this.page.getByTestId('sync-label')
  }

  async openShareTab(): Promise<void> {
    await new AppFramePage(this.page).open('系统设置')
    await new SettingsPage(this.page).openTab('共享文件夹')
  }

  /** 测试文件夹 on a path, then 新建共享 or 加入共享 as the probe offers; `shot`: a picture of the probe's result. */
  async connect(root: string, how: '新建共享' | '加入共享', shot?: string): Promise<void> {
    await this.openShareTab()
    await this.page.getByLabel('共享文件夹路径').fill(root)
    await this.page.getByRole('button', { name: '测试文件夹' }).click()
    const probe = this.page.getByTestId('probe-result')
    await expect(probe).toContainText('可写正常')
    await expect(probe).toContainText('重命名正常')
    await expect(probe).toContainText(how === '新建共享' ? '尚未建立共享' : '已是共享文件夹')
    if (shot) {
      await this.page.mouse.move(0, 0)
      await this.page.screenshot({ path: shot })
    }
    await this.page.getByRole('button', { name: how, exact: true }).click()
    await expect(this.page.getByTestId('share-current')).toContainText(root)
    await this.waitSynced()
  }

  /** Waits for a cycle that ended well after `since` (the indicator's last sync time). */
  async waitSynced(since = ''): Promise<void> {
    await expect
      .poll(async () => (await this.indicator().getAttribute('data-last-sync')) ?? '', { timeout: 30_000 })
      .not.toBe(since)
    await expect(this.label()).not.toHaveText(/同步中/)
  }

  /**
   * 立即同步 from the header's popover, until a whole cycle that started
   * after the click has ended well: a cycle already running when the click
   * came ends first (the runner then starts another), so two cycles are
   * waited for, each asked for once.
   */
  async syncNow(): Promise<void> {
    for (let i = 0; i < 2; i++) {
      const since = (await this.indicator().getAttribute('data-last-sync')) ?? ''
      await this.clickSyncNow()
      await this.waitSynced(since)
    }
  }

  /** 立即同步 without waiting for the outcome (the share may be offline). */
  async clickSyncNow(): Promise<void> {
    await this.indicator().click()
    const details = this.page.getByTestId('sync-details')
    await details.getByRole('button', { name: '立即同步' }).click()
    await expect(details).toBeHidden()
  }

  async openConflicts(): Promise<void> {
    await this.page.locator('.mantine-AppShell-navbar').getByText('同步冲突', { exact: true }).click()
    await expect(this.page.getByRole('heading', { name: '同步冲突', exact: true })).toBeVisible()
  }

  conflicts(): Locator {
    return this.page.getByTestId('conflict')
  }

  conflictGroups(): Locator {
    return this.page.getByTestId('conflict-group')
  }
}
