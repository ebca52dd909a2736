/**
 * 票据交接 and 每日回款核对 as the department works them (DOMAIN.md §4): two
 * bills are waiting for finance — a 银行承兑汇票 received today and a 支票
 * from the last working day, marked overdue → the clerk puts both on a
 * 票据交接签收单 and prints it (the PDF saved from the preview) → finance,
 * signed in, signs for them in the app → they leave the waiting list →
 * the clerk, sent from the 工作台 to the 每日回款核对, records today's check
 * with finance: a difference is refused at 差异说明 until what is done
 * about it is written, then saved.
 */
import { expect, test } from './fixtures'
import { AppFramePage } from './pages/AppFramePage'
import type { SeededBills } from './pages/billsSeeds'
import { LoginPage } from './pages/LoginPage'
import { closeNotices, shotWithoutNotices } from './pages/notices'
import { runInPage } from './pages/pageBundle'
import { SetupPage } from './pages/SetupPage'
import { adminUser, clerkUser } from './pages/testData'
import { createUser, switchUser } from './pages/UsersPage'

const financeUser = { account: 'zhaocai', name: '赵财务', password: 'Finance2026a' }

test.use({ actionTimeout: 15_000, viewport: { width: 1366, height: 768 } })

test('bills handed to finance on a signed slip, and the day’s check with finance recorded', async ({
  app: page,
}) => {
  test.setTimeout(120_000)
  await new SetupPage(page).complete()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  const frame = new AppFramePage(page)
  await frame.open('用户与权限')
  await createUser(page, clerkUser)
  await createUser(page, financeUser, '财务部')
  await switchUser(page, clerkUser)
  const seeded = await runInPage<undefined, SeededBills>(page, 'billsSeeds.ts', 'seedBills', undefined)

  // Waiting for finance: the cheque from the last working day is overdue, today's bill is due today.
  await frame.open('票据交接')
  const waiting = page.getByTestId('waiting-bills')
  const cheque = waiting.getByRole('row', { name: /SK-E2E-0002/ })
  const bankBill = waiting.getByRole('row', { name: /SK-E2E-0001/ })
  await expect(cheque).toContainText('逾期未交')
  await expect(cheque).toContainText(seeded.lastWorkday)
  await expect(bankBill).toContainText('银行承兑汇票')
  await expect(bankBill).toContainText(`${seeded.today} 须交`)
  await expect(waiting).toContainText('共 2 张，金额合计 ¥81,600.00；其中逾期未交 1 张')
  await shotWithoutNotices(page, 'docs/screens/bill-waiting.png')

  // The slip: both bills ticked to begin with; none ticked is refused at the list.
  await page.getByRole('button', { name: '新建签收单' }).click()
  const choose = page.getByTestId('choose-bills')
  await expect(page.getByTestId('chosen-total')).toHaveText('已选 2 张，金额合计 ¥81,600.00')
  await choose.getByRole('checkbox', { name: '全选' }).uncheck()
  await page.getByRole('button', { name: '生成签收单' }).click()
  await expect(choose.getByRole('alert')).toHaveText('请至少选择一张票据')
  await choose.getByRole('checkbox', { name: '全选' }).check()
  await shotWithoutNotices(page, 'docs/screens/bill-handover-new.png')
  await page.getByRole('button', { name: '生成签收单' }).click()
  const step = page.getByTestId('slip-step')
  await expect(step).toHaveText('待财务签收')
  await expect(page).toHaveURL(/#\/bill-handovers\/(?!new$)[\w-]+$/)
  const slipUrl = page.url()
  await expect(page.getByTestId('bills-total')).toHaveText('¥81,600.00')
  const panel = page.getByTestId('step-panel')
  await expect(panel).toContainText(
    '对于收到的支票、承兑汇票、银行汇票销售内勤要在当日将相关票据交财务部签收',
  )
  await closeNotices(page)

  // Printed for finance to sign: previewed, then saved as PJ-….pdf.
  await page.getByRole('button', { name: '打印签收单' }).click()
  const preview = page.getByRole('dialog')
  await expect(preview.locator('canvas').first()).toBeVisible({ timeout: 30_000 })
  await shotWithoutNotices(page, 'docs/screens/bill-handover-print.png')
  await preview.getByRole('button', { name: '保存', exact: true }).click()
  await expect(preview.getByTestId('document-saved')).toContainText(/PJ-\d{6}-\d{4}\.pdf/)
  await preview.getByRole('button', { name: '关闭' }).click()
  await expect(preview).toHaveCount(0)
  await shotWithoutNotices(page, 'docs/screens/bill-handover.png', true)

  // Finance signs in the app, as itself.
  await switchUser(page, financeUser)
  await page.goto(slipUrl)
  await expect(panel).toContainText('以当前登录人（赵财务）签收')
  await panel.getByRole('button', { name: '财务签收' }).click()
  await expect(step).toHaveText('财务已签收')
  await expect(page.getByTestId('slip-facts')).toContainText(
    `财务签收：赵财务，${seeded.today}（在系统中签收）`,
  )
  await shotWithoutNotices(page, 'docs/screens/bill-handover-signed.png', true)

  // The bills have left the waiting list; the slip is listed as signed.
  await frame.open('票据交接')
  await expect(waiting).toContainText('没有待交财务部的票据')
  await expect(page.getByRole('row', { name: /PJ-/ })).toContainText('财务已签收')

  // Today's check with finance: a difference needs what is done about it.
  // The clerk's 工作台 asks for it and leads to the page.
  await switchUser(page, clerkUser)
  const due = page
    .getByTestId('due-items')
    .locator('tr', { hasText: `今日（${seeded.today}）回款情况尚未与财务核对` })
  await due.getByRole('button', { name: '前往处理' }).click()
  await expect(page.getByRole('heading', { name: '每日回款核对', exact: true })).toBeVisible()
  await expect(page.getByTestId('today-checked')).toHaveText('今日尚未核对')
  await expect(page.getByTestId('today-receipts')).toContainText('¥61,200.00')
  await expect(page.getByTestId('missed-days')).toContainText(`补记 ${seeded.lastWorkday}`)
  const form = page.getByTestId('daily-check-form')
  await expect(form.getByRole('textbox', { name: /^核对人/ })).toHaveValue('李晓')
  await form.getByRole('textbox', { name: /^财务核对人/ }).fill('赵财务')
  await form.getByRole('textbox', { name: /^差额/ }).fill('-1200')
  await form.getByRole('button', { name: '保存核对记录' }).click()
  await expect(form.getByText('差额 -¥1,200.00：请写明原因和处理办法')).toBeVisible()
  await expect(page.getByTestId('today-checked')).toHaveText('今日尚未核对')
  await form
    .getByRole('textbox', { name: /^差异说明/ })
    .fill('财务多记一笔工行到账，查明为其他客户的款项，已通知财务调账')
  await form.getByRole('button', { name: '保存核对记录' }).click()
  await expect(page.getByTestId('today-checked')).toHaveText('今日已核对')
  const history = page.getByRole('table', { name: '核对记录' })
  await expect(history).toContainText('-¥1,200.00')
  await expect(history).toContainText('已通知财务调账')
  // The whole page from its top: scrolled, the app's fixed header would land mid-picture.
  await page.evaluate(() => window.scrollTo(0, 0))
  await shotWithoutNotices(page, 'docs/screens/daily-check.png', true)
})
