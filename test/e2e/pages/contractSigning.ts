/** The shortest way from a contract draft at the quoted prices to 已签订: legal review, then signing. */
import type { Page } from '@playwright/test'
import { ContractPage } from './ContractPage'
import { type UserInput, switchUser } from './UsersPage'

/** From 起草 (the clerk signed in, the draft on screen) to 已签订; the clerk is signed in again at the end. */
export async function signContract(
  page: Page,
  { title, clerk, legal }: { title: string; clerk: UserInput; legal: UserInput },
): Promise<void> {
  const c = new ContractPage(page)
  await page.getByRole('textbox', { name: '合同名称' }).fill(title)
  await page.getByRole('button', { name: '提交法务审核' }).click()
  await c.expectStep('法务审核')
  const contractUrl = page.url()
  await switchUser(page, legal)
  await page.goto(contractUrl)
  await c.panel().getByRole('textbox', { name: '法务意见（合法性、合规性）' }).fill('合法合规。')
  await c.panel().getByRole('textbox', { name: '风险评估' }).fill('风险可控。')
  await c.act('审核通过')
  await c.expectStep('待签订')
  await switchUser(page, clerk)
  await page.goto(contractUrl)
  await c.panel().getByRole('checkbox', { name: '所有问题均已与客户确认' }).check()
  await c.date(c.panel(), '签订日期', await c.today())
  await c.act('登记签订')
  await c.expectStep('已签订')
}
