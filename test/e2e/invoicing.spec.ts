/**
 * 开票 as the department works it (DOMAIN.md §3): from a filed contract's
 * 开票 tab the clerk applies for a 专票 for what the contract has open →
 * refused while the customer's record lacks the taxpayer number, naming it
 * at its field → applied once the record has it → finance, told on its
 * 工作台, returns it once with a comment → the clerk submits again →
 * finance approves and records the invoice as issued (a number of the
 * wrong shape refused at the field) → the clerk records the posting with
 * its tracking number and the customer's confirmation → the contract's tab
 * shows it invoiced, nothing left open.
 */
import { expect, test } from './fixtures'
import { AppFramePage } from './pages/AppFramePage'
import { LoginPage } from './pages/LoginPage'
import { shotWithoutNotices } from './pages/notices'
import { runInPage } from './pages/pageBundle'
import { SetupPage } from './pages/SetupPage'
import type { FiledContract } from './pages/shippingSeeds'
import { ShippingPage } from './pages/ShippingPage'
import { adminUser, clerkUser } from './pages/testData'
import { createUser, switchUser } from './pages/UsersPage'

const financeUser = { account: 'zhaocai', name: '赵财务', password: 'Finance2026a' }

test.use({ actionTimeout: 15_000, viewport: { width: 1366, height: 768 } })

