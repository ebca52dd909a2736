/**
 * 归档导出 as a clerk and an administrator (issue 5, SYNC.md case 20): make a
 * customer and a contract with its saved PDF and a scan, archive with the
 * progress bar, verify, corrupt one file on the "share" (verification names
 * it), browse read-only, then restore into a fresh profile on a second PC
 * pointed at the same archive folder and compare the counts on screen.
 */
import { appendFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createTestHost } from '../harness/createTestHost'
import { expect, test } from './fixtures'
import { AppFramePage } from './pages/AppFramePage'
import { ArchiveExportPage } from './pages/ArchiveExportPage'
import { ArchivePage } from './pages/ArchivePage'
import { ContractPage } from './pages/ContractPage'
import { LoginPage } from './pages/LoginPage'
import { SetupPage } from './pages/SetupPage'
import { adminUser, clerkUser } from './pages/testData'
import { createUser, switchUser } from './pages/UsersPage'

const customerName = '上海浦江电气有限公司'
const docs = 'docs/screens'

test('archive, verify, corrupt a file, browse, restore into a fresh profile', async ({
  app: page,
  host,
  browser,
}) => {
  test.setTimeout(240_000)
  await new SetupPage(page).complete()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  await new AppFramePage(page).open('用户与权限')
  await createUser(page, clerkUser)
  await switchUser(page, clerkUser)

  const customers = new ArchivePage(page, '客户档案')
  await customers.open()
  await customers.create('客户', { 客户名称: customerName, 地区: '上海' })
  await page.locator('.mantine-AppShell-navbar').getByText('销售合同', { exact: true }).click()
  await page.getByRole('button', { name: '新建合同' }).click()
  await page.getByRole('combobox', { name: /^客户（甲方）/ }).click()
  await page.getByRole('option', { name: customerName, exact: true }).click()
  await page.getByRole('button', { name: '保存', exact: true }).click()
  const contract = new ContractPage(page)
  await contract.expectStep('起草')
  // The contract's PDF saved into the documents store, and a scan in the attachment store.
  await page.getByRole('button', { name: '销售合同 PDF' }).click()
  const preview = page.getByRole('dialog')
  await preview.getByRole('button', { name: '保存', exact: true }).click()
  await expect(preview.getByTestId('document-saved')).toContainText('SHA-256')
  await preview.getByRole('button', { name: '关闭' }).click()
  await contract.attachScan('销售合同签字盖章件.pdf')

  const archive = new ArchiveExportPage(page)
  await archive.open()
  await expect(page.getByTestId('archive-due')).toContainText('本期归档尚未完成（每月）')
  const name = await archive.archiveNow()
  expect(name).toMatch(/^商务部归档-\d{4}-\d{2}-\d{2}-\d{6}$/)
  await expect(page.getByTestId('archive-due')).toHaveCount(0)
  // One saved PDF and one scan in the package.
  await expect(archive.row(name).locator('td').nth(3)).toHaveText('1')
  await expect(archive.row(name).locator('td').nth(4)).toHaveText('1')
  await expect(await archive.verify(name)).toContainText('SHA-256 全部一致')
  await archive.shot(`${docs}/archive-export.png`)

  // Someone edits a PDF on the share: verification names exactly that file.
  const folder = join(host.dataDir, 'archives', name)
  const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as {
    files: { path: string }[]
  }
  const pdfPath = manifest.files.map((f) => f.path).find((p) => p.startsWith('documents/'))!
  const pdfFile = join(folder, ...pdfPath.split('/'))
  const original = await readFile(pdfFile)
  await appendFile(pdfFile, '%tampered')
  const report = await archive.verify(name)
  await expect(report).toContainText('校验未通过')
  await expect(report).toContainText(`内容已改变：${pdfPath}`)
  await archive.shot(`${docs}/archive-verify-failed.png`)

  // Browse read-only: counts per table and the files; a PDF opens from the package itself.
  const dialog = await archive.browse(name)
  const archived = await archive.counts('archive-counts')
  expect(archived).toMatchObject({ customers: expect.any(String), contracts: '1', attachments: '1' })
  await dialog.getByPlaceholder('按路径筛选').fill('documents/')
  await dialog.getByRole('button', { name: '打开' }).first().click()
  await expect.poll(() => host.shell.calls.at(-1)?.path).toBe(pdfFile)
  await archive.shot(`${docs}/archive-browse.png`, false)
  await page.keyboard.press('Escape')
  await writeFile(pdfFile, original)

  // A second PC with a fresh data folder, its archive folder pointed at the first one's.
  const fresh = await createTestHost()
  const context = await browser.newContext()
  try {
    const second = await context.newPage()
    await second.goto(fresh.url)
    await new SetupPage(second).complete()
    await new LoginPage(second).signInOk(adminUser.account, adminUser.password)
    const restore = new ArchiveExportPage(second)
    await restore.open()
    await restore.setFolder(join(host.dataDir, 'archives'))
    await expect(restore.row(name)).toBeVisible()
    await restore.restore(name)
    await expect(second.getByTestId('archive-restored')).toBeVisible({ timeout: 60_000 })
    await expect(
      second.getByText(/已从归档恢复：\d+ 个数据表的记录数与哈希均与清单一致/).first(),
    ).toBeVisible()
    const restored = await restore.counts('archive-restored')
    for (const table of Object.keys(archived))
      expect([table, restored[table]]).toEqual([table, archived[table]])
    await restore.shot(`${docs}/archive-restored.png`)

    // The restored accounts: the clerk signs in on the new PC and finds the customer.
    await second.getByRole('button', { name: '重新登录' }).click()
    await new LoginPage(second).signInOk(clerkUser.account, clerkUser.password)
    const restoredCustomers = new ArchivePage(second, '客户档案')
    await restoredCustomers.open()
    await expect(second.getByText(customerName).first()).toBeVisible()
  } finally {
    await context.close()
    await fresh.close()
  }
})
