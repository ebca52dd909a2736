/**
 * 对账 at the end of June as the department works it (DOMAIN.md §4): a
 * customer with a contract signed, an invoice issued and a receipt
 * confirmed in the first half of 2026 → the clerk produces the period's
 * statements in one action, with progress → opens the customer's 对账单,
 * prints it (with its 回执) and records it sent → the 回执 comes back 不符:
 * refused at the field without the explanation, recorded with it → the
 * difference resolved → the result reported; the sales manager (the role's
 * first duty) and finance each acknowledge it → the 账龄分析 shows what the
 * customer still owes, by age.
 */
import { expect, test } from './fixtures'
import { AppFramePage } from './pages/AppFramePage'
import { LoginPage } from './pages/LoginPage'
import { closeNotices, shotWithoutNotices } from './pages/notices'
import { runInPage } from './pages/pageBundle'
import { SetupPage } from './pages/SetupPage'
import { ShippingPage } from './pages/ShippingPage'
import type { SeededBusiness } from './pages/statementsSeeds'
import { adminUser, clerkUser } from './pages/testData'
import { createUser, switchUser } from './pages/UsersPage'

const financeUser = { account: 'zhaocai', name: '赵财务', password: 'Finance2026a' }
const salesManagerUser = { account: 'chenjl', name: '陈经理', password: 'Manager2026a' }

test.use({ actionTimeout: 15_000, viewport: { width: 1366, height: 768 } })