test('a 专票 applied from the contract, refused without the taxpayer number, returned once, issued, posted and confirmed', async ({
  app: page,
}) => {
  test.setTimeout(120_000)
  await new SetupPage(page).complete()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  await new AppFramePage(page).open('用户与权限')
  await createUser(page, clerkUser)
  await createUser(page, financeUser, '财务部')
  await switchUser(page, clerkUser)
  const contract = await runInPage<undefined, FiledContract>(
    page,
    'shippingSeeds.ts',
    'seedFiledContract',
    undefined,
  )
  const s = new ShippingPage(page)
  const panel = page.getByTestId('step-panel')
  const step = page.getByTestId('invoice-step')
  const today = await page.evaluate(() => {
    const d = new Date()
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  })

  // The contract's 开票 tab: ¥204,000.00 open; the application starts with every line's open amount.
  await page.goto(`${page.url().split('#')[0]}#/contracts/${contract.id}`)
  await page.getByRole('tab', { name: '开票', exact: true }).click()
  const tab = page.getByTestId('contract-invoices')
  await expect(tab).toContainText('未开票金额：¥204,000.00')
  await tab.getByRole('button', { name: '申请开票' }).click()
  await expect(page.getByTestId('invoice-line')).toHaveCount(2)
  await expect(page.getByTestId('invoice-total')).toHaveText('¥204,000.00')
  // 192,000 + 12,000 at 13 %: tax 22,088.50 + 1,380.53.
  await expect(page.getByTestId('invoice-tax')).toHaveText('¥23,469.03')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page).toHaveURL(/#\/invoices\/[\w-]+$/)
  const invoiceUrl = page.url()
  await expect(step).toHaveText('起草')
  await expect(page.getByTestId('invoice-open')).toHaveText('申请后未开票：¥0.00')

  // A 专票 without the buyer's taxpayer number: refused, named at its field.
  await panel.getByRole('button', { name: '提交财务审核' }).click()
  const buyer = page.getByTestId('invoice-buyer')
  await expect(buyer.getByText('专票须填写纳税人识别号（统一社会信用代码）：请先补全客户档案')).toBeVisible()
  await expect(step).toHaveText('起草')
  await shotWithoutNotices(page, 'docs/screens/invoice-buyer-missing.png')
  await runInPage(page, 'invoicingSeeds.ts', 'completeBuyer', contract.id)
  await expect(buyer.getByRole('textbox', { name: '纳税人识别号' })).toHaveValue('91440300708461136T')
  await panel.getByRole('button', { name: '提交财务审核' }).click()
  await expect(step).toHaveText('待财务审核')

  // Finance sees it on its 工作台 and returns it once with a comment.
  await switchUser(page, financeUser)
  const due = page.getByTestId('due-items').locator('tr', { hasText: '上海浦江电力工程有限公司）待财务审核' })
  await expect(due).toContainText('开票申请单 KP-')
  await due.getByRole('button', { name: '前往处理' }).click()
  await expect(step).toHaveText('待财务审核')
  await panel.getByRole('button', { name: '退回修改' }).click()
  await expect(panel.getByText('此项必填')).toBeVisible()
  await panel.getByRole('textbox', { name: '财务审核意见' }).fill('请在备注中写明项目名称')
  await panel.getByRole('button', { name: '退回修改' }).click()
  await expect(step).toHaveText('财务退回')

  await switchUser(page, clerkUser)
  await page.goto(invoiceUrl)
  await expect(page.getByTestId('review-comment')).toContainText('请在备注中写明项目名称')
  await page.getByRole('textbox', { name: '备注' }).fill('浦江变电站项目')
  await panel.getByRole('button', { name: '提交财务审核' }).click()
  await expect(step).toHaveText('待财务审核')

  // Finance approves and records the invoice as issued; a number of the wrong shape is refused at the field.
  await switchUser(page, financeUser)
  await page.goto(invoiceUrl)
  await panel.getByRole('button', { name: '审核通过' }).click()
  await expect(step).toHaveText('待开具')
  await panel.getByRole('textbox', { name: /^发票代码/ }).fill('3100261130')
  await panel.getByRole('textbox', { name: /^发票号码/ }).fill('1234')
  await s.date(panel, /^开票日期/, today)
  await panel.getByRole('button', { name: '登记开具' }).click()
  await expect(panel.getByText('发票号码为 8 位数字')).toBeVisible()
  await panel.getByRole('textbox', { name: /^发票号码/ }).fill('04512345')
  await panel.getByRole('button', { name: '登记开具' }).click()
  await expect(step).toHaveText('已开具')
  await expect(page.getByTestId('invoice-facts')).toContainText('3100261130 04512345')

  // The clerk posts it (the tracking number asked for) and records the customer's confirmation.
  await switchUser(page, clerkUser)
  await page.goto(invoiceUrl)
  await s.date(panel, /^交付日期/, today)
  await s.pick(panel, /^交付方式/, '邮寄')
  await panel.getByRole('button', { name: '登记交付' }).click()
  await expect(panel.getByText('此项必填')).toBeVisible()
  await panel.getByRole('textbox', { name: /^快递单号/ }).fill('SF1402233445566')
  await panel.getByRole('button', { name: '登记交付' }).click()
  await expect(step).toHaveText('已交付')
  await s.date(panel, /^客户确认日期/, today)
  await panel.getByRole('textbox', { name: /^客户确认人/ }).fill('王会计')
  await panel.getByRole('button', { name: '登记客户确认' }).click()
  await expect(step).toHaveText('客户已确认')
  await expect(page.getByTestId('invoice-facts')).toContainText('客户已确认：王会计')
  await shotWithoutNotices(page, 'docs/screens/invoice-confirmed.png', true)
  expect(await s.saveDocument('打印开票申请单')).toMatch(/KP-\d{6}-\d{4}\.pdf/)

  // The contract: invoiced in full, nothing left open.
  await page.goto(`${page.url().split('#')[0]}#/contracts/${contract.id}?tab=invoicing`)
  await expect(tab).toContainText('已开票：¥204,000.00')
  await expect(tab).toContainText('未开票金额：¥0.00')
  await expect(tab.getByRole('row', { name: /KP-/ })).toContainText('客户已确认')
  await new AppFramePage(page).open('开票申请')
  await expect(page.getByRole('main')).toContainText('04512345')
  await shotWithoutNotices(page, 'docs/screens/invoice-list.png')

  // 发票登记簿: this month's invoice with its number, amount and tax, who confirmed it; as a PDF.
  await new AppFramePage(page).open('发票登记簿')
  const register = page.getByTestId('invoice-register')
  await expect(register).toContainText('3100261130 04512345')
  await expect(register).toContainText('¥23,469.03')
  await expect(register).toContainText('王会计')
  await shotWithoutNotices(page, 'docs/screens/invoice-register.png')
  expect(await s.saveDocument('发票登记簿 PDF')).toMatch(/\.pdf/)
})
