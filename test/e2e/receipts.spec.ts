/**
 * 收款登记 as the department works it (DOMAIN.md §4): finance sets up the
 * company's account in 系统设置 (a wrong account number refused at its
 * field) → the clerk opens a filed contract's 回款 tab and registers a
 * bank transfer: without a company account it is refused at the field with
 * the rule (不得私自收取货款), a part above what the 预付款 has open is
 * refused on its row, then ¥50,000.00 of the ¥61,200.00 预付款 goes in →
 * finance, told on its 工作台, confirms it → the clerk records telling the
 * customer → the contract's 回款 tab shows it received and what is open.
 */
import { expect, test } from './fixtures'
import { AppFramePage } from './pages/AppFramePage'
import { LoginPage } from './pages/LoginPage'
import { shotWithoutNotices } from './pages/notices'
import { runInPage } from './pages/pageBundle'
import { ReceiptsPage } from './pages/receiptsPage'
import { SetupPage } from './pages/SetupPage'
import type { FiledContract } from './pages/shippingSeeds'
import { adminUser, clerkUser, company } from './pages/testData'
import { createUser, switchUser } from './pages/UsersPage'

const financeUser = { account: 'zhaocai', name: '赵财务', password: 'Finance2026a' }
const bank = '中国工商银行杭州文三路支行'
const accountNo = '1202 0212 0900 1234 567'

test.use({ actionTimeout: 15_000, viewport: { width: 1366, height: 768 } })

