/**
 * The customer list as a clerk meets it, driven through the real UI in
 * Chromium and timed in the page by bench/browser/probe.ts:
 * - `list.first_render_ms`: fresh page load, sign in, let the dashboard
 *   settle, click 客户档案, until the first row is on screen;
 * - `search.keystroke.*`: queries typed one key at a time into 搜索, each key
 *   timed until the list shows its result (see probe.ts).
 */
import type { Page } from 'playwright-core'
import type { FirstRow, Keystroke } from '../browser/probe'
import { menuEntry, signIn } from '../app/session'
import { settleCpu } from '../app/settle'

/** Pinyin initials and full pinyin, Chinese, phone and code digits: what clerks type. */
export const SEARCH_QUERIES = [
  'bjkj',
  '北京',
  '138',
  'zhicheng',
  'youxian',
  'gs',
  'shanghai',
  'hzjd',
  '0571',
  'huayuan',
  'gfyx',
  'szzn',
  '杭州恒信',
] as const

/** How long without a React commit counts as "done". */
const QUIET_MS = 250

/**
 * A fresh page load at 工作台 (not a reload: at #/customers the list would
 * mount for a moment at sign-in and start reading the table), sign in, and
 * wait until the dashboard shows its due items, nothing renders any more and
 * the CPU is idle. Returns ms from the sign-in click to the due items.
 */
export async function freshSignedIn(page: Page): Promise<number> {
  const origin = new URL(page.url()).origin
  await page.goto('about:blank')
  await page.goto(`${origin}/`)
  const t0 = performance.now()
  await signIn(page)
  await page
    .getByTestId('due-items')
    .or(page.getByText('目前没有到期或逾期的事项。'))
    .waitFor({ timeout: 300_000 })
  const dashboardMs = performance.now() - t0
  await page.evaluate((ms) => window.deskProbe.quiet(ms), 1000)
  await settleCpu()
  return dashboardMs
}

export interface FirstRender extends FirstRow {
  /** Sign-in click → the dashboard's due items shown (Node clock). */
  dashboardMs: number
}

export async function firstRender(page: Page, title: string): Promise<FirstRender> {
  const dashboardMs = await freshSignedIn(page)
  await page.evaluate(() => window.deskProbe.armFirstRow())
  await menuEntry(page, title).click()
  return { ...(await page.evaluate(() => window.deskProbe.firstRowDone())), dashboardMs }
}

export interface TypedKey extends Keystroke {
  query: string
  /** The query text after this key ('' after clearing). */
  text: string
}

async function timedKey(page: Page, press: () => Promise<void>): Promise<Keystroke> {
  await page.evaluate(() => window.deskProbe.armKey())
  await press()
  return page.evaluate((ms) => window.deskProbe.keyDone(ms), QUIET_MS)
}

/** Types each query one character at a time, then clears the box (select all, Backspace). */
export async function typeQueries(
  page: Page,
  queries: readonly string[],
): Promise<{ typed: TypedKey[]; cleared: TypedKey[] }> {
  const box = page.getByRole('textbox', { name: '搜索' })
  await box.click()
  await page.evaluate((ms) => window.deskProbe.quiet(ms), QUIET_MS)
  await settleCpu()
  const typed: TypedKey[] = []
  const cleared: TypedKey[] = []
  for (const query of queries) {
    const chars = [...query]
    for (let i = 0; i < chars.length; i++) {
      const key = await timedKey(page, () => page.keyboard.type(chars[i]))
      typed.push({ ...key, query, text: chars.slice(0, i + 1).join('') })
    }
    await page.keyboard.press('ControlOrMeta+A')
    const key = await timedKey(page, () => page.keyboard.press('Backspace'))
    cleared.push({ ...key, query, text: '' })
  }
  return { typed, cleared }
}
