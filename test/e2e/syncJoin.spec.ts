/**
 * The second PC joins from the first start (issue 15, item 1): PC A sets up
 * and creates the share; PC B chooses 加入已有共享文件夹 on the wizard's
 * first page, is refused a folder that is no share, one that cannot be
 * reached and one of a newer format, each with its reason at the field,
 * then joins the share: the bar counts what it applies, nothing is created
 * on B, and A's administrator signs in there, finds A's customer, edits it,
 * and the edit reaches A.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page, Route } from '@playwright/test'
import { createTestHost } from '../harness/createTestHost'
import { expect, test } from './fixtures'
import { ArchivePage } from './pages/ArchivePage'
import { JoinSharePage } from './pages/JoinSharePage'
import { LoginPage } from './pages/LoginPage'
import { type Pc, openPc, phoneOf, setPhone } from './pages/SyncPcs'
import { SyncPage } from './pages/SyncPage'
import { adminUser } from './pages/testData'

const docs = 'docs/screens'

/**
 * Holds the page's share reads of a path ending in `ending` until released
 * (the test host's IPC is HTTP); every other read goes straight through.
 */
async function holdRead(page: Page, ending: string): Promise<{ release(): void }> {
  let open!: () => void
  const held = new Promise<void>((resolve) => (open = resolve))
  await page.route('**/__ipc/share/read', async (route: Route) => {
    if ((route.request().postData() ?? '').includes(ending)) await held
    await route.continue()
  })
  return { release: () => open() }
}

const viewport = { width: 1366, height: 768 }
const customer = '北京智诚科技有限公司'

test('a second PC joins the share from the wizard’s first page, signs in with the first PC’s account, and its edit reaches the first PC', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const tmp = await mkdtemp(join(tmpdir(), 'commerce-desk-join-'))
  const share = join(tmp, '商务部')
  const notAShare = join(tmp, '空文件夹')
  const newer = join(tmp, '新版共享')
  await Promise.all([mkdir(share), mkdir(notAShare), mkdir(join(newer, 'AppSync'), { recursive: true })])
  await writeFile(
    join(newer, 'AppSync', 'FORMAT.json'),
    JSON.stringify({
      shareId: '123e4567-e89b-42d3-a456-426614174000',
      formatVersion: 99,
      minAppVersion: '9.0.0',
      createdAt: '2030-01-01T00:00:00.000Z',
    }),
  )
  const a = await openPc(browser, adminUser)
  const host = await createTestHost()
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  const b: Pc = { host, page, sync: new SyncPage(page), customers: new ArchivePage(page, '客户档案') }
  try {
    await a.customers.open()
    await a.customers.create('客户', { 客户名称: customer, 电话: '010-62345678' })
    await a.sync.connect(share, '新建共享')
    // A second change file: one more customer after the share was made.
    await a.customers.open()
    await a.customers.create('客户', { 客户名称: '上海浦江电气有限公司', 地区: '上海' })
    await a.sync.syncNow()

    // PC B: the wizard's first page offers to join.
    await page.goto(host.url)
    await expect(page.getByText('首次使用设置')).toBeVisible()
    await page.screenshot({ path: `${docs}/setup-join-offer.png` })
    const wizard = new JoinSharePage(page)
    await wizard.open()

    // Refused, each with its reason at the field.
    await wizard.join(notAShare)
    await expect(wizard.fieldError()).toHaveText(new RegExp(`^没有找到共享：“${notAShare}”`))
    await expect(page.getByTestId('probe-result')).toContainText('不是共享文件夹')
    await page.mouse.move(0, 0)
    await page.screenshot({ path: `${docs}/setup-join-refused.png` })
    await wizard.join(join(tmp, '不存在'))
    await expect(wizard.fieldError()).toHaveText(/^共享文件夹无法访问：/)
    await wizard.join(newer)
    await expect(wizard.fieldError()).toHaveText(/^请先升级本程序：该共享文件夹是第 99 版格式/)

    // The share: everything comes from it.
    await wizard.folder().fill(share)
    await page.screenshot({ path: `${docs}/setup-join.png` })
    // A's second change file is held on its way, so the bar is seen halfway.
    const second = await holdRead(page, 'seg/000000000002.jsonl')
    await wizard.join(share)
    await expect(wizard.progress()).toContainText(/正在取回其他电脑的数据：已应用 1 \/ \d+ 个更改文件/)
    await page.mouse.move(0, 0)
    await page.screenshot({ path: `${docs}/setup-join-progress.png` })
    second.release()
    await expect(wizard.done()).toContainText(/已应用 (\d+) \/ \1 个更改文件/)
    await expect(wizard.done()).toContainText('公司信息、1 位用户、2 条记录')
    await page.screenshot({ path: `${docs}/setup-join-done.png` })
    await wizard.toSignIn()

    // A's administrator signs in on B: no account was made here.
    await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
    await b.customers.open()
    await expect(b.customers.rows().filter({ hasText: customer })).toContainText('010-62345678')

    // B's edit goes to the share and reaches A.
    await setPhone(b, customer, '010-62340001')
    await b.sync.syncNow()
    await expect(b.sync.label()).toHaveText(/已同步/)
    await a.sync.syncNow()
    expect(await phoneOf(a, customer)).toBe('010-62340001')
  } finally {
    await a.page.context().close()
    await context.close()
    await a.host.close()
    await host.close()
    await rm(tmp, { recursive: true, force: true })
  }
})
