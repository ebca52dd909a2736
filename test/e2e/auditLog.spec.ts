/**
 * 操作日志 as an auditor reads it at 1366×768 (issue 14, item 10): a clerk
 * makes a customer with a contact, a contract from a quotation, signs it and
 * changes it by a change agreement that leadership approves on paper. Each
 * user action is one row — when, who, what, which record by its business
 * name — with what changed in the screens' words: no ids, codes or ISO
 * times, a change agreement's signing one row with its parts beneath, and
 * nothing squeezed to a dot or to a character per line.
 */
import { expect, test } from './fixtures'
import { AppFramePage } from './pages/AppFramePage'
import { ArchivePage } from './pages/ArchivePage'
import { AuditLogPage, ISO_TIME, ULID } from './pages/AuditLogPage'
import { ContractPage } from './pages/ContractPage'
import { LoginPage } from './pages/LoginPage'
import { QuotationPage } from './pages/QuotationPage'
import { SetupPage } from './pages/SetupPage'
import { adminUser, clerkUser } from './pages/testData'
import { createUser, switchUser } from './pages/UsersPage'

const legalUser = { account: 'zhoufa', name: '周法', password: 'Legal2026a' }
const customerName = '上海浦江电力工程有限公司'
const productLabel = '施耐德 低压开关柜 MNS-400'

test.use({ viewport: { width: 1366, height: 768 }, actionTimeout: 15_000 })

