/** Idle lock and per-user language, as a signed-in user meets them. */
import { expect, test } from './fixtures'
import { AppFramePage } from './pages/AppFramePage'
import { LoginPage } from './pages/LoginPage'
import { SetupPage } from './pages/SetupPage'
import { adminUser } from './pages/testData'

test('the screen locks after the idle minutes and unlocks only with the right password', async ({
  app: page,
}) => {
  await new SetupPage(page).complete()
  await page.clock.install()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  await page.mouse.move(200, 200)
  // Default setting: 15 minutes without keyboard or mouse.
  await page.clock.fastForward('14:00')
  await expect(page.getByText('屏幕已锁定')).toHaveCount(0)
  await page.clock.fastForward('01:30')
  const lock = page.getByRole('dialog', { name: '屏幕已锁定' })
  await expect(lock).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/idle-lock.png' })
  await lock.getByRole('textbox', { name: '密码' }).fill('wrong-password1')
  await lock.getByRole('button', { name: '解锁' }).click()
  await expect(lock).toContainText('账号或密码错误')
  await lock.getByRole('textbox', { name: '密码' }).fill(adminUser.password)
  await lock.getByRole('button', { name: '解锁' }).click()
  await expect(lock).toHaveCount(0)
  await expect(page.getByRole('heading', { name: /您好/ })).toBeVisible()
})

test('a user switches the interface to English and it stays English at the next sign-in', async ({
  app: page,
}) => {
  await new SetupPage(page).complete()
  const login = new LoginPage(page)
  await login.signInOk(adminUser.account, adminUser.password)
  await new AppFramePage(page).open('系统设置')
  await page.getByRole('tab', { name: '语言' }).click()
  await page.getByText('English', { exact: true }).click()
  await expect(page.locator('.mantine-AppShell-navbar')).toContainText('Dashboard')
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible()
  await page.reload()
  await login.signIn(adminUser.account, adminUser.password)
  await expect(page.getByRole('heading', { name: /Hello/ })).toBeVisible()
  await expect(page.locator('.mantine-AppShell-navbar')).toContainText('Audit log')
})
