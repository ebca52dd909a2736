/**
 * Excel in and out, as a clerk who lives in Excel: a template, an import with
 * good and bad rows (the report names the bad ones; nothing is written until
 * accepted; then exactly the good rows exist), and an export of a filtered
 * list read back with exceljs.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { expect, test } from './fixtures'
import { ArchivePage } from './pages/ArchivePage'
import { LoginPage } from './pages/LoginPage'
import { SetupPage } from './pages/SetupPage'
import { adminUser, sampleUscc } from './pages/testData'

const shots = 'test-results/screens'

async function customerWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('客户')
  ws.addRow(['客户导入'])
  ws.addRow(['带 * 的列为必填'])
  ws.addRow(['客户名称*', '简称', '统一社会信用代码', '地区', '等级', '目标客户', '最近联系日期', '序号'])
  ws.addRow([
    '北京智诚科技有限公司',
    '智诚科技',
    sampleUscc(1),
    '北京',
    'A 级',
    '是',
    new Date(Date.UTC(2026, 9, 1)),
    1,
  ])
  ws.addRow(['天津滨海精密机械有限公司', '', '', '天津', 'B', '否', '', 2])
  ws.addRow(['', '无名称', '', '河北', '', '', '', 3])
  ws.addRow(['重庆长江电力设备有限公司', '', '91500000MA5U7K7L3X', '重庆', '', '', '', 4])
  ws.addRow(['天津滨海精密机械有限公司', '', '', '天津', '', '', '', 5])
  ws.addRow(['上海浦江电气有限公司', '', '', '上海', '', '', '', 6])
  ws.addRow(['武汉光谷智能装备有限公司', '', '', '湖北', 'B 级', '是', '2026/11/2', 7])
  return Buffer.from(await wb.xlsx.writeBuffer())
}

test('an Excel import reports bad rows, writes nothing until accepted, then exactly the good rows', async ({
  app: page,
  host,
}) => {
  await new SetupPage(page).complete()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  const customers = new ArchivePage(page, '客户档案')
  await customers.open()
  await customers.create('客户', { 客户名称: '上海浦江电气有限公司', 地区: '上海' })
  await customers.backToList()
  await page.getByRole('button', { name: '从 Excel 导入' }).first().click()
  const dialog = page.getByRole('dialog', { name: '导入客户' })
  await dialog.getByRole('button', { name: '下载导入模板' }).click()
  await expect(page.getByText(/模板已保存/)).toBeVisible()
  await dialog
    .getByTestId('import-dropzone')
    .locator('input[type=file]')
    .setInputFiles({
      name: '客户清单.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await customerWorkbook(),
    })
  const report = dialog.getByTestId('import-report')
  await expect(report).toContainText('共 7 行：可导入 3 行，有问题 4 行。')
  await expect(report).toContainText('以下列不属于模板，已忽略：序号')
  const bad = dialog.getByTestId('import-bad-row')
  await expect(bad).toHaveCount(4)
  await expect(bad.nth(0)).toContainText('6')
  await expect(bad.nth(0)).toContainText('客户名称：此项必填')
  await expect(bad.nth(1)).toContainText('重庆长江电力设备有限公司')
  await expect(bad.nth(1)).toContainText('统一社会信用代码不正确')
  await expect(bad.nth(2)).toContainText('与本文件第 5 行重复')
  await expect(bad.nth(3)).toContainText('系统中已有相同的记录')
  await customers.shot(`${shots}/import-report.png`)
  // Nothing is written before the clerk accepts.
  await expect(page.getByTestId('list-count')).toHaveText('共 1 条')
  await dialog.getByRole('button', { name: '导入 3 条有效数据' }).click()
  await expect(page.getByText('已导入 3 条客户')).toBeVisible()
  await expect(page.getByTestId('list-count')).toHaveText('共 4 条')
  for (const name of ['北京智诚科技有限公司', '天津滨海精密机械有限公司', '武汉光谷智能装备有限公司'])
    await expect(customers.rows().filter({ hasText: name })).toHaveCount(1)
  await expect(customers.rows().filter({ hasText: '重庆长江电力设备有限公司' })).toHaveCount(0)
  const wuhan = customers.rows().filter({ hasText: '武汉光谷智能装备有限公司' })
  await expect(wuhan).toContainText('B 级')
  await expect(wuhan).toContainText('2026-11-02')

  // Export the filtered list: grade B only.
  await customers.dismissNotices()
  await page.getByRole('combobox', { name: '等级' }).click()
  await page.getByRole('option', { name: 'B 级' }).click()
  await expect(customers.rows()).toHaveCount(2)
  await page.getByRole('button', { name: '导出 Excel' }).click()
  await expect(page.getByText(/已导出 2 条/)).toBeVisible()
  const files = await readdir(join(host.dataDir, 'exports'))
  const exported = files.find((f) => /^客户档案-\d{8}\.xlsx$/.test(f))
  expect(exported, files.join(', ')).toBeDefined()
  expect(files.some((f) => f.startsWith('导入客户-下载导入模板'))).toBe(true)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(join(host.dataDir, 'exports', exported ?? ''))
  const ws = wb.worksheets[0]
  expect(ws.getCell('A1').value).toBe('客户档案')
  expect(String(ws.getCell('A2').value)).toContain('等级：B 级')
  expect(String(ws.getCell('A2').value)).toContain('导出人：王建国')
  expect(ws.getCell('A3').value).toBe('客户名称')
  expect(ws.getCell('A3').font?.bold).toBe(true)
  const names = [ws.getCell('A4').value, ws.getCell('A5').value].sort()
  expect(names).toEqual(['天津滨海精密机械有限公司', '武汉光谷智能装备有限公司'].sort())
  expect(ws.getCell('A6').value).toBeNull()
  const dateColumn = (ws.getRow(3).values as unknown[]).indexOf('最近联系日期')
  const wuhanRow = ws.getCell('A4').value === '武汉光谷智能装备有限公司' ? 4 : 5
  const dateCell = ws.getRow(wuhanRow).getCell(dateColumn)
  expect(dateCell.value).toEqual(new Date(Date.UTC(2026, 10, 2)))
  expect(dateCell.numFmt).toBe('yyyy-mm-dd')

  // Ctrl+K finds any archive record by its pinyin initials and opens it.
  await page.locator('body').click({ position: { x: 5, y: 790 } })
  await page.keyboard.press('Control+K')
  const spotlight = page.getByPlaceholder(/搜索客户、经销商/)
  await spotlight.fill('qqxxzz')
  await expect(page.getByText('没有找到匹配的档案')).toBeVisible()
  await spotlight.fill('whgg')
  await expect(page.getByText('没有找到匹配的档案')).toHaveCount(0)
  await page.screenshot({ path: `${shots}/global-search.png` })
  await page.getByRole('button', { name: /武汉光谷智能装备有限公司/ }).click()
  await expect(page.getByRole('heading', { name: '武汉光谷智能装备有限公司', exact: true })).toBeVisible()
})

test('a product import resolves manufacturers by name and reads prices and tax rates', async ({
  app: page,
}) => {
  await new SetupPage(page).complete()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  const suppliers = new ArchivePage(page, '厂家/供应商')
  await suppliers.open()
  await suppliers.create('厂家/供应商', { '厂家/供应商名称': '西门子电气传动有限公司' })
  const products = new ArchivePage(page, '产品目录')
  await products.open()
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('产品')
  ws.addRow(['品名*', '规格', '型号', '单位*', '目录价（元）', '税率', '厂家'])
  ws.addRow(['变频调速器', '380V 55kW', 'BP-55G', '台', '¥12,800.00', '13%', '西门子电气传动有限公司'])
  ws.addRow(['软启动器', '380V 30kW', 'RQ-30', '台', '6,500.5', '0.09', ''])
  ws.addRow(['电抗器', '', 'DK-1', '台', '3200', '13%', '不存在的厂家'])
  ws.addRow(['滤波器', '', 'LB-2', '台', '12.345', '13%', ''])
  await page.getByRole('button', { name: '从 Excel 导入' }).first().click()
  const dialog = page.getByRole('dialog', { name: '导入产品' })
  await dialog
    .getByTestId('import-dropzone')
    .locator('input[type=file]')
    .setInputFiles({
      name: '产品目录.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    })
  await expect(dialog.getByTestId('import-report')).toContainText('共 4 行：可导入 2 行，有问题 2 行。')
  const bad = dialog.getByTestId('import-bad-row')
  await expect(bad.nth(0)).toContainText('厂家：找不到名称为“不存在的厂家”的记录')
  await expect(bad.nth(1)).toContainText('金额“12.345”无法识别')
  await dialog.getByRole('button', { name: '导入 2 条有效数据' }).click()
  await expect(page.getByText('已导入 2 条产品')).toBeVisible()
  const inverter = products.rows().filter({ hasText: '变频调速器' })
  await expect(inverter).toContainText('¥12,800.00')
  await expect(inverter).toContainText('13%')
  await expect(inverter).toContainText('西门子电气传动有限公司')
  const starter = products.rows().filter({ hasText: '软启动器' })
  await expect(starter).toContainText('¥6,500.50')
  await expect(starter).toContainText('9%')
  await products.shot(`${shots}/product-list.png`)
})