test('a bank transfer into the company account, refused without one, paying part of the 预付款, confirmed by finance', async ({
  app: page,
}) => {
  test.setTimeout(120_000)
  await new SetupPage(page).complete()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  await new AppFramePage(page).open('用户与权限')
  await createUser(page, clerkUser)
  await createUser(page, financeUser, '财务部')
  const r = new ReceiptsPage(page)

  // Finance keeps the company's accounts; a wrong account number is refused at its field.
  await switchUser(page, financeUser)
  await new AppFramePage(page).open('系统设置')
  await page.getByRole('tab', { name: '公司收款账户', exact: true }).click()
  await r.addCompanyAccount(bank, '张三的卡')
  const accounts = page.getByTestId('company-accounts')
  await expect(accounts.getByRole('textbox', { name: '户名 1', exact: true })).toHaveValue(company.name)
  await accounts.getByRole('button', { name: '保存', exact: true }).click()
  await expect(r.fieldError('账号 1')).toHaveText('账号应为 6–40 位数字（可含空格、短横线）')
  await accounts.getByRole('textbox', { name: '账号 1', exact: true }).fill(accountNo)
  await accounts.getByRole('button', { name: '保存', exact: true }).click()
  await expect(r.fieldError('账号 1')).toHaveCount(0)
  await expect(page.getByText('公司收款账户已保存')).toBeVisible()
  await shotWithoutNotices(page, 'docs/screens/receipt-accounts.png')

  // The clerk registers a transfer from the contract's 回款 tab.
  await switchUser(page, clerkUser)
  const contract = await runInPage<undefined, FiledContract>(
    page,
    'shippingSeeds.ts',
    'seedFiledContract',
    undefined,
  )
  const advance = `${contract.number} 预付款`
  await page.goto(`${page.url().split('#')[0]}#/contracts/${contract.id}`)
  let tab = await r.contractTab()
  await expect(tab.getByTestId('contract-open')).toHaveText('未收：¥204,000.00')
  await tab.getByRole('button', { name: '登记收款' }).click()
  await expect(page.getByRole('textbox', { name: /^付款单位/ })).toHaveValue('上海浦江电力工程有限公司')
  await expect(r.allocation(advance)).toContainText('¥61,200.00')
  await page.getByRole('textbox', { name: /^金额/ }).fill('70000')
  await r.part(advance, '70000')

  // No company account chosen: refused at the field with the rule; the part above what is open, on its row.
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(r.fieldError(/^收款账户/)).toHaveText(
    '不得私自收取货款：款项必须汇入公司账户，请选择公司的收款账户',
  )
  await expect(r.allocation(advance)).toContainText(`${advance} 未收金额只剩 ¥61,200.00，不能分配 ¥70,000.00`)
  await expect(page).toHaveURL(/#\/receipts\/new/)
  await shotWithoutNotices(page, 'docs/screens/receipt-refused.png', true)

  // A 银行承兑汇票 asks for the bill itself: number, drawer, acceptor and dates, each at its field.
  await r.pick(page.locator('body'), /^收款方式/, '银行承兑汇票')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(r.fieldError(/^承兑人/)).toHaveText('此项必填')
  await expect(r.fieldError(/^到期日/)).toHaveText('此项必填')
  await shotWithoutNotices(page, 'docs/screens/receipt-bill.png')
  await r.pick(page.locator('body'), /^收款方式/, '银行转账')
  await expect(page.getByTestId('receipt-bill')).toHaveCount(0)

  // ¥50,000.00 of the 预付款, into the company's account.
  await r.pick(page.locator('body'), /^收款账户/, `${bank} ${accountNo}（${company.name}）`)
  await page.getByRole('textbox', { name: /^金额/ }).fill('50000')
  await r.part(advance, '50000')
  await expect(page.getByTestId('allocated')).toHaveText('已分配 ¥50,000.00 / 收款金额 ¥50,000.00')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page).toHaveURL(/#\/receipts\/[\w-]+$/)
  const receiptUrl = page.url()
  await expect(r.step()).toHaveText('待财务确认')
  await expect(r.allocation(advance)).toContainText('¥11,200.00')
  // Only finance confirms: the clerk may void it until then, nothing more.
  await expect(r.panel().getByRole('button')).toHaveText(['作废'])

  // Finance sees it on its 工作台 and confirms it.
  await switchUser(page, financeUser)
  const due = page.getByTestId('due-items').locator('tr', { hasText: '待财务确认' })
  await expect(due).toContainText('¥50,000.00')
  await due.getByRole('button', { name: '前往处理' }).click()
  await expect(r.step()).toHaveText('待财务确认')
  await page.getByRole('textbox', { name: '财务意见' }).fill('已核对工行到账')
  await r.act('确认到账')
  await expect(r.step()).toHaveText('财务已确认')
  await expect(page.getByTestId('receipt-confirmed')).toContainText('赵财务')

  // The clerk tells the customer the money arrived (反馈给客户).
  await switchUser(page, clerkUser)
  await page.goto(receiptUrl)
  await r.act('登记告知客户')
  await expect(r.panel().getByText('此项必填')).toBeVisible()
  await r.pick(r.panel(), /^告知方式/, '电话')
  await r.act('登记告知客户')
  await expect(page.getByTestId('receipt-told')).toContainText('通过电话告知客户')
  await shotWithoutNotices(page, 'docs/screens/receipt-confirmed.png', true)

  // The contract: ¥50,000.00 received, the 预付款 ¥11,200.00 still open.
  await page.goto(`${page.url().split('#')[0]}#/contracts/${contract.id}?tab=receipts`)
  tab = page.getByTestId('contract-receipts')
  await expect(tab.getByTestId('contract-received')).toHaveText('已到账：¥50,000.00')
  await expect(tab.getByTestId('contract-open')).toHaveText('未收：¥154,000.00')
  await expect(tab.locator(`tr[data-milestone="${advance}"]`)).toContainText('¥50,000.00¥0.00¥11,200.00')
  await expect(tab.getByRole('row', { name: /SK-/ })).toContainText('财务已确认')
  await tab.scrollIntoViewIfNeeded()
  await shotWithoutNotices(page, 'docs/screens/receipt-contract-tab.png')

  // The list: the 工作台's link (?step=pending) finds nothing left waiting; all of them show the receipt.
  await page.goto(`${page.url().split('#')[0]}#/receipts?step=pending`)
  await expect(page.getByRole('main')).toContainText('没有符合条件的收款登记。')
  await new AppFramePage(page).open('收款登记')
  await expect(page.getByRole('main')).toContainText('上海浦江电力工程有限公司')
  await page.getByRole('textbox', { name: '搜索单号、客户、付款单位、票据号码' }).fill('浦江')
  await expect(page.getByRole('main')).toContainText('财务已确认')
  await shotWithoutNotices(page, 'docs/screens/receipt-list.png')
})
