/**
 * 报价单 and 电话/传真订货 as the commerce department meets them: a clerk
 * quotes two lines (a negative price and a 120 % discount are refused at
 * their cells, in Chinese), saves, issues and turns the quotation into a
 * contract; a phone order waits with 不得发货 until leadership approves it,
 * a clerk who tries to approve is refused, and leadership's approval shows
 * 可以发货.
 */
import { expect, test } from './fixtures'
import { AppFramePage } from './pages/AppFramePage'
import { ArchivePage } from './pages/ArchivePage'
import { LoginPage } from './pages/LoginPage'
import { PhoneOrderPage } from './pages/PhoneOrderPage'
import { QuotationPage } from './pages/QuotationPage'
import { SetupPage } from './pages/SetupPage'
import { adminUser, clerkUser } from './pages/testData'
import { createUser } from './pages/UsersPage'

const leaderUser = { account: 'zhangming', name: '张明', password: 'Leader2026a' }
const customerName = '北京智诚科技有限公司'
const productLabel = 'ABB 变频器 ACS580-01-12A7-4'

// Two users and a customer before each test, then a whole procedure: longer than the default 30 s.
test.describe.configure({ timeout: 90_000 })

test.beforeEach(async ({ app: page }) => {
  await new SetupPage(page).complete()
  const login = new LoginPage(page)
  await login.signInOk(adminUser.account, adminUser.password)
  const frame = new AppFramePage(page)
  await frame.open('用户与权限')
  await createUser(page, clerkUser)
  await createUser(page, leaderUser, '公司领导')
  await frame.signOut()
  await login.signInOk(clerkUser.account, clerkUser.password)
  const customers = new ArchivePage(page, '客户档案')
  await customers.open()
  await customers.create('客户', { 客户名称: customerName, 地区: '北京' })
})

