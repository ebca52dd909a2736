/** Page model: an archive's list and record pages (客户档案, 产品目录, …). */
import { expect, type Locator, type Page } from '@playwright/test'
import { closeNotices, shotWithoutNotices } from './notices'

/** A field's accessible name: its label, with " *" when required. */
function labelPattern(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}( \\*)?$`)
}

export type FieldValueInput = string | { select: string } | { check: boolean }

export class ArchivePage {
  constructor(
    readonly page: Page,
    /** The list's title, also its menu entry: 客户档案, 产品目录, … */
    readonly title: string,
  ) {}

  async open(): Promise<void> {
    await this.page.locator('.mantine-AppShell-navbar').getByText(this.title, { exact: true }).click()
    await expect(this.page.getByRole('heading', { name: this.title, exact: true })).toBeVisible()
  }

  rows(): Locator {
    return this.page.getByTestId('list-row')
  }

  searchBox(): Locator {
    return this.page.getByRole('textbox', { name: '搜索' })
  }

  async search(query: string): Promise<void> {
    await this.searchBox().fill(query)
  }

  async fill(fields: Record<string, FieldValueInput>, scope: Locator | Page = this.page): Promise<void> {
    for (const [label, value] of Object.entries(fields)) {
      if (typeof value === 'string') {
        const input = scope.getByLabel(labelPattern(label))
        await input.fill(value)
        // Date inputs parse the typed text on blur.
        await input.blur()
      } else if ('select' in value) {
        await scope.getByRole('combobox', { name: labelPattern(label) }).click()
        await this.page.getByRole('option', { name: value.select, exact: true }).click()
      } else {
        const box = scope.getByRole('switch', { name: label, exact: true })
        if ((await box.isChecked()) !== value.check) await box.click({ force: true })
      }
    }
  }

  async create(what: string, fields: Record<string, FieldValueInput>): Promise<void> {
    // The header's button (an empty list offers the same one again below).
    await this.page
      .getByRole('button', { name: `新建${what}` })
      .first()
      .click()
    await this.fill(fields)
    await this.save()
    await expect(this.page.getByRole('tab', { name: '变更记录' })).toBeVisible()
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存', exact: true }).click()
    await expect(this.page.getByText('已保存').first()).toBeVisible()
  }

  async backToList(): Promise<void> {
    await this.page.locator('.mantine-Breadcrumbs-root').getByText(this.title).click()
    await expect(this.page.getByRole('heading', { name: this.title, exact: true })).toBeVisible()
  }

  async openRow(name: string): Promise<void> {
    await this.rows().filter({ hasText: name }).first().click()
    await expect(this.page.getByRole('heading', { name, exact: true })).toBeVisible()
  }

  /** 停用 with its confirmation. */
  async archive(): Promise<void> {
    await this.dismissNotices()
    await this.page.getByRole('button', { name: '停用', exact: true }).click()
    await this.page.getByRole('dialog').getByRole('button', { name: '停用' }).click()
    await expect(this.page.getByText('已停用').first()).toBeVisible()
  }

  async restore(): Promise<void> {
    await this.dismissNotices()
    await this.page.getByRole('button', { name: '恢复', exact: true }).click()
    await expect(this.page.getByText('已恢复').first()).toBeVisible()
  }

  /** Closes the notifications: they may cover the toolbar. */
  async dismissNotices(): Promise<void> {
    await closeNotices(this.page)
  }

  /** A screenshot without notifications over it (for looking at and for the README). */
  async shot(path: string): Promise<void> {
    await shotWithoutNotices(this.page, path)
  }

  async showArchived(on: boolean): Promise<void> {
    await this.dismissNotices()
    const toggle = this.page.getByRole('switch', { name: '显示已停用' })
    if ((await toggle.isChecked()) !== on) await toggle.click({ force: true })
  }
}
