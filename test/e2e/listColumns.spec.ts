/**
 * Lists at 1366×768 (issue 14, item 12): a long name cut with "…" shows whole
 * on hover; the name columns take the width the others leave and widen by
 * their header's edge; a list wider
 * than the window scrolls sideways with a scrollbar drawn, never running off
 * the right edge. The browser is started without Playwright's
 * --hide-scrollbars so the scrollbar is there to see, as on a desk PC.
 */
import config from '../../playwright.config'
import { expect, test } from './fixtures'
import { AppFramePage } from './pages/AppFramePage'
import { ArchivePage } from './pages/ArchivePage'
import { ListLayout } from './pages/ListLayout'
import { LoginPage } from './pages/LoginPage'
import { SetupPage } from './pages/SetupPage'
import { adminUser, clerkUser } from './pages/testData'
import { createUser, switchUser } from './pages/UsersPage'

const longName = '中国电力建设集团华东勘测设计研究院有限公司第三工程分公司'
const longTitle = '华东院第三工程分公司110千伏变电站低压开关柜及配电自动化系统采购合同'
const width = 1366

test.use({
  viewport: { width, height: 768 },
  actionTimeout: 15_000,
  launchOptions: { ...config.use?.launchOptions, ignoreDefaultArgs: ['--hide-scrollbars'] },
})

test('long names show whole on hover, name columns take the free width and widen, wide lists scroll with a scrollbar', async ({
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
  await customers.create('客户', { 客户名称: longName, 简称: '华东院三分公司', 地区: '浙江' })
  await customers.backToList()
  await customers.create('客户', { 客户名称: '上海浦江电气有限公司', 地区: '上海' })
  await customers.backToList()

  // 客户档案 has more columns than 1366 px hold: it scrolls in its box, with a bar to do it.
  const list = new ListLayout(page, '客户档案')
  await expect(customers.rows()).toHaveCount(2)
  const box = await list.box()
  expect(box.right).toBeLessThanOrEqual(width)
  expect(box.overflows).toBe(true)
  expect(box.scrollbar).toBeGreaterThanOrEqual(8)
  expect(await list.isCut(longName)).toBe(true)
  const tip = await list.hover(longName)
  await expect(tip).toHaveText(longName)
  await customers.dismissNotices()
  await list.hover(longName)
  await page.screenshot({ path: 'docs/screens/list-long-name-1366.png' })
  // A short name is not cut and shows no tooltip.
  await list.cell('上海浦江电气有限公司').hover()
  await expect(page.getByRole('tooltip')).toHaveCount(0)
  // The name column widens by its header's edge, and stays so when the list is opened again.
  const before = await list.width('客户名称')
  await list.dragEdge('客户名称', 200)
  expect(await list.width('客户名称')).toBeGreaterThanOrEqual(before + 190)
  expect(await list.isCut(longName)).toBe(false)
  await expect(customers.rows()).toHaveCount(2)
  await list.scrollToEnd()
  await expect(list.header('最近联系日期')).toBeInViewport({ ratio: 1 })

  // 资质文件 has room to spare: the name column takes it, and the list fits.
  const qualifications = new ArchivePage(page, '资质文件')
  await qualifications.open()
  await qualifications.create('资质文件', {
    证书名称: '电力工程施工总承包壹级资质证书（含输变电工程专业承包）',
  })
  await qualifications.backToList()
  const docs = new ListLayout(page, '资质文件')
  expect((await docs.box()).overflows).toBe(false)
  expect(await docs.width('证书名称')).toBeGreaterThan(400)
  expect(await docs.isCut('电力工程施工总承包壹级资质证书（含输变电工程专业承包）')).toBe(false)

  // 销售合同: the customer and the contract's name share the free width; what is still cut shows on hover.
  await page.locator('.mantine-AppShell-navbar').getByText('销售合同', { exact: true }).click()
  await page.getByRole('button', { name: '新建合同' }).click()
  await page.getByRole('combobox', { name: /^客户（甲方）/ }).click()
  await page.getByRole('option', { name: longName, exact: true }).click()
  await page.getByRole('textbox', { name: '合同名称' }).fill(longTitle)
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByTestId('contract-step')).toHaveText('起草')
  await page.locator('.mantine-AppShell-navbar').getByText('销售合同', { exact: true }).click()
  const contracts = new ListLayout(page, '销售合同')
  await expect(contracts.cell(longName)).toBeVisible()
  expect((await contracts.box()).overflows).toBe(false)
  expect(await contracts.width('客户（甲方）')).toBeGreaterThan(240)
  expect(await contracts.width('合同名称')).toBeGreaterThan(200)
  await expect(await contracts.hover(longTitle)).toHaveText(longTitle)
  await customers.dismissNotices()
  await contracts.hover(longTitle)
  await page.screenshot({ path: 'docs/screens/list-contracts-1366.png' })

  // In the narrowest window the app allows the same list scrolls sideways rather than running off.
  await page.setViewportSize({ width: 1100, height: 768 })
  const narrow = await contracts.box()
  expect(narrow.right).toBeLessThanOrEqual(1100)
  expect(narrow.overflows).toBe(true)
  expect(narrow.scrollbar).toBeGreaterThanOrEqual(8)
})
