/** Page model: the signed-in frame and its navigation. */
import { expect, type Page } from '@playwright/test'

export class AppFramePage {
  constructor(readonly page: Page) {}

  nav() {
    return this.page.locator('.mantine-AppShell-navbar')
  }

  async open(
    label:
      | '工作台'
      | '系统设置'
      | '用户与权限'
      | '操作日志'
      | '备份与恢复'
      | '开票申请'
      | '发票登记簿'
      | '收款登记'
      | '票据交接'
      | '每日回款核对'
      | '客户对账'
      | '账龄分析'
      | '往来账月结',
  ): Promise<void> {
    await this.nav().getByText(label, { exact: true }).click()
    await expect(this.page.getByRole('heading', { name: label, exact: true })).toBeVisible()
  }

  async signOut(): Promise<void> {
    await this.page.locator('header').getByRole('button').last().click()
    await this.page.getByRole('menuitem', { name: '退出登录' }).click()
    await expect(this.page.getByRole('button', { name: '登录' })).toBeVisible()
  }
}