test('a clerk quotes two lines, refused values show at their cells, issues it and makes the contract', async ({
  app: page,
}) => {
  const products = new ArchivePage(page, '产品目录')
  await products.open()
  await products.create('产品', {
    品名: 'ABB 变频器',
    规格: 'ACS580-01-12A7-4',
    '目录价（元）': '12800',
  })

  const q = new QuotationPage(page)
  await q.openList()
  await expect(page.getByText('还没有报价单')).toBeVisible()
  await q.startNew()
  await q.pickCustomer(customerName)
  // 有效期 defaults to 30 days after the quotation date.
  const quotedOn = await q.field('报价日期').inputValue()
  const validUntil = new Date(`${quotedOn}T00:00:00Z`)
  validUntil.setUTCDate(validUntil.getUTCDate() + 30)
  await expect(q.field('有效期至')).toHaveValue(validUntil.toISOString().slice(0, 10))

  await q.lines.pickProduct(0, productLabel)
  await q.lines.fill(0, { 数量: '2' })
  await q.lines.add()
  await q.lines.fill(1, { 品名: '安装调试服务', 单位: '项', 含税单价: '-500', 折扣: '120' })
  await q.save()
  await expect(q.lines.error(1, '含税单价')).toHaveText('单价不能为负数')
  await expect(q.lines.error(1, '折扣')).toHaveText('折扣必须在 0% 到 100% 之间')
  await expect(page).toHaveURL(/#\/quotations\/new$/)

  await q.lines.fill(1, { 含税单价: '3000', 折扣: '5' })
  await q.field('交货条件').fill('合同签订后 15 个工作日内送货至买方指定地点')
  await q.field('付款条件').fill('预付 30%，到货验收后付清余款')
  await q.save()
  await expect(page.getByText('报价单已保存').first()).toBeVisible()
  await expect(page).toHaveURL(/#\/quotations\/(?!new)[\w-]+$/)
  // 2 × 12,800.00 + 3,000.00 × 95 % = 28,450.00
  await expect(page.getByTestId('totals')).toContainText('价税合计 ¥28,450.00')
  await expect(page.getByTestId('totals')).toContainText('贰万捌仟肆佰伍拾元整')
  await expect(q.status()).toHaveText('草稿')
  await new ArchivePage(page, '报价单').shot('docs/screens/quotation.png')

  await page.getByRole('button', { name: '发出报价' }).click()
  await expect(q.status()).toHaveText('已发出')
  await expect(page.getByText('报价单已发出，内容不能再修改')).toBeVisible()
  await expect(page.getByRole('button', { name: '保存', exact: true })).toHaveCount(0)

  // The PDF the customer receives, drawn by main and shown before it is saved.
  await page.getByRole('button', { name: '报价单 PDF' }).click()
  const preview = page.getByRole('dialog')
  await expect(preview).toContainText(/报价单 BJ-\d{6}-\d{4}/)
  await expect(preview).toContainText('共 1 页', { timeout: 20_000 })
  await expect(preview.locator('canvas').first()).toBeVisible({ timeout: 20_000 })
  await preview.getByRole('button', { name: '关闭' }).click()

  await q.openList()
  await expect(q.rows()).toHaveCount(1)
  await expect(q.rows().first()).toContainText(customerName)
  await expect(q.rows().first()).toContainText('28,450.00')
  await page.getByRole('textbox', { name: '搜索' }).fill('智诚')
  await expect(q.rows()).toHaveCount(1)
  await page.getByRole('textbox', { name: '搜索' }).fill('浦江')
  await expect(q.rows()).toHaveCount(0)
  await page.getByRole('textbox', { name: '搜索' }).fill('')
  await q.rows().first().click()

  await page.getByRole('button', { name: '转为合同' }).click()
  await expect(page).toHaveURL(/#\/contracts\/[\w-]+$/)
})

test('a phone order waits with 不得发货; a clerk cannot approve it, leadership can, and then it may ship', async ({
  app: page,
}) => {
  const o = new PhoneOrderPage(page)
  await o.openList()
  await o.startNew()
  await o.channel('传真')
  await o.pickCustomer(customerName)
  await o.field('来电人/传真签发人').fill('赵明远')
  await o.field('无法签订正式合同的原因').fill('项目抢工期，客户盖章流程需一周，先凭传真订货')
  await o.lines.fill(0, { 品名: '电力电缆', 单位: '米', 数量: '500', 含税单价: '86.50' })
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('订货已登记，等待公司领导确认').first()).toBeVisible()
  await expect(o.shipping()).toContainText('公司领导确认前不得发货')

  // A clerk may look, but only leadership decides: the row says whose decision it is.
  await expect(o.approvals()).toContainText('需公司领导审批')
  await expect(o.approvals().getByRole('button', { name: '同意', exact: true })).toHaveCount(0)
  await expect(o.shipping()).toContainText('公司领导确认前不得发货')
  await page.evaluate(() => window.scrollTo(0, 0))
  await new ArchivePage(page, '电话/传真订货').shot('docs/screens/phone-order.png')

  const frame = new AppFramePage(page)
  await frame.signOut()
  await new LoginPage(page).signInOk(leaderUser.account, leaderUser.password)
  await o.openList()
  await expect(o.rows().first()).toContainText('待领导确认')
  await o.openRow(customerName)
  await o.approvals().getByRole('button', { name: '同意', exact: true }).click()
  await expect(o.shipping()).toContainText('可以发货')
  await expect(page.getByTestId('status')).toHaveText('已确认')
  // The 合同审批表 of the order carries leadership's decision.
  await page.getByRole('button', { name: '合同审批表 PDF' }).click()
  const form = page.getByRole('dialog')
  await expect(form.locator('canvas').first()).toBeVisible({ timeout: 30_000 })
  await form.getByRole('button', { name: '关闭' }).click()
  await expect(o.approvals()).toContainText(leaderUser.name)

  // Leadership does not draft contracts; the clerk makes the formal one.
  await expect(page.getByRole('button', { name: '补签正式合同' })).toHaveCount(0)
  await frame.signOut()
  await new LoginPage(page).signInOk(clerkUser.account, clerkUser.password)
  await o.openList()
  await expect(o.rows().first()).toContainText('已确认')
  await o.openRow(customerName)
  await expect(o.shipping()).toContainText('可以发货')
  await page.getByRole('button', { name: '补签正式合同' }).click()
  await expect(page).toHaveURL(/#\/contracts\/[\w-]+$/)
})
