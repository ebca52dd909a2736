/**
 * 库房 as the department keeps it (DOMAIN.md §7; 制度：库房…并于每月末与财务
 * 进行核对), on 28 October — the month's last week, when the count may go to
 * finance: a clerk receives goods and sees the balance and the ledger line;
 * counts the month with one difference, refused at its cell until it has a
 * reason, and submits; finance signs it off, which books the 盘点调整; the
 * month then refuses a movement at the date field, naming the month to put
 * it in; 库存月报 is saved as PDF and exported to Excel.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { expect, test } from './fixtures'
import { AppFramePage } from './pages/AppFramePage'
import { ArchivePage } from './pages/ArchivePage'
import { LoginPage } from './pages/LoginPage'
import { closeNotices } from './pages/notices'
import { SetupPage } from './pages/SetupPage'
import { StockPage } from './pages/StockPage'
import { adminUser, clerkUser } from './pages/testData'
import { createUser, switchUser } from './pages/UsersPage'

const docs = 'docs/screens'
const financeUser = { account: 'wangkj', name: '王会计', password: 'Finance2026a' }
const breaker = '施耐德 塑壳断路器 NSX100F 3P'
const meter = '威胜 智能电表 DTZ341'

// A step that does not happen should fail the test in seconds, not at the whole test's timeout.
test.use({ actionTimeout: 15_000, viewport: { width: 1366, height: 768 } })

test('goods in → month-end count with a difference → finance signs off → the month refuses a movement; 库存月报 PDF and Excel', async ({
  app: page,
  host,
}) => {
  test.setTimeout(120_000)
  await page.clock.install({ time: new Date('2026-10-28T10:00:00+08:00') })
  await page.reload()
  await new SetupPage(page).complete()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  await new AppFramePage(page).open('用户与权限')
  await createUser(page, clerkUser)
  await createUser(page, financeUser, '财务部')
  await switchUser(page, clerkUser)

  const products = new ArchivePage(page, '产品目录')
  await products.open()
  await products.create('产品', { 品名: '施耐德 塑壳断路器', 规格: 'NSX100F 3P', 型号: 'LV429630' })
  await products.open()
  await products.create('产品', { 品名: '威胜 智能电表', 规格: 'DTZ341', 单位: '只' })

  // 入库: the balance is the ledger's.
  const stock = new StockPage(page)
  await stock.openList()
  await expect(page.getByText('还没有出入库记录。')).toBeVisible()
  await stock.stockIn({ product: breaker, qty: '10' })
  await expect(stock.dialog()).toHaveCount(0)
  await expect(page.getByText(/已入库：施耐德 塑壳断路器 NSX100F 3P 10台，单据号 RK-/)).toBeVisible()
  await stock.stockIn({ product: meter, qty: '24', sourceNumber: 'WS-SH-20261028', note: '威胜配送' })
  await expect(stock.dialog()).toHaveCount(0)
  await expect(stock.rows()).toHaveCount(2)
  await expect(stock.row('塑壳断路器')).toContainText('施耐德 塑壳断路器NSX100F 3PLV429630台102026-10-281')
  await stock.openLedger('塑壳断路器')
  await expect(stock.balance()).toHaveText('10 台')
  await expect(stock.ledgerRows()).toHaveCount(1)
  await expect(stock.ledgerRows().first()).toContainText(/2026-10-28入库\+10RK-\d{6}-\d{4}李晓10/)

  // 月末盘点: one breaker short; the difference needs its reason, at its cell.
  await stock.openCounts()
  await page.getByRole('button', { name: '开始本月盘点' }).click()
  await expect(page.getByRole('heading', { name: '月末盘点 · 2026年10月' })).toBeVisible()
  await expect(stock.step()).toHaveText('盘点中')
  await expect(stock.countLine('塑壳断路器')).toContainText('10')
  await stock.cell('塑壳断路器', '实盘数量').fill('9')
  await expect(stock.countLine('塑壳断路器').getByTestId('difference')).toHaveText('−1')
  await page.getByRole('button', { name: '提交财务签认' }).click()
  await expect(stock.cellError('塑壳断路器', '差异原因')).toHaveText('账面 10，实盘 9：有差异须填写原因')
  await expect(stock.step()).toHaveText('盘点中')
  await expect(page.getByTestId('count-problems')).toHaveText('请先改正标红的项目')
  await closeNotices(page)
  await page.screenshot({ path: `${docs}/stock-count.png` })
  await stock.cell('塑壳断路器', '差异原因').fill('一台样机借给客户测试，未办出库')
  await expect(stock.cellError('塑壳断路器', '差异原因')).toHaveCount(0)
  await page.getByRole('button', { name: '提交财务签认' }).click()
  await expect(stock.step()).toHaveText('待财务签认')
  await expect(stock.status()).toContainText('李晓 已于 2026-10-28 提交，等待财务签认。')
  await expect(stock.cell('塑壳断路器', '实盘数量')).toHaveCount(0)
  const countUrl = page.url()

  // 财务签认: the difference becomes a 盘点调整; the month is closed.
  await switchUser(page, financeUser)
  await page.goto(countUrl)
  await expect(stock.step()).toHaveText('待财务签认')
  await page.getByRole('button', { name: '财务签认' }).click()
  await expect(stock.step()).toHaveText('财务已签认')
  await expect(stock.status()).toContainText('已由财务签认（王会计，2026-10-28）')
  await expect(stock.status()).toContainText(
    '该月已结账：日期在 2026年10月 的入库、出库都会被拒绝，请记入 2026年11月。',
  )
  await expect(page.getByRole('button', { name: '财务签认' })).toHaveCount(0)
  await closeNotices(page)
  await page.screenshot({ path: 'test-results/screens/stock-count-signed.png' })

  // 库存月报: the PDF saved by type and month, and the Excel workbook.
  await page.getByRole('button', { name: '库存月报 PDF' }).click()
  const preview = page.getByRole('dialog')
  await expect(preview).toContainText('库存月报（2026年10月）')
  await expect(preview.locator('canvas').first()).toBeVisible({ timeout: 30_000 })
  await preview.getByRole('button', { name: '保存', exact: true }).click()
  await expect(preview.getByTestId('document-saved')).toContainText('SHA-256')
  const saved = (await readdir(join(host.dataDir, 'documents'), { recursive: true })).find((f) =>
    f.endsWith('KC-2026-10.pdf'),
  )
  expect(saved).toMatch(/^库存月报\/2026-10\/KC-2026-10\.pdf$/)
  const pdf = await readFile(join(host.dataDir, 'documents', saved ?? ''))
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  // Kept for looking at its pages (pdftoppm).
  await mkdir('test-results/screens', { recursive: true })
  await writeFile('test-results/screens/stock-report.pdf', pdf)
  await preview.getByRole('button', { name: '关闭' }).click()
  await expect(preview).toHaveCount(0)
  await page.getByRole('button', { name: '库存月报 Excel' }).click()
  await expect(page.getByText('已导出 2026年10月 库存月报（2 种产品）')).toBeVisible()
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(join(host.dataDir, 'exports', '库存月报-2026-10.xlsx'))
  const cells = book.worksheets[0].getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1).join('|') : ''))
  expect(cells).toContain('1|施耐德 塑壳断路器|NSX100F 3P LV429630|台|0|10|0|-1|9')

  // The ledger books the adjustment; a movement dated in the closed month is refused at the date.
  await switchUser(page, clerkUser)
  await stock.openList()
  await expect(stock.row('塑壳断路器')).toContainText('台92026-10-312')
  await expect(page.getByTestId('stock-closed')).toContainText('财务已签认至 2026年10月')
  await closeNotices(page)
  await page.screenshot({ path: `${docs}/stock-list.png` })
  await stock.openLedger('塑壳断路器')
  await expect(stock.balance()).toHaveText('9 台')
  await expect(stock.ledgerRows()).toHaveCount(2)
  await expect(stock.ledgerRows().first()).toContainText(
    '2026-10-31盘点调整−1PD-2026-10李晓一台样机借给客户测试，未办出库9',
  )
  await page.screenshot({ path: `${docs}/stock-ledger.png` })
  await stock.stockIn({ date: '2026-10-28', qty: '1' })
  await expect(stock.fieldError(/^日期/)).toHaveText(
    '2026-10 的库存已由财务签认，不能再记入；更正请记入 2026-11',
  )
  await expect(stock.dialog()).toBeVisible()
  await expect(stock.ledgerRows()).toHaveCount(2)
})

test('a count submitted before the month’s last week is refused with the day it may go to finance', async ({
  app: page,
}) => {
  test.setTimeout(120_000)
  await page.clock.install({ time: new Date('2026-10-20T10:00:00+08:00') })
  await page.reload()
  await new SetupPage(page).complete()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  await new AppFramePage(page).open('用户与权限')
  await createUser(page, clerkUser)
  await switchUser(page, clerkUser)
  const products = new ArchivePage(page, '产品目录')
  await products.open()
  await products.create('产品', { 品名: '施耐德 塑壳断路器', 规格: 'NSX100F 3P' })

  const stock = new StockPage(page)
  await stock.openList()
  await stock.stockIn({ product: breaker, qty: '3' })
  await expect(stock.row('塑壳断路器')).toContainText('台32026-10-20')
  await stock.openCounts()
  await expect(page.getByText('2026年10月 的盘点自 2026-10-25 起可提交财务签认')).toBeVisible()
  await page.getByRole('button', { name: '开始本月盘点' }).click()
  await expect(stock.step()).toHaveText('盘点中')
  await page.getByRole('button', { name: '提交财务签认' }).click()
  await expect(page.getByTestId('count-problems')).toHaveText('月末盘点自 2026-10-25 起进行')
  await expect(stock.step()).toHaveText('盘点中')
  // The count goes on meanwhile: what was found is saved.
  await stock.cell('塑壳断路器', '实盘数量').fill('2')
  await stock.cell('塑壳断路器', '差异原因').fill('一台在展厅陈列')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('盘点已保存')).toBeVisible()
  await stock.openCounts()
  await expect(stock.row('2026年10月')).toContainText('盘点中')
  await stock.row('2026年10月').click()
  await expect(stock.cell('塑壳断路器', '实盘数量')).toHaveValue('2')
  await expect(stock.countLine('塑壳断路器').getByTestId('difference')).toHaveText('−1')
})
