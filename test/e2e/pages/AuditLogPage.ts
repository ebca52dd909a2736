/** Page model: 操作日志, one row per user action, and a record's 变更记录. */
import { expect, type Locator, type Page } from '@playwright/test'
import { shotWithoutNotices } from './notices'
import { AppFramePage } from './AppFramePage'

/** A ULID: a record's id, which no reader should meet. */
export const ULID = /[0-9A-HJKMNP-TV-Z]{26}/
/** A stored ISO time (2026-12-08T06:30:00.000Z) rather than a time as people write it. */
export const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

export class AuditLogPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await new AppFramePage(this.page).open('操作日志')
    await expect(this.table()).toBeVisible()
  }

  table(): Locator {
    return this.page.getByTestId('audit-table')
  }

  rows(): Locator {
    return this.page.getByTestId('audit-row')
  }

  /** The action whose headline names this record (合同 HT-202612-0001) and that says `text`. */
  row(record: string, text: string): Locator {
    return this.rows()
      .filter({ has: this.page.getByTestId('audit-record').getByText(record, { exact: true }) })
      .filter({ hasText: text })
  }

  async filterTable(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: '对象类型' }).click()
    await this.page.getByRole('option', { name, exact: true }).click()
  }

  /** A picture of the page without notifications over it (they close on their own). */
  async shot(path: string): Promise<void> {
    await shotWithoutNotices(this.page, path)
  }

  /**
   * Cells whose text the table cuts or squeezes: a time, a name or an
   * action's badge that does not fit its one line, or a record's name in a
   * column too narrow for more than a few characters.
   */
  async squeezed(): Promise<string[]> {
    return this.rows().evaluateAll((rows) =>
      rows.flatMap((row) => {
        const cells = [...row.querySelectorAll('td')]
        const [time, actor, action, record] = cells
        const out: string[] = []
        for (const cell of [time, actor])
          if (cell.scrollWidth > cell.clientWidth) out.push(`cut: ${cell.textContent}`)
        const badge = action.querySelector('.mantine-Badge-label')
        if (!badge || badge.scrollWidth > badge.clientWidth) out.push(`badge: ${action.textContent}`)
        else if (badge.getBoundingClientRect().height > 24) out.push(`badge wraps: ${action.textContent}`)
        if (record.getBoundingClientRect().width < 180) out.push(`narrow: ${record.textContent}`)
        return out
      }),
    )
  }
}
