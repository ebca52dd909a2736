/**
 * 数据不一致 (SYNC.md `stateDigest`): two PCs caught up with each other, then
 * a customer changed in B's IndexedDB behind the app. Both PCs' headers say
 * 数据不一致 and the 同步冲突 page names the table and the customer; an
 * administrator on B rebuilds it from the share, the customer comes back as
 * the share has it, and the alarm clears on both.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { type Pc, openPc, phoneOf, userB } from './pages/SyncPcs'
import { adminUser } from './pages/testData'

const docs = 'docs/screens'
const NAME = '北京智诚科技有限公司'

/** Changes a customer's phone straight in the page's IndexedDB: no op, no log, the row's hash left stale. */
async function corruptBehindApp(page: Page, name: string, phone: string): Promise<void> {
  await page.evaluate(
    async ({ name, phone }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('commerce-desk')
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(open.error)
      })
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('customers', 'readwrite')
        const store = tx.objectStore('customers')
        const all = store.getAll()
        all.onsuccess = () => {
          const row = (all.result as { name: string }[]).find((r) => r.name === name)
          store.put({ ...row, phone })
        }
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
      db.close()
    },
    { name, phone },
  )
}

const badge = (pc: Pc) => pc.page.getByTestId('sync-divergence')

test('数据不一致 shows on both PCs, naming the customer; 从共享重建本机数据 on B clears it', async ({
  browser,
}) => {
  test.setTimeout(300_000)
  const shareParent = await mkdtemp(join(tmpdir(), 'commerce-desk-share-'))
  const share = join(shareParent, '商务部')
  await mkdir(share)
  const a = await openPc(browser, adminUser)
  const b = await openPc(browser, userB)
  try {
    await a.customers.open()
    await a.customers.create('客户', { 客户名称: NAME, 电话: '010-62345678' })
    await a.sync.connect(share, '新建共享')
    await b.sync.connect(share, '加入共享')
    // Caught up both ways, each having read the other's status.
    await a.sync.syncNow()
    await b.sync.syncNow()
    await a.sync.syncNow()
    expect(await phoneOf(b, NAME)).toBe('010-62345678')
    await expect(badge(a)).toHaveCount(0)

    await corruptBehindApp(b.page, NAME, '000-00000000')
    await b.sync.syncNow()
    await a.sync.syncNow()
    await b.sync.syncNow()
    for (const pc of [a, b]) {
      await expect(badge(pc)).toHaveText('数据不一致')
      await pc.sync.openConflicts()
      const alert = pc.page.getByTestId('divergence')
      await expect(alert.getByTestId('divergence-table')).toContainText('客户档案')
      await expect(alert.getByTestId('divergence-table')).toContainText(NAME)
    }
    await b.page.setViewportSize({ width: 1366, height: 768 })
    await b.page.mouse.move(0, 0)
    await b.page.screenshot({ path: `${docs}/sync-divergence.png` })

    await b.page.getByRole('button', { name: '从共享重建本机数据' }).click()
    const dialog = b.page.getByRole('dialog')
    await expect(dialog).toContainText('本机的全部记录')
    // The modal has faded in (a picture mid-transition shows it half there).
    await expect(dialog).toHaveCSS('opacity', '1')
    await expect(b.page.locator('.mantine-Modal-overlay')).toHaveCSS('opacity', '1')
    await b.page.screenshot({ path: `${docs}/sync-rebuild.png` })
    await dialog.getByRole('button', { name: '重建' }).click()
    await expect(b.page.getByText(/已从共享重建本机数据/)).toBeVisible()
    await expect(b.page.getByTestId('divergence')).toHaveCount(0)
    expect(await phoneOf(b, NAME)).toBe('010-62345678')

    await b.sync.syncNow()
    await a.sync.syncNow()
    for (const pc of [a, b]) await expect(badge(pc)).toHaveCount(0)
  } finally {
    for (const pc of [a, b]) {
      await pc.page.context().close()
      await pc.host.close()
    }
    await rm(shareParent, { recursive: true, force: true })
  }
})
