import { expect, type Page } from '@playwright/test'

// Notifications close on their own after seconds. A flow never waits them out
// (a busy machine stretches every wait): it closes them, or leaves them out of
// the picture.

const NOTICE = '.mantine-Notification-root'

/** Closes every notice showing (a notice may still arrive while closing): for when they cover a control. */
export async function closeNotices(page: Page): Promise<void> {
  const notices = page.locator(NOTICE)
  await expect(async () => {
    // One at a time from the top: a notice may close itself between counting and clicking.
    for (let tries = 0; tries < 12 && (await notices.count()) > 0; tries++)
      await notices.first().getByRole('button').first().click({ timeout: 1000 })
    await expect(notices).toHaveCount(0, { timeout: 1000 })
  }).toPass({ timeout: 15_000 })
}

/** Screenshot options that keep the notices out of the picture without waiting for them. */
export const withoutNotices = { style: `${NOTICE} { visibility: hidden !important; }` } as const

/** A picture of what the page shows, notices left out. */
export async function shotWithoutNotices(page: Page, path: string, fullPage = false): Promise<void> {
  // The pointer off every control: no hover highlight in the picture.
  await page.mouse.move(5, 760)
  await page.screenshot({ path, fullPage, ...withoutNotices })
}
