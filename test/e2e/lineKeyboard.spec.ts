/**
 * A quotation's lines entered from the keyboard alone (issue 14, item 13):
 * the product found by its pinyin initials and taken with Enter, the
 * cursor then in 数量; Tab to 含税单价; Enter goes on to the next line's
 * product box, adding a line after the last. The line Enter opened after
 * the last one, left blank, is dropped when the clerk saves; 添加一行 puts
 * the cursor in the new line's product box.
 */
import { expect, test } from './fixtures'
import { AppFramePage } from './pages/AppFramePage'
import { ArchivePage } from './pages/ArchivePage'
import { LoginPage } from './pages/LoginPage'
import { QuotationPage } from './pages/QuotationPage'
import { SetupPage } from './pages/SetupPage'
import { adminUser, clerkUser } from './pages/testData'
import { createUser, switchUser } from './pages/UsersPage'

const customerName = '北京智诚科技有限公司'
const drive = '变频器 ACS580-01-12A7-4'
const breaker = '断路器 NSX100F'

test.use({ viewport: { width: 1366, height: 768 }, actionTimeout: 15_000 })

test('a clerk enters two lines from the keyboard alone: product by pinyin initials, quantity, price, Enter to the next', async ({
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
  await customers.create('客户', { 客户名称: customerName, 地区: '北京' })
  const products = new ArchivePage(page, '产品目录')
  await products.open()
  await products.create('产品', { 品名: '变频器', 规格: 'ACS580-01-12A7-4', '目录价（元）': '12800' })
  await products.backToList()
  await products.create('产品', { 品名: '断路器', 规格: 'NSX100F', '目录价（元）': '1200', 税率: '6' })
  await products.dismissNotices()

  const q = new QuotationPage(page)
  const lines = q.lines
  const keys = page.keyboard
  await q.openList()
  await q.startNew()
  await expect(page.getByTestId('lines-keys-hint')).toContainText('Enter 选中并跳到数量')
  const customer = page.getByRole('combobox', { name: /^客户/ })
  await customer.focus()
  await keys.type('bjkj')
  await keys.press('Enter')
  await expect(customer).toHaveValue(customerName)
  // 报价日期, 有效期至, then the first line's product box.
  await keys.press('Tab')
  await keys.press('Tab')
  await keys.press('Tab')
  await expect(lines.picker(0)).toBeFocused()

  // Line 1: 变频器 by its initials; the cursor goes to 数量, Tab to 含税单价, Enter to a new line.
  await keys.type('bpq')
  await keys.press('Enter')
  await expect(lines.picker(0)).toHaveValue(drive)
  await expect(lines.cell(0, '数量')).toBeFocused()
  await keys.type('3')
  await keys.press('Tab')
  await expect(lines.cell(0, '含税单价')).toBeFocused()
  await keys.type('12500')
  await keys.press('Enter')
  await expect(lines.picker(1)).toBeFocused()

  // Line 2: 断路器.
  await keys.type('dlq')
  await expect(lines.options()).toHaveCount(1)
  await page.screenshot({ path: 'docs/screens/lines-keyboard.png' })
  await keys.press('Enter')
  await expect(lines.picker(1)).toHaveValue(breaker)
  await expect(lines.cell(1, '数量')).toBeFocused()
  await keys.type('10')
  await keys.press('Tab')
  await keys.type('1150')
  await keys.press('Enter')
  await expect(lines.picker(2)).toBeFocused()
  await expect(page.getByTestId('totals')).toContainText('¥49,000.00')

  // Saved: the blank line Enter opened is not, and is gone from the table.
  await q.save()
  await expect(page.getByText('报价单已保存').first()).toBeVisible()
  await expect(page).toHaveURL(/#\/quotations\/(?!new)[^/]+$/)
  // As stored: the quotation opened again from its list.
  await q.openList()
  await q.rows().first().click()
  await expect(lines.row(1)).toBeVisible()
  await expect(lines.row(2)).toHaveCount(0)
  await expect(lines.picker(0)).toHaveValue(drive)
  await expect(lines.cell(0, '数量')).toHaveValue('3')
  await expect(lines.cell(0, '含税单价')).toHaveValue('12500.00')
  await expect(lines.cell(0, '税率')).toHaveValue('13')
  await expect(lines.picker(1)).toHaveValue(breaker)
  await expect(lines.cell(1, '数量')).toHaveValue('10')
  await expect(lines.cell(1, '含税单价')).toHaveValue('1150.00')
  await expect(lines.cell(1, '税率')).toHaveValue('6')
  await expect(page.getByTestId('totals')).toContainText('¥49,000.00')

  // 添加一行 puts the cursor in the new line's product box.
  await lines.add()
  await expect(lines.picker(2)).toBeFocused()
})
