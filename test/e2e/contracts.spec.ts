/**
 * A sales contract from quotation to settlement, as the department works it
 * (DOMAIN.md §1): the clerk turns a quotation into a contract and lowers the
 * price below the quote; legal reviews it; the rules ask the commerce
 * manager, and a clerk who tries to approve is refused; it is signed, filed
 * with the scan, performed, changed by a change agreement (approved again)
 * and settled. Its documents are previewed, saved and printed.
 */
import { readFile, readdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { expect, test } from './fixtures'
import { AppFramePage } from './pages/AppFramePage'
import { ArchivePage } from './pages/ArchivePage'
import { ContractPage } from './pages/ContractPage'
import { LoginPage } from './pages/LoginPage'
import { QuotationPage } from './pages/QuotationPage'
import { SetupPage } from './pages/SetupPage'
import { adminUser, clerkUser } from './pages/testData'
import { createUser, switchUser } from './pages/UsersPage'

const legalUser = { account: 'zhoufa', name: '周法', password: 'Legal2026a' }
const managerUser = { account: 'wujing', name: '吴经理', password: 'Manager2026a' }
const customerName = '上海浦江电力工程有限公司'
const productLabel = '施耐德 低压开关柜 MNS-400'

// A step that does not happen should fail the test in seconds, not at the whole test's timeout.
test.use({ actionTimeout: 15_000 })

test('quotation → contract below quote → legal → manager approves (clerk refused) → signed → filed → changed → settled', async ({
  app: page,
  host,
}) => {
  test.setTimeout(240_000)
  await new SetupPage(page).complete()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  await new AppFramePage(page).open('用户与权限')
  await createUser(page, clerkUser)
  await createUser(page, legalUser, '法务')
  await createUser(page, managerUser, '商务部经理')
  await switchUser(page, clerkUser)

  const customers = new ArchivePage(page, '客户档案')
  await customers.open()
  await customers.create('客户', { 客户名称: customerName, 地区: '上海' })
  const products = new ArchivePage(page, '产品目录')
  await products.open()
  await products.create('产品', { 品名: '施耐德 低压开关柜', 规格: 'MNS-400', '目录价（元）': '48000' })

  // 报价单 → 销售合同: each line keeps its quoted price.
  const q = new QuotationPage(page)
  await q.openList()
  await q.startNew()
  await q.pickCustomer(customerName)
  await q.lines.pickProduct(0, productLabel)
  await q.lines.fill(0, { 数量: '10' })
  await q.save()
  await expect(page.getByText('报价单已保存').first()).toBeVisible()
  await page.getByRole('button', { name: '发出报价' }).click()
  await page.getByRole('button', { name: '转为合同' }).click()
  await expect(page).toHaveURL(/#\/contracts\/[\w-]+$/)

  const c = new ContractPage(page)
  await c.expectStep('起草')
  const lines = q.lines
  await expect(lines.row(0)).toContainText('¥48,000.00')
  // Negotiated 43,200 a unit: 10 % under the quote, more than the 5 % allowed.
  await lines.fill(0, { 含税单价: '43200' })
  await page.getByRole('textbox', { name: '合同名称' }).fill('浦江变电站低压开关柜采购合同')
  await expect(page.getByTestId('totals')).toContainText('¥432,000.00')
  await expect(page.getByTestId('totals')).toContainText('肆拾叁万贰仟元整')
  // Milestones that do not add up to 100 % keep it in draft, with the reason at the field.
  await page.getByTestId('milestones').getByRole('textbox', { name: '比例' }).first().fill('20')
  await page.getByRole('button', { name: '提交法务审核' }).click()
  await expect(page.locator('[data-error="milestones"]')).toHaveText('付款节点比例合计为 90%，应为 100%')
  await c.expectStep('起草')
  await page.getByTestId('milestones').getByRole('textbox', { name: '比例' }).first().fill('30')
  await c.shot('docs/screens/contract-draft.png')
  await page.getByRole('button', { name: '提交法务审核' }).click()
  await c.expectStep('法务审核')
  const contractUrl = page.url()
  const number = (await page.getByRole('heading', { level: 3 }).textContent())?.split(' · ')[0] ?? ''
  expect(number).toMatch(/^HT-\d{6}-\d{4}$/)

  // 法务审核: opinion and risk assessment, then the rules decide the approvals.
  await switchUser(page, legalUser)
  await page.goto(contractUrl)
  await c
    .panel()
    .getByRole('textbox', { name: '法务意见（合法性、合规性）' })
    .fill('合同条款合法合规，主体资格有效。')
  await c.act('审核通过')
  await expect(c.panel().getByText('此项必填')).toBeVisible()
  await c.panel().getByRole('textbox', { name: '风险评估' }).fill('付款比例合理，风险可控。')
  await c.shot('docs/screens/contract-legal.png')
  await c.act('审核通过')
  await c.expectStep('审批')

  // A clerk is not offered the manager's decision: the row says whose it is (the rules refuse it anyway).
  await switchUser(page, clerkUser)
  await page.goto(contractUrl)
  await c.tab('审批')
  await expect(c.approvalRow('priceBelowQuote')).toContainText('议价低于商务部报价')
  await expect(c.approvalRow('priceBelowQuote')).toContainText('需商务部经理审批')
  await expect(
    c.approvalRow('priceBelowQuote').getByRole('button', { name: '同意', exact: true }),
  ).toHaveCount(0)
  await c.expectStep('审批')

  await switchUser(page, managerUser)
  await expect(page.getByText(number).first()).toBeVisible() // waiting on the manager's dashboard
  await page.goto(contractUrl)
  await c.tab('审批')
  await c.approvalRow('priceBelowQuote').getByRole('textbox', { name: '审批意见' }).fill('同意按此价格签订')
  await c.approvalRow('priceBelowQuote').getByRole('button', { name: '同意', exact: true }).click()
  await c.expectStep('待签订')
  await expect(c.approvalRow('priceBelowQuote')).toContainText('吴经理')
  await c.shot('docs/screens/contract-approved.png')

  // 签订 → 归档 with the scan → 履行中.
  await switchUser(page, clerkUser)
  await page.goto(contractUrl)
  const today = await c.today()
  await c.act('登记签订')
  await expect(c.panel().getByText('请先确认所有待定事项')).toBeVisible()
  await c.panel().getByRole('checkbox', { name: '所有问题均已与客户确认' }).check()
  // Signed the day before the manager approved: refused, with the approval's date.
  const yesterday = await page.evaluate(() => {
    const d = new Date(Date.now() - 86_400_000)
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  })
  await c.date(c.panel(), '签订日期', yesterday)
  await c.act('登记签订')
  await expect(c.panel().getByText(`签订日期不能早于审批完成日期（${today}）`)).toBeVisible()
  await c.expectStep('待签订')
  await c.date(c.panel(), '签订日期', today)
  await c.act('登记签订')
  await c.expectStep('已签订')
  await expect(c.panel()).toContainText('签订后须于当日归档')
  await c.act('归档')
  await expect(c.panel().getByText('归档前请上传双方签字盖章的合同扫描件')).toBeVisible()
  await c.attachScan('销售合同签字盖章件.pdf')
  await c.panel().getByRole('combobox', { name: '已签字盖章的合同扫描件' }).click()
  await page.getByRole('option', { name: '销售合同签字盖章件.pdf' }).click()
  await c.act('归档')
  await c.expectStep('已归档')
  await c.shot('docs/screens/contract-filed.png')
  await c.act('开始履行')
  await c.expectStep('履行中')

  // The contract's PDF: previewed, saved by type and month, printed.
  await page.getByRole('button', { name: '销售合同 PDF' }).click()
  const preview = page.getByRole('dialog')
  await expect(preview.locator('canvas').first()).toBeVisible({ timeout: 30_000 })
  await preview.getByRole('button', { name: '打印' }).click()
  await expect.poll(() => host.shell.calls.map((call) => call.verb)).toContain('print')
  const firstPdf = host.shell.calls[0].path
  expect(firstPdf).toMatch(new RegExp(`/documents/销售合同/${today.slice(0, 7)}/${number}\\.pdf$`))
  // The printed first version is the document of record: nothing may write over it later.
  const firstBytes = await readFile(firstPdf)
  await preview.getByRole('button', { name: '关闭' }).click()

  // 变更协议: two more units, still under the quote, so the manager approves again.
  await c.tab('变更协议')
  await page.getByRole('button', { name: '新建变更协议' }).click()
  await expect(page.getByTestId('change-step')).toHaveText('起草')
  await page.getByRole('textbox', { name: '变更原因' }).fill('客户追加两台备用柜')
  await page.getByRole('textbox', { name: '对交货期、工期的影响' }).fill('交货期顺延 10 天')
  await lines.fill(0, { 数量: '12' })
  await expect(page.getByTestId('line-differences')).toContainText('变更')
  await expect(page.getByTestId('change-totals')).toContainText('+¥86,400.00')
  await page.getByRole('button', { name: '提交审批' }).click()
  await expect(page.getByTestId('change-step')).toHaveText('审批')
  const changeUrl = page.url()
  await c.shot('docs/screens/contract-change.png')
  await switchUser(page, managerUser)
  await page.goto(changeUrl)
  await c.approvalRow('priceBelowQuote').getByRole('button', { name: '同意', exact: true }).click()
  // Now ¥518,400.00: a major contract, so leadership signs the paper form and the clerk enters it.
  await expect(c.approvalRow('majorContract')).toContainText('重大合同：金额 ¥518,400.00，达到 ¥500,000.00')
  await expect(page.getByTestId('change-step')).toHaveText('审批')
  await switchUser(page, clerkUser)
  await page.goto(changeUrl)
  await c.attachScan('变更审批表签字件.pdf')
  await page.getByRole('button', { name: '录入纸质审批' }).click()
  const paper = page.getByRole('dialog', { name: '录入纸质审批' })
  await paper.getByRole('button', { name: '保存' }).click()
  await expect(paper.getByText('此项必填')).toBeVisible()
  await paper.getByRole('textbox', { name: '签字人' }).fill('郑总')
  await c.date(paper, '签字日期', today)
  await paper.getByRole('combobox', { name: '签字审批表扫描件' }).click()
  await page.getByRole('option', { name: '变更审批表签字件.pdf' }).click()
  await paper.getByRole('button', { name: '保存' }).click()
  await expect(page.getByTestId('change-step')).toHaveText('待签订')
  await expect(c.approvalRow('majorContract')).toContainText('纸质签字')
  await c.date(page.locator('body'), '签订日期', today)
  await page.getByRole('button', { name: '签订', exact: true }).click()
  await expect(page.getByTestId('change-step')).toHaveText('已签订')

  // 结算: quantities and amounts verified.
  await page.goto(contractUrl)
  await expect(page.getByTestId('contract-version')).toHaveText('第 2 版')
  await expect(page.getByText('合同金额 ¥518,400.00', { exact: true })).toBeVisible()

  // Version 2 saves as a file of its own; the first version's file keeps its bytes.
  await page.getByRole('button', { name: '销售合同 PDF' }).click()
  await expect(preview.locator('canvas').first()).toBeVisible({ timeout: 30_000 })
  await preview.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText(`${number}-V2.pdf`).first()).toBeVisible()
  expect(Buffer.compare(await readFile(firstPdf), firstBytes)).toBe(0)
  expect((await readdir(dirname(firstPdf))).sort()).toEqual([`${number}-V2.pdf`, `${number}.pdf`])
  await preview.getByRole('button', { name: '关闭' }).click()
  await c.act('结算')
  await expect(c.panel().getByText('请核对数量和金额后再结算').first()).toBeVisible()
  await c.panel().getByRole('checkbox', { name: '已核对数量（工程量）' }).check()
  await c.panel().getByRole('checkbox', { name: '已核对金额（费用）' }).check()
  // The signed settlement document first; then, nothing invoiced or received yet, the commerce
  // manager writes down why the difference is settled (the money stays owed, and on the 工作台).
  await c.act('结算')
  await expect(c.panel().getByText('结算前请上传双方签署的结算文件扫描件')).toBeVisible()
  await c.attachScan('结算文件签字盖章件.pdf')
  await c.panel().getByRole('combobox', { name: '结算文件扫描件' }).click()
  await page.getByRole('option', { name: '结算文件签字盖章件.pdf' }).click()
  await expect(c.panel().getByTestId('settlement-amounts')).toHaveText(
    '合同金额 ¥518,400.00 · 已开票 ¥0.00 · 已确认回款 ¥0.00',
  )
  await c.act('结算')
  await expect(
    c
      .panel()
      .getByText(/不一致：须由商务部经理写明差异原因后结算/)
      .first(),
  ).toBeVisible()
  await switchUser(page, managerUser)
  await page.goto(contractUrl)
  await c.panel().getByRole('checkbox', { name: '已核对数量（工程量）' }).check()
  await c.panel().getByRole('checkbox', { name: '已核对金额（费用）' }).check()
  await c.panel().getByRole('combobox', { name: '结算文件扫描件' }).click()
  await page.getByRole('option', { name: '结算文件签字盖章件.pdf' }).click()
  await c.act('结算')
  await expect(
    c
      .panel()
      .getByText(/不一致：请写明差异原因/)
      .first(),
  ).toBeVisible()
  await c
    .panel()
    .getByRole('textbox', { name: '差异说明（商务部经理）' })
    .fill('货款按补充协议于明年一季度付清')
  await c.act('结算')
  await c.expectStep('已结算')
  await c.shot('docs/screens/contract-settled.png')
})

test('a blank contract without lines cannot leave draft, and is voided only with a reason', async ({
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
  await customers.create('客户', { 客户名称: customerName, 地区: '上海' })

  await page.locator('.mantine-AppShell-navbar').getByText('销售合同', { exact: true }).click()
  await expect(page.getByText('还没有合同')).toBeVisible()
  await page.getByRole('button', { name: '新建合同' }).click()
  await page.getByRole('combobox', { name: /^客户（甲方）/ }).click()
  await page.getByRole('option', { name: customerName, exact: true }).click()
  await page.getByRole('button', { name: '保存', exact: true }).click()
  const c = new ContractPage(page)
  await c.expectStep('起草')
  await expect(page.getByRole('heading', { level: 3 })).toContainText(/HT-\d{6}-\d001/)
  await page.getByRole('button', { name: '提交法务审核' }).click()
  await expect(page.locator('[data-error="lines"]')).toHaveText('合同至少要有一行产品明细')
  await c.expectStep('起草')

  await c.act('作废')
  const dialog = page.getByRole('dialog', { name: '作废' })
  await dialog.getByRole('button', { name: '作废' }).click()
  await expect(dialog.getByText('此项必填')).toBeVisible()
  await dialog.getByRole('textbox', { name: '原因' }).fill('客户取消采购计划')
  // Typing clears the message and the dialog shrinks: click once it has settled.
  await expect(dialog.getByText('此项必填')).toHaveCount(0)
  await dialog.getByRole('button', { name: '作废' }).click()
  await c.expectStep('已作废')
  await expect(page.getByText('已作废：客户取消采购计划')).toBeVisible()
})
