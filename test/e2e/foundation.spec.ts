/**
 * The foundation as a new user meets it: wizard → sign-in → settings →
 * audit log and its verification → tampering named → lockout → roles.
 */
import { expect, test } from './fixtures'
import { AppFramePage } from './pages/AppFramePage'
import { LoginPage } from './pages/LoginPage'
import { SetupPage } from './pages/SetupPage'
import { adminUser, clerkUser, company } from './pages/testData'

const shots = 'test-results/screens'

test('a new user sets up, signs in, changes settings that persist, and the audit log verifies and names tampering', async ({
  app: page,
}) => {
  const setup = new SetupPage(page)
  await expect(page.getByText('首次使用设置')).toBeVisible()

  // A wrong 统一社会信用代码 is refused at the field.
  await setup.fillCompany(company.badUscc)
  await setup.next()
  await expect(page.getByText('统一社会信用代码不正确')).toBeVisible()
  await page.screenshot({ path: `${shots}/wizard-company.png` })
  await page.getByLabel('统一社会信用代码').fill(company.uscc)
  await setup.next()
  await setup.fillAdmin()
  await page.screenshot({ path: `${shots}/wizard-admin.png` })
  await setup.next()
  await expect(page.getByText(company.name)).toBeVisible()
  await page.screenshot({ path: `${shots}/wizard-review.png` })
  await setup.finish()

  // A wrong password is refused at the field.
  const login = new LoginPage(page)
  await login.signIn(adminUser.account, 'wrong-password1')
  await expect(login.passwordError()).toContainText('账号或密码错误，还可尝试 4 次')
  await page.screenshot({ path: `${shots}/login-error.png` })
  await login.signInOk(adminUser.account, adminUser.password)
  // The first sign-in of the day backs up automatically; the backup due item then clears.
  await expect(page.getByText('目前没有到期或逾期的事项。')).toBeVisible()
  await page.screenshot({ path: `${shots}/dashboard.png` })

  // Change two settings.
  const frame = new AppFramePage(page)
  await frame.open('系统设置')
  await page.getByLabel('无操作自动锁屏（分钟）').fill('30')
  await page.getByLabel('超过多少天未备份时提醒（天）').fill('5')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('已保存')).toBeVisible()
  await page.screenshot({ path: `${shots}/settings.png` })

  // Reload: the session ends, the settings persist.
  await page.reload()
  await login.signInOk(adminUser.account, adminUser.password)
  await frame.open('系统设置')
  await expect(page.getByLabel('无操作自动锁屏（分钟）')).toHaveValue('30')
  await expect(page.getByLabel('超过多少天未备份时提醒（天）')).toHaveValue('5')

  // The audit log lists both changes and verifies.
  await frame.open('操作日志')
  const log = page.getByTestId('audit-table')
  await expect(log).toContainText('无操作自动锁屏（分钟）：30')
  await expect(log).toContainText('超过多少天未备份时提醒（天）：5')
  await page.getByRole('button', { name: '校验日志完整性' }).click()
  await expect(page.getByTestId('audit-verify-result')).toContainText('校验通过')
  await page.screenshot({ path: `${shots}/audit-log.png`, fullPage: true })

  // Someone edits an audit entry directly in IndexedDB: verification names it.
  const tampered = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('commerce-desk')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const store = db.transaction('_audit', 'readwrite').objectStore('_audit')
    const all = await new Promise<{ id: string; seq: number; actorName: string; table: string }[]>(
      (resolve) => {
        const req = store.getAll()
        req.onsuccess = () => resolve(req.result)
      },
    )
    const victim = all.find((e) => e.table === 'settings')!
    victim.actorName = '某人'
    await new Promise((resolve) => {
      store.put(victim).onsuccess = resolve
    })
    db.close()
    return { id: victim.id, seq: victim.seq }
  })
  await page.getByRole('button', { name: '校验日志完整性' }).click()
  const result = page.getByTestId('audit-verify-result')
  await expect(result).toContainText('发现')
  await expect(result).toContainText(`第 ${tampered.seq} 条（${tampered.id}）内容与其哈希不符`)
  await page.screenshot({ path: `${shots}/audit-tampered.png`, fullPage: true })
})

test('five wrong passwords lock the account, and a clerk cannot open user management', async ({
  app: page,
}) => {
  await new SetupPage(page).complete()
  const login = new LoginPage(page)
  await login.signInOk(adminUser.account, adminUser.password)

  // The administrator creates a clerk.
  const frame = new AppFramePage(page)
  await frame.open('用户与权限')
  await page.getByRole('button', { name: '新建用户' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('登录账号').fill(clerkUser.account)
  await dialog.getByLabel('姓名').fill(clerkUser.name)
  await dialog.getByRole('textbox', { name: '密码', exact: true }).fill(clerkUser.password)
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('cell', { name: clerkUser.account, exact: true })).toBeVisible()
  await page.screenshot({ path: `${shots}/users.png` })
  await frame.signOut()

  // The clerk sees no user management, and the route does not exist for them.
  await login.signInOk(clerkUser.account, clerkUser.password)
  await expect(frame.nav()).toContainText('工作台')
  await expect(frame.nav()).not.toContainText('用户与权限')
  await page.evaluate(() => {
    window.location.hash = '#/users'
  })
  await expect(page.getByRole('heading', { name: /您好/ })).toBeVisible()
  await expect(page.getByRole('button', { name: '新建用户' })).toHaveCount(0)
  await frame.signOut()

  // Five failures lock the account, even for the right password.
  for (let i = 4; i >= 1; i--) {
    await login.signIn(clerkUser.account, 'not-the-password1')
    await expect(login.passwordError()).toContainText(`还可尝试 ${i} 次`)
  }
  await login.signIn(clerkUser.account, 'not-the-password1')
  await expect(login.passwordError()).toContainText('账号已锁定')
  await login.signIn(clerkUser.account, clerkUser.password)
  await expect(login.passwordError()).toContainText('账号已锁定')
  await page.screenshot({ path: `${shots}/login-locked.png` })
})

test('an administrator backs up on demand and restores a verified backup', async ({ app: page }) => {
  await new SetupPage(page).complete()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  const frame = new AppFramePage(page)
  await frame.open('备份与恢复')
  // The first sign-in of the day has already made the automatic backup.
  const rows = page.getByTestId('backup-table').locator('tbody tr')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('自动')
  await page.getByRole('button', { name: '立即备份' }).click()
  await expect(rows).toHaveCount(2)
  await expect(rows.first()).toContainText('手动')
  await page.screenshot({ path: `${shots}/backup.png` })

  // Change a setting after the backup, then restore: the change is gone.
  await frame.open('系统设置')
  await page.getByLabel('无操作自动锁屏（分钟）').fill('45')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('已保存')).toBeVisible()
  await frame.open('备份与恢复')
  await rows.nth(0).getByRole('button', { name: '恢复' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '恢复' }).click()
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  await frame.open('系统设置')
  await expect(page.getByLabel('无操作自动锁屏（分钟）')).toHaveValue('15')
})
