/**
 * The customer and product pickers of 报价单, 销售合同 and 电话/传真订货 find
 * records as the archive lists and Ctrl+K do (issue 14, item 11): pinyin
 * initials (`bjkj` → 北京智诚科技), 简称, 统一社会信用代码, a product's
 * 物料编码 or 型号; the first match is highlighted, so Enter takes it.
 */
import { expect, test } from './fixtures'
import { AppFramePage } from './pages/AppFramePage'
import { ArchivePage } from './pages/ArchivePage'
import { LoginPage } from './pages/LoginPage'
import { PhoneOrderPage } from './pages/PhoneOrderPage'
import { QuotationPage } from './pages/QuotationPage'
import { SetupPage } from './pages/SetupPage'
import { adminUser, clerkUser, sampleUscc } from './pages/testData'
import { createUser, switchUser } from './pages/UsersPage'

const zhicheng = '北京智诚科技有限公司'
const changjiang = '重庆长江电力设备有限公司'

test.use({ viewport: { width: 1366, height: 768 }, actionTimeout: 15_000 })

test('the customer and product pickers find records by pinyin initials, 简称, USCC, code and model', async ({
  app: page,
}) => {
  test.setTimeout(120_000)
  await new SetupPage(page).complete()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  await new AppFramePage(page).open('用户与权限')
  await createUser(page, clerkUser)
  await switchUser(page, clerkUser)
  const customers = new ArchivePage(page, '客户档案')
  await customers.open()
  await customers.create('客户', {
    客户名称: zhicheng,
    简称: '智诚',
    统一社会信用代码: sampleUscc(1),
    地区: '北京',
  })
  await customers.backToList()
  // 北京 inside the name, not at its start: `bjkj` must not find it.
  await customers.create('客户', { 客户名称: '上海北京路贸易有限公司', 地区: '上海' })
  await customers.backToList()
  await customers.create('客户', {
    客户名称: changjiang,
    简称: '渝电',
    统一社会信用代码: sampleUscc(2),
    地区: '重庆',
  })
  const products = new ArchivePage(page, '产品目录')
  await products.open()
  await products.create('产品', {
    品名: '变频器',
    规格: 'ACS580-01-12A7-4',
    型号: 'ACS580',
    物料编码: 'WL-0001',
    '目录价（元）': '12800',
  })
  await products.backToList()
  await products.create('产品', {
    品名: '断路器',
    规格: 'NSX100F',
    型号: 'LV429630',
    物料编码: 'WL-0002',
    '目录价（元）': '1200',
    税率: '6',
  })
  await products.dismissNotices()

  // 报价单: the customer by pinyin initials, 简称 and USCC.
  const q = new QuotationPage(page)
  const lines = q.lines
  await q.openList()
  await q.startNew()
  const customer = page.getByRole('combobox', { name: /^客户/ })
  await customer.fill('bjkj')
  await expect(lines.options()).toHaveText([zhicheng])
  await page.screenshot({ path: 'docs/screens/picker-customer-pinyin.png' })
  await customer.press('Enter')
  await expect(customer).toHaveValue(zhicheng)
  await customer.fill('渝电')
  await expect(lines.options()).toHaveText([changjiang])
  await customer.press('Enter')
  await expect(customer).toHaveValue(changjiang)
  await customer.fill(sampleUscc(1).toLowerCase())
  await expect(lines.options()).toHaveText([zhicheng])
  await customer.press('Enter')
  await expect(customer).toHaveValue(zhicheng)

  // The product by 物料编码, 型号 and pinyin; picked, its catalogue price fills the line.
  const picker = lines.picker(0)
  await picker.fill('WL-0002')
  await expect(lines.options()).toHaveCount(1)
  await expect(lines.options()).toContainText(['断路器 NSX100F'])
  await picker.press('Enter')
  await expect(picker).toHaveValue('断路器 NSX100F')
  await expect(lines.cell(0, '含税单价')).toHaveValue('1200.00')
  await picker.fill('acs580')
  await expect(lines.options()).toHaveCount(1)
  await expect(lines.options()).toContainText(['变频器 ACS580-01-12A7-4'])
  await picker.fill('lv4296')
  await expect(lines.options()).toHaveCount(1)
  await expect(lines.options()).toContainText(['断路器 NSX100F'])
  await picker.fill('bpq')
  await expect(lines.options()).toHaveCount(1)
  await expect(lines.options()).toContainText(['变频器 ACS580-01-12A7-4'])
  await page.screenshot({ path: 'docs/screens/picker-product-pinyin.png' })
  await picker.press('Enter')
  await expect(picker).toHaveValue('变频器 ACS580-01-12A7-4')
  await expect(lines.cell(0, '含税单价')).toHaveValue('12800.00')
  await q.save()
  await expect(page.getByText('报价单已保存').first()).toBeVisible()

  // 销售合同 (blank): its customer picker is the same.
  await page.locator('.mantine-AppShell-navbar').getByText('销售合同', { exact: true }).click()
  await page.getByRole('button', { name: '新建合同' }).click()
  const party = page.getByRole('combobox', { name: /^客户（甲方）/ })
  await party.fill('yudian')
  await expect(lines.options()).toHaveText([changjiang])
  await party.press('Enter')
  await expect(party).toHaveValue(changjiang)

  // 电话/传真订货. The contract is half-filled, so leaving it asks first.
  const order = new PhoneOrderPage(page)
  await page.locator('.mantine-AppShell-navbar').getByText('电话/传真订货', { exact: true }).click()
  await page.getByRole('dialog', { name: '有未保存的修改' }).getByRole('button', { name: '离开' }).click()
  await expect(page.getByRole('heading', { name: '电话/传真订货', exact: true })).toBeVisible()
  await order.startNew()
  const caller = page.getByRole('combobox', { name: /^客户/ })
  await caller.fill('智诚')
  await expect(lines.options()).toHaveText([zhicheng])
  await caller.press('Enter')
  await expect(caller).toHaveValue(zhicheng)
  await order.lines.picker(0).fill('wl-0001')
  await expect(lines.options()).toHaveCount(1)
  await order.lines.picker(0).press('Enter')
  await expect(order.lines.cell(0, '含税单价')).toHaveValue('12800.00')
})
