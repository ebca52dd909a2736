/** The first-start wizard and sign-in, through the UI as a clerk does them (as test/e2e/pages). */
import type { Page } from 'playwright-core'
import { adminUser, company } from '../../test/e2e/pages/testData'

export { adminUser }

export async function completeWizard(page: Page): Promise<void> {
  await page.getByLabel('公司名称').fill(company.name)
  await page.getByLabel('统一社会信用代码').fill(company.uscc)
  await page.getByLabel('地址').fill(company.address)
  await page.getByLabel('电话').fill(company.phone)
  await page.getByLabel('开户行').fill(company.bankName)
  await page.getByLabel('账号', { exact: true }).fill(company.bankAccount)
  await page.getByRole('button', { name: '下一步' }).click()
  await page.getByLabel('登录账号').fill(adminUser.account)
  await page.getByLabel('姓名').fill(adminUser.name)
  await page.getByRole('textbox', { name: '密码', exact: true }).fill(adminUser.password)
  await page.getByLabel('确认密码').fill(adminUser.password)
  await page.getByRole('button', { name: '下一步' }).click()
  await page.getByRole('button', { name: '保存并开始使用' }).click()
  await page.getByRole('button', { name: '登录' }).waitFor()
}

export async function signIn(page: Page): Promise<void> {
  await page.getByLabel('登录账号').fill(adminUser.account)
  await page.getByRole('textbox', { name: '密码', exact: true }).fill(adminUser.password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByRole('heading', { name: /您好/ }).waitFor()
}

/** The menu entry of an archive (客户档案, …). */
export function menuEntry(page: Page, title: string) {
  return page.locator('.mantine-AppShell-navbar').getByText(title, { exact: true })
}
