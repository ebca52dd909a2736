/** Page model: 用户与权限, as the administrator creates the department's accounts. */
import { expect, type Page } from '@playwright/test'
import { AppFramePage } from './AppFramePage'
import { LoginPage } from './LoginPage'

export interface UserInput {
  account: string
  name: string
  password: string
}

/** The form's default role. */
const DEFAULT_ROLE = '商务专员'

/** Creates a user; with `role` it replaces the default role (商务专员) with that one. */
export async function createUser(page: Page, user: UserInput, role?: string): Promise<void> {
  await page.getByRole('button', { name: '新建用户' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('登录账号').fill(user.account)
  await dialog.getByLabel('姓名').fill(user.name)
  await dialog.getByRole('textbox', { name: '密码', exact: true }).fill(user.password)
  if (role && role !== DEFAULT_ROLE) {
    const roles = dialog.getByRole('combobox', { name: '角色' })
    await roles.click({ force: true })
    // Backspace in the empty box takes the default role away.
    await roles.press('Backspace')
    await page.getByRole('option', { name: role, exact: true }).click()
    await roles.press('Escape')
  }
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('cell', { name: user.account, exact: true })).toBeVisible()
}

/** Signs the current user out and another in (one PC handed from desk to desk). */
export async function switchUser(page: Page, user: { account: string; password: string }): Promise<void> {
  await new AppFramePage(page).signOut()
  await new LoginPage(page).signInOk(user.account, user.password)
}
