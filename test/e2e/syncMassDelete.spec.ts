/**
 * A mass delete reaching another PC (SYNC.md case 19): PC A 停用 most
 * customers and confirms sending them; PC B shows what arrived in the
 * header — 王建国的电脑 停用了 25 个客户 — and its administrator restores
 * them all with one click; the restores reach A too.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { runInPage } from './pages/pageBundle'
import { openPc, userB } from './pages/SyncPcs'
import { adminUser } from './pages/testData'

test('a mass delete from another PC is shown with the PC, the count and the table, and 全部恢复 restores it everywhere', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const shareParent = await mkdtemp(join(tmpdir(), 'commerce-desk-share-'))
  const share = join(shareParent, '商务部')
  await mkdir(share)
  const a = await openPc(browser, adminUser)
  const b = await openPc(browser, userB)
  const archived = (pc: typeof a) =>
    runInPage<undefined, number>(pc.page, 'massDeleteSeeds', 'archivedCustomers', undefined)
  try {
    await runInPage(a.page, 'massDeleteSeeds', 'seedCustomers', { account: adminUser.account, count: 30 })
    await a.sync.connect(share, '新建共享')
    await b.sync.connect(share, '加入共享')
    await b.sync.syncNow()

    // A deletes 25 of its 30 customers: held until someone on A confirms.
    await runInPage(a.page, 'massDeleteSeeds', 'archiveCustomers', { account: adminUser.account, count: 25 })
    await a.sync.syncNow()
    await expect(a.sync.label()).toContainText('待发送的删除较多')
    await a.sync.openShareTab()
    await a.page.getByRole('button', { name: '确认发送这些删除' }).click()
    await a.sync.syncNow()
    await expect(a.sync.label()).toHaveText(/已同步/)

    // B applies them and says so: whose PC, how many, of what.
    await b.sync.syncNow()
    expect(await archived(b)).toBe(25)
    await b.customers.open()
    await expect(b.page.getByTestId('sync-received-deletes')).toHaveText('收到大量停用')
    await b.sync.indicator().click()
    const notice = b.page.getByTestId('sync-details').getByTestId('received-delete')
    await expect(notice).toContainText('王建国的电脑 停用了 25 个客户')
    await expect(b.page.getByTestId('sync-details')).toHaveCSS('opacity', '1')
    await b.page.setViewportSize({ width: 1366, height: 768 })
    await b.page.screenshot({ path: 'docs/screens/sync-mass-delete-received.png' })

    // B's administrator restores them all: ordinary restores, so A gets them back too.
    await notice.getByRole('button', { name: '全部恢复' }).click()
    await expect(b.page.getByText('已恢复 25 条记录')).toBeVisible()
    await expect(b.page.getByTestId('sync-received-deletes')).toHaveCount(0)
    expect(await archived(b)).toBe(0)
    // The popover is still open: the header's button closes it.
    await b.sync.indicator().click()
    await expect(b.page.getByTestId('sync-details')).toBeHidden()
    await b.sync.syncNow()
    await a.sync.syncNow()
    expect(await archived(a)).toBe(0)
    await expect(a.page.getByTestId('sync-received-deletes')).toHaveCount(0)
  } finally {
    for (const pc of [a, b]) {
      await pc.page.context().close()
      await pc.host.close()
    }
    await rm(shareParent, { recursive: true, force: true })
  }
})
