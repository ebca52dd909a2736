/** Page model: the set-up wizard's 加入已有共享文件夹. */
import { expect, type Locator, type Page } from '@playwright/test'

export class JoinSharePage {
  constructor(readonly page: Page) {}

  /** From the wizard's first page. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: '加入已有共享文件夹' }).click()
    await expect(this.page.getByRole('heading', { name: '加入已有共享文件夹' })).toBeVisible()
  }

  folder(): Locator {
    return this.page.getByRole('textbox', { name: '共享文件夹路径' })
  }

  /** The sentence at the folder field. */
  fieldError(): Locator {
    return this.page.locator('.mantine-TextInput-error')
  }

  /** Types the folder and presses 加入并取回数据 (重试 after a refusal). */
  async join(root: string): Promise<void> {
    await this.folder().fill(root)
    await this.page.getByRole('button', { name: /^(加入并取回数据|重试)$/ }).click()
  }

  /** The first sync's bar and its counts, while it runs. */
  progress(): Locator {
    return this.page.getByTestId('join-progress')
  }

  /** The first sync is over: the bar, what arrived, 去登录. */
  done(): Locator {
    return this.page.getByTestId('join-done')
  }

  async toSignIn(): Promise<void> {
    await this.page.getByRole('button', { name: '去登录' }).click()
    await expect(this.page.getByRole('button', { name: '登录' })).toBeVisible()
  }
}