test('each user action reads as one sentence: who, when, which record by name, what changed in words', async ({
  app: page,
}) => {
  test.setTimeout(240_000)
  await new SetupPage(page).complete()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  await new AppFramePage(page).open('用户与权限')
  await createUser(page, clerkUser)
  await createUser(page, legalUser, '法务')
  await switchUser(page, clerkUser)

  // A customer with a contact (a child row), and a product.
  const customers = new ArchivePage(page, '客户档案')
  await customers.open()
  await customers.create('客户', { 客户名称: customerName, 地区: '上海' })
  await page.getByRole('button', { name: '添加联系人' }).click()
  const dialog = page.getByRole('dialog')
  await customers.fill({ 姓名: '张工', 职务: '采购经理' }, dialog)
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('table', { name: '联系人' })).toContainText('张工')
  const products = new ArchivePage(page, '产品目录')
  await products.open()
  await products.create('产品', { 品名: '施耐德 低压开关柜', 规格: 'MNS-400', '目录价（元）': '48000' })

  // 报价单 → 销售合同 at the quoted price, under the major-contract threshold: no approvals.
  const q = new QuotationPage(page)
  const lines = q.lines
  await q.openList()
  await q.startNew()
  await q.pickCustomer(customerName)
  await lines.pickProduct(0, productLabel)
  await lines.fill(0, { 数量: '10' })
  await q.save()
  await expect(page.getByText('报价单已保存').first()).toBeVisible()
  await page.getByRole('button', { name: '发出报价' }).click()
  await page.getByRole('button', { name: '转为合同' }).click()
  const c = new ContractPage(page)
  await c.expectStep('起草')
  await page.getByRole('textbox', { name: '合同名称' }).fill('浦江变电站低压开关柜采购合同')
  await page.getByRole('button', { name: '提交法务审核' }).click()
  await c.expectStep('法务审核')
  const contractUrl = page.url()
  const number = (await page.getByRole('heading', { level: 3 }).textContent())?.split(' · ')[0] ?? ''
  expect(number).toMatch(/^HT-\d{6}-\d{4}$/)
  await switchUser(page, legalUser)
  await page.goto(contractUrl)
  await c.panel().getByRole('textbox', { name: '法务意见（合法性、合规性）' }).fill('合法合规。')
  await c.panel().getByRole('textbox', { name: '风险评估' }).fill('风险可控。')
  await c.act('审核通过')
  await c.expectStep('待签订')
  await switchUser(page, clerkUser)
  await page.goto(contractUrl)
  const today = await c.today()
  await c.panel().getByRole('checkbox', { name: '所有问题均已与客户确认' }).check()
  await c.date(c.panel(), '签订日期', today)
  await c.act('登记签订')
  await c.expectStep('已签订')

  // 变更协议: two more units make it a major contract; leadership signs the paper form.
  await c.tab('变更协议')
  await page.getByRole('button', { name: '新建变更协议' }).click()
  await expect(page.getByTestId('change-step')).toHaveText('起草')
  await page.getByRole('textbox', { name: '变更原因' }).fill('客户追加两台备用柜')
  await lines.fill(0, { 数量: '12' })
  await page.getByRole('button', { name: '提交审批' }).click()
  await expect(page.getByTestId('change-step')).toHaveText('审批')
  await c.attachScan('变更审批表签字件.pdf')
  await page.getByRole('button', { name: '录入纸质审批' }).click()
  const paper = page.getByRole('dialog', { name: '录入纸质审批' })
  await paper.getByRole('textbox', { name: '签字人' }).fill('郑总')
  await c.date(paper, '签字日期', today)
  await paper.getByRole('combobox', { name: '签字审批表扫描件' }).click()
  await page.getByRole('option', { name: '变更审批表签字件.pdf' }).click()
  await paper.getByRole('button', { name: '保存' }).click()
  await expect(page.getByTestId('change-step')).toHaveText('待签订')
  await c.date(page.locator('body'), '签订日期', today)
  await page.getByRole('button', { name: '签订', exact: true }).click()
  await expect(page.getByTestId('change-step')).toHaveText('已签订')

  // The administrator reads the log.
  await switchUser(page, adminUser)
  const log = new AuditLogPage(page)
  await log.open()
  const change = `变更协议 ${number}-BG1`

  // The signing is ONE row: the agreement's step, then the lines it rewrote and the contract's new version.
  const signing = log.row(change, '状态：待签订 → 已签订')
  await expect(signing).toHaveCount(1)
  await expect(signing).toContainText('修改')
  await expect(signing).toContainText(`签订日期：— → ${today}`)
  await expect(signing).toContainText(`替换 合同 ${number} 的明细「施耐德 低压开关柜」：数量：10 → 12`)
  await expect(signing).toContainText(`修改 合同 ${number}：版本：第 1 版 → 第 2 版`)
  await expect(log.rows().filter({ hasText: `删除 合同 ${number} 的明细` })).toHaveCount(0)

  // The paper approval: the rule, its step, the mode and the scan by name.
  const approval = log.row(change, '状态：审批 → 待签订')
  await expect(approval).toContainText(`新建 ${change} 的审批「郑总」`)
  await expect(approval).toContainText('审批事项：重大合同')
  await expect(approval).toContainText(/审批步骤：第 \d 步/)
  await expect(approval).toContainText('方式：纸质签字')
  await expect(approval).toContainText(`审批时间：${today}`)
  await expect(approval).toContainText('签字审批表扫描件：变更审批表签字件.pdf')
  await expect(log.row(`${change} 的附件「变更审批表签字件.pdf」`, '文件名')).toHaveCount(1)

  // The contract made from the quotation names its customer and the quotation, its lines beneath.
  const made = log.row(`合同 ${number}`, `客户：${customerName}`)
  await expect(made).toContainText('新建')
  await expect(made).toContainText('状态：起草')
  await made.getByRole('button', { name: /展开其余 \d+ 项/ }).click()
  await expect(made).toContainText(/来源报价单：BJ-\d{6}-\d{4}/)
  await expect(made).toContainText(`新建 合同 ${number} 的明细「施耐德 低压开关柜」`)
  await expect(made).toContainText('收起')

  // A contact is named with its customer.
  await expect(log.row(`客户 ${customerName} 的联系人「张工」`, '职务：采购经理')).toHaveCount(1)

  // No ids, codes or stored times anywhere; times as YYYY-MM-DD HH:mm.
  const text = (await log.table().textContent()) ?? ''
  expect(text).not.toMatch(ULID)
  expect(text).not.toMatch(ISO_TIME)
  expect(text).not.toMatch(/majorContract|parentId|customerId|状态：\d/)
  for (const time of await log.rows().locator('td:first-child').allTextContents())
    expect(time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)

  // At 1366 px nothing is cut to a dot or squeezed to a character per line.
  expect(await log.squeezed()).toEqual([])
  await signing.scrollIntoViewIfNeeded()
  await log.shot('docs/screens/audit-log-actions.png')

  // The table filter keeps every table; a line's table shows the action that touched it.
  await log.filterTable('合同明细')
  await expect(log.row(change, '状态：待签订 → 已签订')).toHaveCount(1)
  await expect(log.rows().filter({ hasText: '登录账号' })).toHaveCount(0)

  // 变更记录 of the contract speaks the same words.
  await page.goto(contractUrl)
  await c.tab('变更记录')
  const history = page.getByRole('table', { name: '变更记录' })
  await expect(history).toContainText('版本：第 1 版 → 第 2 版')
  await expect(history).toContainText(`客户：${customerName}`)
  expect((await history.textContent()) ?? '').not.toMatch(ULID)
})
