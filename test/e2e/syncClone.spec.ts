/**
 * A cloned PC (SYNC.md "Device identity"): PC A's disk is copied to PC B —
 * its data folder with the share setting, and its IndexedDB with A's device
 * id. Both go on working; the one that finds the other's changes published
 * under its id takes a new device id by itself, says so in the header's
 * popover, and every change of both reaches both.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { clonePc, openPc, phoneOf, setPhone } from './pages/SyncPcs'
import { adminUser } from './pages/testData'

test('a cloned PC takes a new device id by itself and keeps the changes of both', async ({ browser }) => {
  test.setTimeout(240_000)
  const shareParent = await mkdtemp(join(tmpdir(), 'commerce-desk-share-'))
  const share = join(shareParent, '商务部')
  await mkdir(share)
  const a = await openPc(browser, adminUser)
  const pcs = [a]
  try {
    await a.customers.open()
    await a.customers.create('客户', { 客户名称: '北京智诚科技有限公司', 电话: '010-62345678' })
    await a.sync.connect(share, '新建共享')
    const deviceIdOf = async (pc: typeof a) => {
      await pc.sync.openShareTab()
      const current = pc.page.getByTestId('share-current')
      // The id shows once the device row is read.
      await expect(current).toContainText(/本机标识：\w{26}/)
      const text = (await current.textContent()) ?? ''
      return /本机标识：(\w+)/.exec(text)?.[1]
    }
    const original = await deviceIdOf(a)
    expect(original).toBeTruthy()

    const b = await clonePc(browser, a, adminUser)
    pcs.push(b)
    expect(await deviceIdOf(b)).toBe(original)

    // Both go on working under one id. B published its sign-in already
    // (its first cycle), so A is the one that meets the other's segment
    // and moves; whichever PC meets it does the same.
    await setPhone(a, '北京智诚科技有限公司', '010-62340001')
    await a.sync.syncNow()
    await b.customers.open()
    await b.customers.openRow('北京智诚科技有限公司')
    await b.customers.fill({ 地区: '北京海淀' })
    await b.customers.save()
    await b.sync.syncNow()

    // Exactly one of the two now has an id of its own.
    let ids: (string | undefined)[] = []
    await expect
      .poll(async () => {
        ids = [await deviceIdOf(a), await deviceIdOf(b)]
        return ids.filter((id) => id === original).length
      })
      .toBe(1)
    const mover = ids[0] === original ? b : a
    await mover.sync.indicator().click()
    const notice = mover.page.getByTestId('sync-new-identity')
    await expect(notice).toContainText('本机已自动改用新的本机标识')
    await expect(notice).toContainText(original as string)
    await expect(mover.page.getByTestId('sync-details')).toHaveCSS('opacity', '1')
    await mover.page.screenshot({ path: 'docs/screens/sync-new-identity.png' })
    await mover.page.keyboard.press('Escape')

    await a.sync.syncNow()
    for (const pc of [a, b]) {
      expect(await phoneOf(pc, '北京智诚科技有限公司')).toBe('010-62340001')
      await expect(pc.page.getByLabel(/^地区( \*)?$/)).toHaveValue('北京海淀')
    }
    await a.sync.openConflicts()
    await expect(a.page.getByText('没有未处理的冲突')).toBeVisible()
  } finally {
    for (const pc of pcs) {
      await pc.page.context().close()
      await pc.host.close()
    }
    await rm(shareParent, { recursive: true, force: true })
  }
})
