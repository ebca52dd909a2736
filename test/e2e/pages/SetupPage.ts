/** Page model: the first-start wizard. */
import { expect, type Page } from '@playwright/test'
import { adminUser, company } from './testData'

export class SetupPage {
  constructor(readonly page: Page) {}

  async fillCompany(uscc: string): Promise<void> {
    const p = this.page
    await p.getByLabel('公司名称').fill(company.name)
    await p.getByLabel('统一社会信用代码').fill(uscc)
    await p.getByLabel('地址').fill(company.address)
    await p.getByLabel('电话').fill(company.phone)
    await p.getByLabel('开户行').fill(company.bankName)
    await p.getByLabel('账号', { exact: true }).fill(company.bankAccount)
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: '下一步' }).click()
  }

  async fillAdmin(): Promise<void> {
    const p = this.page
    await p.getByLabel('登录账号').fill(adminUser.account)
    await p.getByLabel('姓名').fill(adminUser.name)
    await p.getByRole('textbox', { name: '密码', exact: true }).fill(adminUser.password)
    await p.getByLabel('确认密码').fill(adminUser.password)
  }

  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: '保存并开始使用' }).click()
    await expect(this.page.getByRole('button', { name: '登录' })).toBeVisible()
  }

  /** The whole wizard with good data. */
  async complete(): Promise<void> {
    await this.fillCompany(company.uscc)
    await this.next()
    await this.fillAdmin()
    await this.next()
    await this.finish()
  }
}
