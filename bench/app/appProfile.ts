/**
 * The built app (out/renderer on a test host, main's services behind its
 * HTTP bridge) in a persistent Chromium profile, so IndexedDB is on disk as
 * in the desktop app, with the probe loaded before the app's own scripts.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { type TestHost, createTestHost } from '../../test/harness/createTestHost'
import type { BrowserScripts } from '../browser/bundle'
import { chromiumOptions } from '../browser/launch'

export interface AppProfile {
  host: TestHost
  context: BrowserContext
  page: Page
  close(): Promise<void>
}

/** `before`: more init scripts, run before the app (after the probe). */
export async function openAppProfile(
  scripts: BrowserScripts,
  rendererDir: string,
  before: (context: BrowserContext) => Promise<void> = async () => undefined,
): Promise<AppProfile> {
  const host = await createTestHost({ rendererDir })
  const profileDir = await mkdtemp(join(tmpdir(), 'desk-bench-profile-'))
  const context = await chromium.launchPersistentContext(profileDir, {
    ...chromiumOptions,
    // The bench script is injected inline; the app's CSP would refuse it.
    bypassCSP: true,
    viewport: { width: 1440, height: 900 },
  })
  await context.addInitScript({ path: scripts.probe })
  await before(context)
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(host.url)
  return {
    host,
    context,
    page,
    close: async () => {
      await context.close()
      await host.close()
      await rm(profileDir, { recursive: true, force: true })
    },
  }
}
