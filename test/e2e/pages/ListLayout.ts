/** Page model: how a virtualised list (VirtualTable) lies in the window — its width, scrollbar, cut cells. */
import { expect, type Locator, type Page } from '@playwright/test'

export interface ListBox {
  /** The list's right edge, in px from the window's left. */
  right: number
  /** Whether its columns are wider than the list (it scrolls sideways). */
  overflows: boolean
  /** Height of the horizontal scrollbar drawn under the rows (0: none shown). */
  scrollbar: number
}

export class ListLayout {
  constructor(
    readonly page: Page,
    /** The list's accessible name: its title (客户档案, 销售合同). */
    readonly label: string,
  ) {}

  list(): Locator {
    return this.page.getByRole('table', { name: this.label, exact: true })
  }

  header(name: string): Locator {
    return this.list().getByRole('columnheader', { name, exact: true })
  }

  cell(text: string): Locator {
    return this.list().getByRole('cell', { name: text, exact: true })
  }

  async box(): Promise<ListBox> {
    return this.list().evaluate((el: HTMLElement) => {
      const style = getComputedStyle(el)
      const borders = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth)
      return {
        right: el.getBoundingClientRect().right,
        overflows: el.scrollWidth > el.clientWidth,
        scrollbar: el.offsetHeight - el.clientHeight - borders,
      }
    })
  }

  /** Whether the cell cuts its text with "…". */
  async isCut(text: string): Promise<boolean> {
    return this.cell(text).evaluate((el) => el.scrollWidth > el.clientWidth)
  }

  async width(header: string): Promise<number> {
    return (await this.header(header).boundingBox())?.width ?? 0
  }

  /** Rests the pointer on a cell: its whole text shows in a tooltip. */
  async hover(text: string): Promise<Locator> {
    await this.cell(text).hover()
    const tip = this.page.getByRole('tooltip')
    await expect(tip).toBeVisible()
    return tip
  }

  /** Drags a column's right edge `by` px (its grip on the header). */
  async dragEdge(header: string, by: number): Promise<void> {
    const grip = this.list().getByRole('separator', { name: `拖动调整“${header}”列的宽度` })
    const box = await grip.boundingBox()
    if (!box) throw new Error(`no grip for ${header}`)
    const y = box.y + box.height / 2
    await this.page.mouse.move(box.x + box.width / 2, y)
    await this.page.mouse.down()
    await this.page.mouse.move(box.x + box.width / 2 + by, y, { steps: 5 })
    await this.page.mouse.up()
  }

  /** Scrolls the list sideways to its last column. */
  async scrollToEnd(): Promise<void> {
    await this.list().evaluate((el) => el.scrollTo({ left: el.scrollWidth }))
  }
}
