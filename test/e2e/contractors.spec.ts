/**
 * 工程商 (engineering contractors) as a clerk meets them: create one (a wrong
 * credit code refused at the field, in Chinese), a contact, an edit in the
 * history, more from Excel (the report names the bad rows and the one already
 * in the archive), find by pinyin initials, short name and credit code, and an
 * Excel export of the list read back.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { expect, test } from './fixtures'
import { ArchivePage } from './pages/ArchivePage'
import { LoginPage } from './pages/LoginPage'
import { SetupPage } from './pages/SetupPage'
import { adminUser, company, sampleUscc } from './pages/testData'

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const hengan = '浙江恒安机电安装工程有限公司'

async function contractorWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('工程商')
  ws.addRow(['工程商导入'])
  ws.addRow(['带 * 的列为必填'])
  ws.addRow(['工程商名称*', '简称', '统一社会信用代码', '资质等级', '地区', '合作厂家/品牌'])
  ws.addRow(['宁波港华工程有限公司', '港华工程', sampleUscc(4), '电力工程施工总承包三级', '宁波', 'ABB'])
  ws.addRow(['温州瓯江安装有限公司', '', company.badUscc, '', '温州', ''])
  ws.addRow(['恒安机电（重复）', '', sampleUscc(3), '', '杭州', ''])
  return Buffer.from(await wb.xlsx.writeBuffer())
}

test('contractors: refused credit code at the field, contact, edit, import, pinyin search, export', async ({
  app: page,
  host,
}) => {
  await new SetupPage(page).complete()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  const contractors = new ArchivePage(page, '工程商')
  await contractors.open()

  // A wrong check character is refused at its field, with what is wrong, and nothing is saved.
  await page.getByRole('button', { name: '新建工程商' }).first().click()
  await contractors.fill({ 工程商名称: hengan, 简称: '恒安机电', 统一社会信用代码: company.badUscc })
  await page.getByRole('button', { name: '保存', exact: true }).click()
  const uscc = page.getByRole('textbox', { name: /^统一社会信用代码/ })
  await expect(uscc).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('统一社会信用代码不正确：第 18 位校验码与前 17 位不符')).toBeVisible()
  await expect(page.getByRole('tab', { name: '变更记录' })).toHaveCount(0)
  await contractors.fill({
    统一社会信用代码: sampleUscc(3),
    资质等级: '机电工程施工总承包二级',
    地区: '杭州',
    '合作厂家/品牌': '西门子、施耐德',
  })
  await contractors.save()
  await expect(uscc).not.toHaveAttribute('aria-invalid', 'true')

  // A contact, then an edit that the history shows.
  await page.getByRole('button', { name: '添加联系人' }).click()
  const dialog = page.getByRole('dialog')
  await contractors.fill({ 姓名: '周建华', 职务: '售后经理', 手机: '13905710000' }, dialog)
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('table', { name: '联系人' })).toContainText('周建华')
  await contractors.fill({ 电话: '0571-86001234' })
  await contractors.save()
  await page.getByRole('tab', { name: '变更记录' }).click()
  await expect(page.getByRole('table', { name: '变更记录' })).toContainText('电话：— → 0571-86001234')
  await contractors.backToList()

  // From Excel: one good row; a wrong code and the code already saved are named, not written.
  await page.getByRole('button', { name: '从 Excel 导入' }).first().click()
  const importDialog = page.getByRole('dialog', { name: '导入工程商' })
  await importDialog
    .getByTestId('import-dropzone')
    .locator('input[type=file]')
    .setInputFiles({ name: '工程商.xlsx', mimeType: XLSX_MIME, buffer: await contractorWorkbook() })
  await expect(importDialog.getByTestId('import-report')).toContainText('共 3 行：可导入 1 行，有问题 2 行。')
  const bad = importDialog.getByTestId('import-bad-row')
  await expect(bad.nth(0)).toContainText('统一社会信用代码不正确')
  await expect(bad.nth(1)).toContainText('系统中已有相同的记录')
  await importDialog.getByRole('button', { name: '导入 1 条有效数据' }).click()
  await expect(page.getByText('已导入 1 条工程商')).toBeVisible()
  await expect(contractors.rows()).toHaveCount(2)

  // Found by pinyin initials, short name, credit code and a contact's name.
  await contractors.search('zjha')
  await expect(contractors.rows()).toHaveCount(1)
  await expect(contractors.rows().first()).toContainText(hengan)
  await contractors.search('港华')
  await expect(contractors.rows()).toHaveCount(1)
  await expect(contractors.rows().first()).toContainText('宁波港华工程有限公司')
  await contractors.search(sampleUscc(3).toLowerCase())
  await expect(contractors.rows()).toHaveCount(1)
  await contractors.search('zjh')
  await expect(contractors.rows().first()).toContainText(hengan)
  await contractors.search('')
  await expect(contractors.rows()).toHaveCount(2)
  await contractors.shot('docs/screens/archive-contractors.png')

  // Exported as listed, with the contractor's own columns.
  await page.getByRole('button', { name: '导出 Excel' }).click()
  await expect(page.getByText(/已导出 2 条/)).toBeVisible()
  const files = await readdir(join(host.dataDir, 'exports'))
  const exported = files.find((f) => /^工程商-\d{8}\.xlsx$/.test(f))
  expect(exported, files.join(', ')).toBeDefined()
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(join(host.dataDir, 'exports', exported ?? ''))
  const ws = wb.worksheets[0]
  expect(ws.getCell('A1').value).toBe('工程商')
  const header = (ws.getRow(3).values as unknown[]).slice(1)
  expect(header).toEqual(
    expect.arrayContaining(['工程商名称', '统一社会信用代码', '资质等级', '合作厂家/品牌']),
  )
  const names = [ws.getCell('A4').value, ws.getCell('A5').value]
  expect(names.sort()).toEqual([hengan, '宁波港华工程有限公司'].sort())
})
