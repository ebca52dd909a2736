/** Page model: PCs for the sync specs, each a test host and a browser context of its own (its own IndexedDB, as on another PC). */
import { cp, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { type TestHost, createTestHost } from '../../harness/createTestHost'
import { ArchivePage } from './ArchivePage'
import { LoginPage } from './LoginPage'
import { SetupPage } from './SetupPage'
import { SyncPage } from './SyncPage'
import { company } from './testData'

/** PC B's own administrator: the second PC is set up by another person. */
export const userB = { account: 'zhaoli', name: '赵丽', password: 'Zhaoli2026b' }

export interface Pc {
  host: TestHost
  page: Page
  sync: SyncPage
  customers: ArchivePage
}

export async function openPc(
  browser: Browser,
  user: { account: string; name: string; password: string },
): Promise<Pc> {
  const host = await createTestHost()
  // Its own context: its own IndexedDB, as on a second PC.
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(host.url)
  const setup = new SetupPage(page)
  await setup.fillCompany(company.uscc)
  await setup.next()
  await page.getByLabel('登录账号').fill(user.account)
  await page.getByLabel('姓名').fill(user.name)
  await page.getByRole('textbox', { name: '密码', exact: true }).fill(user.password)
  await page.getByLabel('确认密码').fill(user.password)
  await setup.next()
  await setup.finish()
  await new LoginPage(page).signInOk(user.account, user.password)
  return { host, page, sync: new SyncPage(page), customers: new ArchivePage(page, '客户档案') }
}

export async function phoneOf(pc: Pc, customer: string): Promise<string> {
  await pc.customers.open()
  await pc.customers.openRow(customer)
  return pc.page.getByLabel(/^电话( \*)?$/).inputValue()
}

export async function setPhone(pc: Pc, customer: string, phone: string): Promise<void> {
  await pc.customers.open()
  await pc.customers.openRow(customer)
  await pc.customers.fill({ 电话: phone })
  await pc.customers.save()
}

/**
 * A copy of `pc` on another PC: its data folder (with the share setting)
 * and its browser profile's IndexedDB copied over, as when a PC's disk is
 * cloned. The copy signs in as `user`, who exists on the original.
 */
export async function clonePc(
  browser: Browser,
  pc: Pc,
  user: { account: string; password: string },
): Promise<Pc> {
  const state = await pc.page.context().storageState({ indexedDB: true })
  const dataDir = await mkdtemp(join(tmpdir(), 'commerce-desk-clone-'))
  await cp(pc.host.dataDir, dataDir, { recursive: true })
  const host = await createTestHost({ dataDir })
  // IndexedDB belongs to an origin: the copy's host listens on another port.
  const from = new URL(pc.host.url).origin
  const to = new URL(host.url).origin
  const origins = state.origins.map((o) => (o.origin === from ? { ...o, origin: to } : o))
  const context = await browser.newContext({ storageState: { ...state, origins } })
  const page = await context.newPage()
  await page.goto(host.url)
  await new LoginPage(page).signInOk(user.account, user.password)
  return { host, page, sync: new SyncPage(page), customers: new ArchivePage(page, '客户档案') }
}
