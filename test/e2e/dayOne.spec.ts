/**
 * Day one for a real department (issue: what a new department stumbles on):
 * the first administrator is told what to set up and sees it tick off; typed
 * work is never left silently; Esc in a calendar inside a dialog closes the
 * calendar only, and calendars speak Chinese; each person's 工作台 lists
 * what waits for their role, and 前往处理 lands where they act.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppFramePage } from './pages/AppFramePage'
import { ArchivePage } from './pages/ArchivePage'
import { LoginPage } from './pages/LoginPage'
import { closeNotices } from './pages/notices'
import { runInPage } from './pages/pageBundle'
import { SetupPage } from './pages/SetupPage'
import { adminUser, clerkUser } from './pages/testData'
import { createUser, switchUser } from './pages/UsersPage'

const docs = 'docs/screens'
const legalUser = { account: 'zhoufw', name: '周法务', password: 'Legal2026a' }
const managerUser = { account: 'wujl', name: '吴经理', password: 'Manager2026a' }

async function startAsAdmin(page: Page): Promise<void> {
  await new SetupPage(page).complete()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
}

const nav = (page: Page) => page.locator('.mantine-AppShell-navbar')

async function openDashboard(page: Page): Promise<void> {
  await nav(page).getByText('工作台', { exact: true }).click()
  await expect(page.getByRole('heading', { name: /您好/ })).toBeVisible()
}

test('the first steps tick themselves off and can be dismissed; a half-filled form asks before it is left', async ({
  app: page,
}) => {
  await startAsAdmin(page)
  const steps = page.getByTestId('first-steps')
  await expect(steps).toContainText('开始使用')
  const step = (id: string) => steps.locator(`[data-step=${id}]`)
  await expect(steps.locator('[data-step]')).toHaveCount(7)
  await expect(step('users')).toHaveAttribute('data-done', 'false')
  await expect(step('company')).toHaveAttribute('data-done', 'false')
  await closeNotices(page)
  await page.screenshot({ path: `${docs}/first-steps.png`, fullPage: true })

  // A user added: that step is done, the others wait.
  await new AppFramePage(page).open('用户与权限')
  await createUser(page, clerkUser)
  await openDashboard(page)
  await expect(step('users')).toHaveAttribute('data-done', 'true')
  await expect(steps).toContainText('已完成 1 / 7')

  // 前往设置 opens the customer list; a half-typed customer is not lost by the menu.
  await step('customers').getByRole('button', { name: '前往设置' }).click()
  const customers = new ArchivePage(page, '客户档案')
  await expect(page.getByRole('heading', { name: '客户档案', exact: true })).toBeVisible()
  // An empty archive says how to fill it, by hand or from Excel.
  const empty = page.getByTestId('list-empty')
  await expect(empty).toContainText('还没有客户。可以逐个新建，或用 Excel 模板一次导入。')
  await expect(empty.getByRole('button', { name: '从 Excel 导入' })).toBeVisible()
  await empty.getByRole('button', { name: '新建客户' }).click()
  await customers.fill({ 客户名称: '宁波港华工程有限公司' })
  await nav(page).getByText('销售合同', { exact: true }).click()
  const ask = page.getByRole('dialog', { name: '有未保存的修改' })
  await expect(ask).toContainText('有未保存的修改，是否离开？')
  await page.screenshot({ path: `${docs}/unsaved-changes.png` })
  await ask.getByRole('button', { name: '留下继续编辑' }).click()
  await expect(ask).toBeHidden()
  await expect(page.getByLabel(/^客户名称/)).toHaveValue('宁波港华工程有限公司')
  await nav(page).getByText('销售合同', { exact: true }).click()
  await page.getByRole('dialog', { name: '有未保存的修改' }).getByRole('button', { name: '离开' }).click()
  await expect(page.getByRole('heading', { name: '销售合同', exact: true })).toBeVisible()

  // Saved work leaves without a question.
  await customers.open()
  await customers.create('客户', { 客户名称: '宁波港华工程有限公司' })
  await openDashboard(page)
  await expect(step('customers')).toHaveAttribute('data-done', 'true')

  await steps.getByRole('button', { name: '不再显示' }).click()
  await expect(steps).toBeHidden()
  await page.reload()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  await expect(page.getByRole('heading', { name: /您好/ })).toBeVisible()
  await expect(page.getByTestId('first-steps')).toBeHidden()
})

test('Esc in a calendar inside a dialog closes the calendar only, and the calendar is in Chinese', async ({
  app: page,
}) => {
  await startAsAdmin(page)
  const docsList = new ArchivePage(page, '资质文件')
  await docsList.open()
  await docsList.create('资质文件', {
    证书名称: '电力工程施工总承包资质证书',
    证书编号: 'D233012345',
    发证机关: '浙江省住房和城乡建设厅',
    发证日期: '2021-12-30',
  })
  await page.getByRole('tab', { name: '借阅登记' }).click()
  await page.getByRole('button', { name: '添加借阅' }).click()
  const dialog = page.getByRole('dialog')
  await docsList.fill({ '借用单位/人': '宁波港华工程有限公司' }, dialog)
  await dialog.getByLabel(/^借出日期/).click()
  // Monday first, weekdays and months in Chinese.
  const weekdays = page.getByRole('row', { name: '一 二 三 四 五 六 日' })
  await expect(weekdays).toBeVisible()
  await expect(page.getByRole('button', { name: /^15 [一二三四五六七八九十]+月 \d{4}$/ })).toBeVisible()
  await page.screenshot({ path: `${docs}/calendar-zh.png` })
  await page.keyboard.press('Escape')
  await expect(weekdays).toBeHidden()
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel(/^借用单位\/人/)).toHaveValue('宁波港华工程有限公司')
})

test('each person’s 工作台 lists what waits for their role, and 前往处理 lands where they act', async ({
  app: page,
}) => {
  await startAsAdmin(page)
  const frame = new AppFramePage(page)
  await frame.open('用户与权限')
  await createUser(page, legalUser, '法务')
  await createUser(page, managerUser, '商务部经理')
  const [inReview, belowQuote] = await runInPage<undefined, string[]>(
    page,
    'dayOneSeeds',
    'seedReviewAndApproval',
    undefined,
  )
  // Not the administrator's work: once the dashboard has its items, none of them is a contract's.
  await openDashboard(page)
  await expect(page.getByTestId('due-items').or(page.getByText('目前没有到期或逾期的事项。'))).toBeVisible()
  await expect(page.getByRole('main')).not.toContainText(inReview)

  await switchUser(page, legalUser)
  const due = page.getByTestId('due-items')
  const review = due.locator('tr', { hasText: `合同 ${inReview}（上海浦江电力工程有限公司）待法务审核` })
  await expect(review).toContainText('法务')
  await expect(due).not.toContainText(belowQuote)
  await review.getByRole('button', { name: '前往处理' }).click()
  await expect(page.getByRole('button', { name: '审核通过' })).toBeVisible()

  await switchUser(page, managerUser)
  const approval = page
    .getByTestId('due-items')
    .locator('tr', { hasText: `合同 ${belowQuote}（上海浦江电力工程有限公司）待商务部经理审批` })
  await expect(page.getByTestId('due-items')).not.toContainText(inReview)
  await closeNotices(page)
  await page.screenshot({ path: `${docs}/dashboard-manager.png`, fullPage: true })
  await approval.getByRole('button', { name: '前往处理' }).click()
  await expect(page).toHaveURL(/tab=approvals/)
  await expect(page.getByRole('button', { name: '同意', exact: true })).toBeInViewport()
})
