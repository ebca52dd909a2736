/**
 * Duplicates that still appear after merge (issue 15, item 3): two PCs set
 * up apart each made a contract numbered from the same block and a customer
 * with the same 统一社会信用代码. Once they share a folder, both PCs list
 * both pairs side by side on 重复编号与档案 and warn on each record's page;
 * nothing is merged by itself. On B the contract is given a new number from
 * B's block and the customers are merged (B's kept, A's 停用): after a sync
 * neither PC flags anything, and both hold both contracts, numbered apart.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { DuplicatesPage } from './pages/DuplicatesPage'
import type { SeededDeal } from './pages/duplicateSeeds'
import { runInPage } from './pages/pageBundle'
import { type Pc, openPc, userB } from './pages/SyncPcs'
import { adminUser } from './pages/testData'
import { switchUser } from './pages/UsersPage'

const docs = 'docs/screens'
const USCC = '91350100M000100Y43'

const clerkA = { account: 'lixiao', name: '李晓', password: 'Clerk2026a' }
const clerkB = { account: 'zhoumin', name: '周敏', password: 'Clerk2026b' }

type Deal = { clerk: typeof clerkA; customer: string; title: string; number?: string }
const seed = (pc: Pc, arg: Deal) =>
  runInPage<Deal & { uscc: string }, SeededDeal>(pc.page, 'duplicateSeeds', 'seedDeal', {
    ...arg,
    uscc: USCC,
  })

test('a contract number and a credit code made on two PCs are flagged on both and settled on one', async ({
  browser,
}) => {
  test.setTimeout(300_000)
  const shareParent = await mkdtemp(join(tmpdir(), 'commerce-desk-share-'))
  const share = join(shareParent, '商务部')
  await mkdir(share)
  const a = await openPc(browser, adminUser)
  const b = await openPc(browser, userB)
  try {
    for (const pc of [a, b]) await pc.page.setViewportSize({ width: 1366, height: 768 })
    // Set up apart, before they share a folder: B was given A's block, so its contract got A's number.
    const onA = await seed(a, { clerk: clerkA, customer: '北京智诚科技有限公司', title: '开关柜采购合同' })
    const onB = await seed(b, {
      clerk: clerkB,
      customer: '北京智诚科技',
      title: '配电柜采购合同',
      number: onA.number,
    })
    expect(onB.number).toBe(onA.number)
    await a.sync.connect(share, '新建共享')
    await b.sync.connect(share, '加入共享')
    await a.sync.syncNow()
    await b.sync.syncNow()

    for (const pc of [a, b]) {
      const dups = new DuplicatesPage(pc.page)
      await dups.open()
      await expect(dups.groups()).toHaveCount(2)
      const contracts = dups.group(`编号相同：${onA.number}`)
      await expect(contracts).toContainText('开关柜采购合同')
      await expect(contracts).toContainText('配电柜采购合同')
      await expect(contracts).toContainText('本机建立')
      await expect(dups.group(`统一社会信用代码相同：${USCC}`)).toContainText('北京智诚科技有限公司')
      await expect(pc.sync.indicator()).toContainText('2 处重复')
    }

    // B's clerk, who may edit contracts and archives, sees both pairs and may settle them.
    await switchUser(b.page, clerkB)
    const dupsB = new DuplicatesPage(b.page)
    await dupsB.open()
    await expect(dupsB.groups()).toHaveCount(2)
    await expect(b.sync.label()).not.toHaveText(/同步中/)
    await b.customers.shot(`${docs}/sync-duplicates.png`)
    // Each contract's page says so too.
    await b.page.evaluate((hash) => {
      window.location.hash = hash
    }, `#/contracts/${onB.contractId}`)
    await expect(dupsB.warning()).toContainText(`编号“${onA.number}”与电脑 `)
    await expect(dupsB.warning()).toContainText('建立的销售合同「开关柜采购合同」相同')
    await expect(b.sync.label()).not.toHaveText(/同步中/)
    await b.customers.shot(`${docs}/sync-duplicate-warning.png`)

    // On B: B's contract takes a new number; B's customer is kept, A's 停用.
    await dupsB.warning().getByRole('button', { name: '去处理' }).click()
    await dupsB.actionsFor(onB.contractId).getByRole('button', { name: '改用新编号' }).click()
    await expect(b.page.getByText(/已改为新编号/)).toBeVisible()
    await dupsB.actionsFor(onB.customerId).getByRole('button', { name: '保留此条，停用其他' }).click()
    await b.page.getByRole('dialog').getByRole('button', { name: '保留此条，停用其他' }).click()
    await expect(dupsB.none()).toBeVisible()
    await b.sync.syncNow()
    await a.sync.syncNow()

    const dupsA = new DuplicatesPage(a.page)
    await dupsA.open()
    await expect(dupsA.none()).toBeVisible()
    await expect(a.sync.indicator()).not.toContainText('重复')
    for (const pc of [a, b]) {
      const numbers = await runInPage<string[], string[]>(pc.page, 'duplicateSeeds', 'contractNumbers', [
        onA.contractId,
        onB.contractId,
      ])
      expect(numbers[0]).toBe(onA.number)
      expect(numbers[1]).not.toBe(onA.number)
      expect(numbers[1]).toMatch(/^HT-\d{6}-\d{4}$/)
    }
    await a.customers.open()
    await expect(a.customers.rows().filter({ hasText: '北京智诚科技有限公司' })).toHaveCount(0)
    await expect(a.customers.rows().filter({ hasText: '北京智诚科技' })).toHaveCount(1)
  } finally {
    await a.page.context().close()
    await b.page.context().close()
    await a.host.close()
    await b.host.close()
    await rm(shareParent, { recursive: true, force: true })
  }
})
