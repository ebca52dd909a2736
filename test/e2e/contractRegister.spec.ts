/**
 * The contract rules on the 工作台 and the 合同登记册 as a clerk meets them on
 * 4 December: a contract signed a week ago and not filed, one signed today,
 * a payment and a delivery overdue, and November's register due on the 3rd
 * and not produced (overdue). The clerk opens the register from the
 * dashboard, checks it, saves its PDF and exports it; the dashboard stops
 * asking for it.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppFramePage } from './pages/AppFramePage'
import { ContractRegisterPage, type SeedPlan } from './pages/ContractRegisterPage'
import { LoginPage } from './pages/LoginPage'
import { runInPage } from './pages/pageBundle'
import { SetupPage } from './pages/SetupPage'
import { adminUser, clerkUser } from './pages/testData'
import { createUser } from './pages/UsersPage'

const docs = 'docs/screens'

async function seed(page: Page, plan: SeedPlan): Promise<string[]> {
  return runInPage(page, 'ContractRegisterPage', 'seedContracts', plan)
}

async function openDashboard(page: Page): Promise<void> {
  await new AppFramePage(page).nav().getByText('工作台', { exact: true }).click()
  await expect(page.getByRole('heading', { name: /您好/ })).toBeVisible()
}

async function createClerk(page: Page): Promise<void> {
  await new AppFramePage(page).open('用户与权限')
  await createUser(page, clerkUser)
}

test('the dashboard asks for filing, payments, delivery and November’s register; the register is produced from it', async ({
  app: page,
}) => {
  test.setTimeout(120_000)
  await page.clock.install({ time: new Date('2026-12-04T10:00:00+08:00') })
  await page.reload()
  await new SetupPage(page).complete()
  const login = new LoginPage(page)
  await login.signInOk(adminUser.account, adminUser.password)
  // The administrator has no access to the register; a clerk does.
  const frame = new AppFramePage(page)
  await expect(frame.nav()).not.toContainText('合同登记册')
  await createClerk(page)
  await frame.signOut()
  await login.signInOk(clerkUser.account, clerkUser.password)

  const [filedNov, openNov, today] = await seed(page, {
    customers: ['北京智诚科技有限公司', '上海浦江电气有限公司'],
    contracts: [
      {
        customer: '北京智诚科技有限公司',
        title: '智能电表采购合同',
        signedOn: '2026-11-10',
        unitFen: 1_250_000,
        filed: true,
        advanceDueOn: '2026-11-20',
      },
      {
        customer: '上海浦江电气有限公司',
        title: '配电柜及附件采购合同',
        signedOn: '2026-11-25',
        unitFen: 3_080_000,
        deliveryDueOn: '2026-12-01',
      },
      {
        customer: '北京智诚科技有限公司',
        title: '电表二期采购合同',
        signedOn: '2026-12-04',
        unitFen: 500_000,
      },
    ],
  })

  // The dashboard (opened afresh, so it reads the records just written).
  const register = new ContractRegisterPage(page)
  await register.open()
  await expect(register.heading()).toBeVisible()
  await openDashboard(page)
  const due = page.getByTestId('due-items')
  const row = (text: string) => due.locator('tr', { hasText: text })
  await expect(row(`合同 ${openNov}（上海浦江电气有限公司）已于 2026-11-25 签订，尚未归档`)).toContainText(
    '已逾期',
  )
  await expect(row(`合同 ${today}（北京智诚科技有限公司）今日签订，今日须归档`)).toContainText('今天到期')
  await expect(
    row(`合同 ${filedNov}（北京智诚科技有限公司）预付款 尚欠 ¥37,500.00，应于 2026-11-20 前付款，已逾期`),
  ).toContainText('已逾期')
  await expect(row(`合同 ${openNov}（上海浦江电气有限公司）约定 2026-12-01 前交货，尚未交货`)).toBeVisible()
  const registerDue = row('2026年11月合同登记册尚未生成（共 2 份合同，须于本月 3 日前编号整理成册）')
  await expect(registerDue).toContainText('2026-12-03')
  await expect(registerDue).toContainText('已逾期')
  // The filed contract is not asked for filing again; it now waits for its purchase order (one working day).
  await expect(due).not.toContainText(`合同 ${filedNov}（北京智诚科技有限公司）已于 2026-11-10 签订`)
  await expect(
    row(
      `合同 ${filedNov}（北京智诚科技有限公司）已于 2026-11-10 归档，须于 2026-11-11 前填写采购单并联系厂家`,
    ),
  ).toContainText('已逾期')
  await page.screenshot({ path: `${docs}/dashboard-contracts.png`, fullPage: true })

  // From the dashboard to November's register.
  await registerDue.getByRole('button', { name: '前往处理' }).click()
  await expect(register.heading()).toBeVisible()
  await expect(register.month()).toHaveValue('2026年11月')
  await expect(register.rows()).toHaveCount(2)
  await expect(register.rows().nth(0)).toContainText(
    `1${filedNov}北京智诚科技有限公司智能电表采购合同2026-11-10125,000.00已归档`,
  )
  await expect(register.rows().nth(1)).toContainText(
    `2${openNov}上海浦江电气有限公司配电柜及附件采购合同2026-11-25308,000.00已签订`,
  )
  await expect(register.total()).toHaveText('433,000.00')
  await expect(register.status()).toContainText('尚未生成')
  await expect(register.status()).toContainText('应于 2026-12-03 前生成')
  await page.screenshot({ path: `${docs}/contract-register.png`, fullPage: true })

  // 生成PDF: preview, then save; the register is recorded as produced.
  await page.getByRole('button', { name: '生成PDF' }).click()
  const preview = page.getByRole('dialog')
  await expect(preview).toContainText('合同登记册（2026年11月） HTDJ-2026-11')
  await expect(preview.locator('canvas').first()).toBeVisible({ timeout: 30_000 })
  await page.screenshot({ path: 'test-results/screens/contract-register-pdf.png' })
  await preview.getByRole('button', { name: '保存', exact: true }).click()
  await expect(preview.getByTestId('document-saved')).toContainText('SHA-256')
  await preview.getByRole('button', { name: '关闭' }).click()
  await expect(preview).toHaveCount(0)
  await expect(register.status()).toContainText('已于 2026-12-04 生成（2 份）')

  // 导出Excel
  await page.getByRole('button', { name: '导出Excel' }).click()
  await expect(page.getByText('已导出 2 份合同')).toBeVisible()

  // A month without signed contracts.
  await register.chooseMonth('2026年10月')
  await expect(page.getByText('2026年10月没有签订的合同')).toBeVisible()
  await expect(page.getByRole('button', { name: '生成PDF' })).toBeDisabled()

  // The dashboard asks no more for November's register; the rest stays.
  await openDashboard(page)
  await expect(due).toContainText(`合同 ${today}（北京智诚科技有限公司）今日签订，今日须归档`)
  await expect(due).not.toContainText('合同登记册尚未生成')
})
