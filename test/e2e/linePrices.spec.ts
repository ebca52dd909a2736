/**
 * What a line's boxes show is what the line holds (issue 14, item 1): a
 * product picked fills 含税单价 and 税率 with its catalogue price and rate,
 * as the amount and the totals already did, in the quotation, the contract
 * and the change agreement; while the clerk types a price their text stays
 * as typed, and it is formatted when they leave the box.
 */
import { expect, test } from './fixtures'
import { shotWithoutNotices } from './pages/notices'
import { AppFramePage } from './pages/AppFramePage'
import { ArchivePage } from './pages/ArchivePage'
import { ContractPage } from './pages/ContractPage'
import { signContract } from './pages/contractSigning'
import { LoginPage } from './pages/LoginPage'
import { QuotationPage } from './pages/QuotationPage'
import { SetupPage } from './pages/SetupPage'
import { adminUser, clerkUser } from './pages/testData'
import { createUser, switchUser } from './pages/UsersPage'

const legalUser = { account: 'zhoufa', name: '周法', password: 'Legal2026a' }
const customerName = '重庆长江电力设备有限公司'
const breaker = { label: '施耐德 断路器 NSX100F', price: '1200.00', rate: '6', amount: '¥1,200.00' }
const drive = { label: 'ABB 变频器 ACS580-01-12A7-4', price: '43200.00', rate: '13', amount: '¥43,200.00' }

test.use({ viewport: { width: 1366, height: 768 }, actionTimeout: 15_000 })

test('a picked product shows its catalogue price and tax rate in the boxes of the quotation, contract and change agreement', async ({
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
  await products.create('产品', { 品名: '施耐德 断路器', 规格: 'NSX100F', '目录价（元）': '1200', 税率: '6' })
  await products.backToList()
  await products.create('产品', { 品名: 'ABB 变频器', 规格: 'ACS580-01-12A7-4', '目录价（元）': '43200' })

  // 报价单: the boxes show the product's price and rate, as the amount does.
  const q = new QuotationPage(page)
  const lines = q.lines
  await q.openList()
  await q.startNew()
  await q.pickCustomer(customerName)
  await lines.pickProduct(0, breaker.label)
  await expect(lines.cell(0, '含税单价')).toHaveValue(breaker.price)
  await expect(lines.cell(0, '税率')).toHaveValue(breaker.rate)
  await expect(lines.row(0)).toContainText(breaker.amount)
  await lines.row(0).evaluate((row) => row.scrollIntoView({ block: 'center' }))
  await shotWithoutNotices(page, 'docs/screens/lines-product-picked.png')

  // Typed text stays as typed (nothing reformatted under the cursor), formatted on leaving the box.
  const price = lines.cell(0, '含税单价')
  await price.fill('1150.5')
  await expect(lines.row(0)).toContainText('¥1,150.50')
  await expect(price).toHaveValue('1150.5')
  await price.press('Backspace')
  await expect(price).toHaveValue('1150.')
  await expect(lines.row(0)).toContainText('¥1,150.00')
  await price.blur()
  await expect(price).toHaveValue('1150.00')
  // Another product over a typed price: its price and rate replace the clerk's.
  await lines.pickProduct(0, drive.label)
  await expect(price).toHaveValue(drive.price)
  await expect(lines.cell(0, '税率')).toHaveValue(drive.rate)
  await lines.pickProduct(0, breaker.label)
  await expect(price).toHaveValue(breaker.price)
  await expect(lines.cell(0, '税率')).toHaveValue(breaker.rate)
  await q.save()
  await expect(page.getByText('报价单已保存').first()).toBeVisible()
  await page.getByRole('button', { name: '发出报价' }).click()
  await page.getByRole('button', { name: '转为合同' }).click()

  // 销售合同: a line added and picked there; a row removed above another shows that row's values.
  const c = new ContractPage(page)
  await c.expectStep('起草')
  await lines.add()
  await lines.pickProduct(1, drive.label)
  await expect(lines.cell(1, '含税单价')).toHaveValue(drive.price)
  await expect(lines.cell(1, '税率')).toHaveValue(drive.rate)
  await expect(lines.row(1)).toContainText(drive.amount)
  await lines.add()
  await lines.fill(2, { 品名: '安装调试服务', 含税单价: '800', 税率: '9' })
  await lines.row(1).getByRole('button', { name: '删除第 2 行' }).click()
  await expect(lines.cell(1, '品名')).toHaveValue('安装调试服务')
  await expect(lines.cell(1, '含税单价')).toHaveValue('800.00')
  await expect(lines.cell(1, '税率')).toHaveValue('9')
  await lines.row(1).getByRole('button', { name: '删除第 2 行' }).click()
  await signContract(page, { title: '长江电力断路器采购合同', clerk: clerkUser, legal: legalUser })

  // 变更协议.
  await c.tab('变更协议')
  await page.getByRole('button', { name: '新建变更协议' }).click()
  await expect(page.getByTestId('change-step')).toHaveText('起草')
  await lines.add()
  await lines.pickProduct(1, drive.label)
  await expect(lines.cell(1, '含税单价')).toHaveValue(drive.price)
  await expect(lines.cell(1, '税率')).toHaveValue(drive.rate)
  await expect(lines.row(1)).toContainText(drive.amount)
})
