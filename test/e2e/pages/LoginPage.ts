/** Page model: sign-in. */
import { expect, type Page } from '@playwright/test'

export class LoginPage {
  constructor(readonly page: Page) {}

  async signIn(account: string, password: string): Promise<void> {
    await this.page.getByLabel('登录账号').fill(account)
    await this.page.getByRole('textbox', { name: '密码', exact: true }).fill(password)
    await this.page.getByRole('button', { name: '登录' }).click()
  }

  async signInOk(account: string, password: string): Promise<void> {
    await this.signIn(account, password)
    await expect(this.page.getByRole('heading', { name: /您好/ })).toBeVisible()
  }

  passwordError() {
    return this.page.locator('.mantine-InputWrapper-error')
  }
}
