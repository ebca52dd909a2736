/**
 * The lines table at the smallest window the department's PCs have
 * (1366×768): a line of 1,000 units at ¥43,200.00 with 13 % tax and a 2.5 %
 * discount shows every number whole in the quotation, the contract and the
 * change agreement (issue 13: 含税单价 read "43200.0…" and 税率 "1…").
 */
import { expect, test } from './fixtures'
import { shotWithoutNotices } from './pages/notices'
import { AppFramePage } from './pages/AppFramePage'
import { ArchivePage } from './pages/ArchivePage'
import { ContractPage } from './pages/ContractPage'
import { LoginPage } from './pages/LoginPage'
import { QuotationPage } from './pages/QuotationPage'
import { SetupPage } from './pages/SetupPage'
import { adminUser, clerkUser } from './pages/testData'
import { createUser, switchUser } from './pages/UsersPage'

const legalUser = { account: 'zhoufa', name: '周法', password: 'Legal2026a' }
const customerName = '重庆长江电力设备有限公司'
const productLabel = 'ABB 变频器 ACS580-01-12A7-4'
const bigLine = { 含税单价: '43200.00', 数量: '1000', 税率: '13', 折扣: '2.5' }

test.use({ viewport: { width: 1366, height: 768 }, actionTimeout: 15_000 })

test('every amount, quantity and rate of a line shows whole at 1366×768 in the quotation, contract and change agreement', async ({
  app: page,
}) => {
  test.setTimeout(180_000)
  await new SetupPage(page).complete()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  await new AppFramePage(page).open('用户与权限')
  await createUser(page, clerkUser)
  await createUser(page, legalUser, '法务')
  await switchUser(page, clerkUser)
  const customers = new ArchivePage(page, '客户档案')
  await customers.open()
  await customers.create('客户', { 客户名称: customerName, 地区: '重庆' })
  const products = new ArchivePage(page, '产品目录')
  await products.open()
  await products.create('产品', { 品名: 'ABB 变频器', 规格: 'ACS580-01-12A7-4', '目录价（元）': '43200' })

  // 报价单.
  const q = new QuotationPage(page)
  const lines = q.lines
  await q.openList()
  await q.startNew()
  await q.pickCustomer(customerName)
  await lines.pickProduct(0, productLabel)
  await lines.fill(0, bigLine)
  await expect(lines.row(0)).toContainText('¥42,120,000.00')
  expect(await lines.clippedInputs()).toEqual([])

  // 销售合同, from the quotation.
  await lines.fill(0, { 数量: '1', 折扣: '0' })
  await q.save()
  await expect(page.getByText('报价单已保存').first()).toBeVisible()
  await page.getByRole('button', { name: '发出报价' }).click()
  await page.getByRole('button', { name: '转为合同' }).click()
  const c = new ContractPage(page)
  await c.expectStep('起草')
  await lines.fill(0, bigLine)
  await expect(lines.row(0)).toContainText('¥42,120,000.00')
  expect(await lines.clippedInputs()).toEqual([])
  // At 1366 the whole row fits, the amount included, without scrolling the table.
  await expect(lines.row(0).getByText('¥42,120,000.00')).toBeInViewport()
  await lines.row(0).evaluate((row) => row.scrollIntoView({ block: 'center' }))
  await shotWithoutNotices(page, 'docs/screens/contract-lines-1366.png')
  // At the narrowest window the app allows, the table scrolls in its box; still nothing is cut off.
  await page.setViewportSize({ width: 1100, height: 768 })
  expect(await lines.clippedInputs()).toEqual([])
  await page.setViewportSize({ width: 1366, height: 768 })

  // Signed at the quoted price (no approvals), so that a change agreement can start.
  await lines.fill(0, { 数量: '1', 折扣: '0' })
  await page.getByRole('textbox', { name: '合同名称' }).fill('长江电力变频器采购合同')
  await page.getByRole('button', { name: '提交法务审核' }).click()
  await c.expectStep('法务审核')
  const contractUrl = page.url()
  await switchUser(page, legalUser)
  await page.goto(contractUrl)
  await c.panel().getByRole('textbox', { name: '法务意见（合法性、合规性）' }).fill('合法合规。')
  await c.panel().getByRole('textbox', { name: '风险评估' }).fill('风险可控。')
  await c.act('审核通过')
  await c.expectStep('待签订')
  await switchUser(page, clerkUser)
  await page.goto(contractUrl)
  await c.panel().getByRole('checkbox', { name: '所有问题均已与客户确认' }).check()
  await c.date(c.panel(), '签订日期', await c.today())
  await c.act('登记签订')
  await c.expectStep('已签订')

  // 变更协议.
  await c.tab('变更协议')
  await page.getByRole('button', { name: '新建变更协议' }).click()
  await expect(page.getByTestId('change-step')).toHaveText('起草')
  await lines.fill(0, bigLine)
  await expect(lines.row(0)).toContainText('¥42,120,000.00')
  expect(await lines.clippedInputs()).toEqual([])
})
