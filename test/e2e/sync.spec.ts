/**
 * Two PCs, two users, one shared folder (SYNC.md, issue 5): PC A creates the
 * share and PC B joins it from 设置 → 共享文件夹; from then on everything goes
 * through the UI and 立即同步 — an edit travels, the same field edited on
 * both PCs shows the same conflict on both and settling it on one clears it
 * on the other, a record deleted on A while B edits it comes back with B's
 * edit, and a share that disappears shows 共享文件夹离线 while the edit
 * made meanwhile waits and then arrives.
 */
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { openPc, phoneOf, setPhone, userB } from './pages/SyncPcs'
import { adminUser } from './pages/testData'

const docs = 'docs/screens'
test('two PCs sync through a shared folder: edits, conflicts, delete against edit, share offline', async ({
  browser,
}) => {
  test.setTimeout(300_000)
  const shareParent = await mkdtemp(join(tmpdir(), 'commerce-desk-share-'))
  const share = join(shareParent, '商务部')
  await mkdir(share)
  const a = await openPc(browser, adminUser)
  const b = await openPc(browser, userB)
  try {
    await expect(a.sync.label()).toHaveText('未设置共享')

    // PC A creates the share with a customer already in it; PC B joins.
    await a.customers.open()
    await a.customers.create('客户', { 客户名称: '北京智诚科技有限公司', 电话: '010-62345678' })
    await a.customers.backToList()
    await a.customers.create('客户', { 客户名称: '上海浦江电气有限公司', 地区: '上海' })
    await a.sync.connect(share, '新建共享')
    await expect(a.sync.label()).toHaveText(/已同步/)
    await b.sync.connect(share, '加入共享', `${docs}/sync-settings.png`)
    await expect(b.sync.label()).toHaveText(/已同步/)

    // Both set up the same company on their own: nothing to settle.
    await a.sync.syncNow()
    await b.sync.openConflicts()
    await expect(b.page.getByText('没有未处理的冲突')).toBeVisible()

    // An edit on A reaches B.
    await setPhone(a, '北京智诚科技有限公司', '010-62340001')
    await a.sync.syncNow()
    await b.sync.syncNow()
    expect(await phoneOf(b, '北京智诚科技有限公司')).toBe('010-62340001')

    // The same field on both before either syncs: one conflict, the same on both PCs. The share
    // is away meanwhile, so a cycle the runner starts on its own cannot carry either edit early.
    await rename(share, `${share}-away`)
    await setPhone(a, '北京智诚科技有限公司', '010-62340002')
    await setPhone(b, '北京智诚科技有限公司', '010-62340003')
    await rename(`${share}-away`, share)
    await a.sync.syncNow()
    await b.sync.syncNow()
    await a.sync.syncNow()
    for (const pc of [a, b]) {
      await pc.sync.openConflicts()
      await expect(pc.sync.conflicts()).toHaveCount(1)
      const group = pc.sync.conflictGroups().first()
      await expect(group).toContainText('客户档案')
      await expect(group).toContainText('北京智诚科技有限公司')
      await expect(group).toContainText('电话')
      // B wrote last: its value is current everywhere, A's is the one overwritten.
      await expect(pc.page.getByTestId('conflict-current')).toContainText('010-62340003')
      await expect(pc.page.getByTestId('conflict-losing')).toContainText('010-62340002')
      await expect(pc.sync.indicator()).toContainText('1 个冲突')
    }
    await expect(a.page.getByTestId('conflict-losing')).toContainText('来自本机')
    await expect(b.page.getByTestId('conflict-current')).toContainText('来自本机')
    await b.customers.shot(`${docs}/sync-conflicts.png`)
    // On B the overwritten value is A's: 采用对方.
    await b.page.getByRole('button', { name: '采用对方' }).click()
    await expect(b.page.getByText('没有未处理的冲突')).toBeVisible()
    await b.sync.syncNow()
    await a.sync.syncNow()
    await expect(a.page.getByText('没有未处理的冲突')).toBeVisible()
    await expect(a.sync.indicator()).not.toContainText('冲突')
    expect(await phoneOf(a, '北京智诚科技有限公司')).toBe('010-62340002')
    expect(await phoneOf(b, '北京智诚科技有限公司')).toBe('010-62340002')

    // Deleted (停用) on A while B edits it: B restores it, and it is back on both with B's edit.
    await rename(share, `${share}-away`)
    await a.customers.open()
    await a.customers.openRow('上海浦江电气有限公司')
    await a.customers.archive()
    await b.customers.open()
    await b.customers.openRow('上海浦江电气有限公司')
    await b.customers.fill({ 地区: '上海浦东' })
    await b.customers.save()
    await rename(`${share}-away`, share)
    await a.sync.syncNow()
    await b.sync.syncNow()
    await a.sync.syncNow()
    await b.sync.openConflicts()
    const deleted = b.sync.conflictGroups().filter({ hasText: '上海浦江电气有限公司' })
    await expect(deleted).toContainText(
      /已在电脑 \w{6}停用（\d{4}-\d\d-\d\d \d\d:\d\d），但本机在同步之前修改了它/,
    )
    await b.customers.shot(`${docs}/sync-conflicts-deleted.png`)
    await deleted.getByRole('button', { name: '恢复记录' }).click()
    await expect(b.page.getByText('没有未处理的冲突')).toBeVisible()
    await b.sync.syncNow()
    await a.sync.syncNow()
    for (const pc of [a, b]) {
      await pc.customers.open()
      await expect(pc.customers.rows().filter({ hasText: '上海浦江电气有限公司' })).toContainText('上海浦东')
    }

    // The share disappears: A keeps its edit, says 共享文件夹离线, and sends it once the share is back.
    await rename(share, `${share}-away`)
    await setPhone(a, '北京智诚科技有限公司', '010-62340004')
    await a.sync.clickSyncNow()
    await expect(a.sync.label()).toHaveText('共享文件夹离线', { timeout: 30_000 })
    expect(await phoneOf(a, '北京智诚科技有限公司')).toBe('010-62340004')
    await a.customers.dismissNotices()
    await a.sync.indicator().click()
    await expect(a.page.getByTestId('sync-details')).toContainText('待发送的更改：1 项')
    await expect(a.page.getByTestId('sync-details')).toHaveCSS('opacity', '1')
    await a.page.screenshot({ path: `${docs}/sync-status-offline.png` })
    await a.page.keyboard.press('Escape')
    await rename(`${share}-away`, share)
    await a.sync.syncNow()
    await expect(a.sync.label()).toHaveText(/已同步/)
    await b.sync.syncNow()
    expect(await phoneOf(b, '北京智诚科技有限公司')).toBe('010-62340004')
  } finally {
    await a.page.context().close()
    await b.page.context().close()
    await a.host.close()
    await b.host.close()
    await rm(shareParent, { recursive: true, force: true })
  }
})