test('the 2026-H1 statements produced, one printed, its 回执 不符 explained and resolved, the report acknowledged by the sales manager and finance', async ({
  app: page,
}) => {
  test.setTimeout(150_000)
  // The half-year due and the ages read today's date: the flow runs on 8 December 2026, whenever CI runs it.
  await page.clock.setFixedTime(new Date('2026-12-08T10:00:00+08:00'))
  await new SetupPage(page).complete()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  const frame = new AppFramePage(page)
  await frame.open('用户与权限')
  await createUser(page, clerkUser)
  await createUser(page, financeUser, '财务部')
  await createUser(page, salesManagerUser, '销售部经理')
  await switchUser(page, clerkUser)
  await runInPage<undefined, SeededBusiness>(page, 'statementsSeeds.ts', 'seedHalfYearBusiness', undefined)

  // The period is the one due: the first half of 2026. One action makes every statement, with progress.
  await frame.open('客户对账')
  await expect(page.getByRole('combobox', { name: '对账期间' })).toHaveValue('2026年上半年（截至6月30日）')
  await page.getByRole('button', { name: '生成本期对账单' }).click()
  const batch = page.getByRole('dialog')
  await batch.getByRole('button', { name: '开始生成' }).click()
  await expect(batch.getByTestId('batch-result')).toContainText('已生成 1 份对账单（0 位客户此前已有）')
  await shotWithoutNotices(page, 'docs/screens/statement-batch.png')
  await batch.getByRole('button', { name: '关闭' }).click()
  const row = page.getByRole('row', { name: /北京智诚科技有限公司/ })
  await expect(row).toContainText('¥142,800.00')
  await expect(row).toContainText('待发出')

  // The statement: figures frozen when produced, the period's business, printed with its 回执.
  await row.click()
  const step = page.getByTestId('statement-step')
  await expect(step).toHaveText('待发出')
  const figures = page.getByTestId('statement-figures')
  for (const amount of ['¥0.00', '¥204,000.00', '¥61,200.00', '¥142,800.00'])
    await expect(figures).toContainText(amount)
  await expect(page.getByTestId('statement-entries')).toContainText('HT-202603-0012')
  await expect(page.getByTestId('statement-entries')).toContainText('3100261130 04512345')
  await expect(page.getByTestId('statement-entries')).toContainText('SK-202605-0003')
  const s = new ShippingPage(page)
  expect(await s.saveDocument('打印对账单')).toMatch(/DZ-2026H1-0001\.pdf/)
  const panel = page.getByTestId('step-panel')
  await panel.getByRole('button', { name: '登记发出' }).click()
  await expect(step).toHaveText('已发出')

  // The 回执 comes back 不符: refused at the field without the explanation.
  await panel.getByRole('radio', { name: '不符' }).check()
  await panel.getByRole('textbox', { name: /^差异金额/ }).fill('-2500')
  await panel.getByRole('button', { name: '登记回执' }).click()
  await expect(panel.getByText('此项必填')).toBeVisible()
  await expect(step).toHaveText('已发出')
  await closeNotices(page)
  await panel.getByRole('textbox', { name: /^差异说明/ }).fill('客户未记 6 月 28 日寄出的在途汇票 ¥2,500.00')
  await panel.getByRole('button', { name: '登记回执' }).click()
  await expect(step).toHaveText('有差异')
  await expect(page.getByTestId('statement-facts')).toContainText('差异金额 -¥2,500.00')
  await shotWithoutNotices(page, 'docs/screens/statement-differs.png', true)
  await panel.getByRole('textbox', { name: /^处理结果/ }).fill('汇票 7 月 2 日到账，客户已补记，双方一致')
  await panel.getByRole('button', { name: '差异已处理' }).click()
  await expect(step).toHaveText('差异已处理')

  // The period's result, reported to the sales manager and finance.
  await page.getByRole('link', { name: '客户对账' }).click()
  const report = page.getByTestId('statement-report')
  await report.getByRole('textbox', { name: /^对账情况说明/ }).fill('1 位客户对账，差异为在途汇票，已处理。')
  await report.getByRole('button', { name: '报告销售部经理和财务部' }).click()
  await expect(page.getByTestId('report-step')).toHaveText('已报告')

  await switchUser(page, salesManagerUser)
  await frame.open('客户对账')
  await expect(report.getByRole('button', { name: '财务部确认' })).toHaveCount(0)
  await report.getByRole('button', { name: '销售部经理确认' }).click()
  await expect(page.getByTestId('ack-salesManager')).toContainText('陈经理 于')
  await expect(page.getByTestId('report-step')).toHaveText('已报告')

  await switchUser(page, financeUser)
  await frame.open('客户对账')
  await expect(report.getByRole('button', { name: '销售部经理确认' })).toHaveCount(0)
  await report.getByRole('button', { name: '财务部确认' }).click()
  await expect(page.getByTestId('report-step')).toHaveText('已确认')
  await expect(page.getByTestId('ack-finance')).toContainText('赵财务 于')
  await expect(page.getByRole('row', { name: /北京智诚科技有限公司/ })).toContainText('差异已处理')
  await shotWithoutNotices(page, 'docs/screens/statement-report.png', true)
  expect(await s.saveDocument('报告 PDF')).toMatch(/DZBG-2026-H1\.pdf/)

  // 账龄分析: 122,400 due since 10 June is over 90 days old; 20,400 not due yet.
  await frame.open('账龄分析')
  const total = page.getByTestId('aging-total')
  await expect(total).toContainText('应收账款合计：¥142,800.00')
  await expect(page.getByTestId('aging-shares')).toBeVisible()
  await expect(page.getByTestId('aging-customers')).toContainText('¥122,400.00')
  await expect(page.getByTestId('aging-customers')).toContainText('¥20,400.00')
  await shotWithoutNotices(page, 'docs/screens/aging.png')

  // 往来账月结 of November: the clerk submits the receivables and payables, finance signs the month off.
  await switchUser(page, clerkUser)
  await frame.open('往来账月结')
  await page.getByRole('button', { name: '开始 2026年11月 核对' }).click()
  const monthStep = page.getByTestId('month-close-step')
  await expect(monthStep).toHaveText('编制中')
  await expect(page.getByRole('textbox', { name: '应收账款' })).toHaveValue('142800.00')
  await expect(page.getByTestId('payables-note')).toContainText('尚无付款台账')
  await page.getByRole('button', { name: '提交财务签认' }).click()
  await expect(monthStep).toHaveText('待财务签认')
  await switchUser(page, financeUser)
  await frame.open('往来账月结')
  await page.getByRole('row', { name: /2026年11月/ }).click()
  await page.getByTestId('finance-panel').getByRole('button', { name: '财务签认' }).click()
  await expect(monthStep).toHaveText('财务已签认')
  await expect(page.getByTestId('month-close-status')).toContainText('2026年11月 往来账已结账')
  await shotWithoutNotices(page, 'docs/screens/month-close.png')
})
