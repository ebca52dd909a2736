/**
 * The cursor that blocks are poured into: the pages so far and how far down
 * the current one the text has reached. A block asks for the height it needs
 * and gets a fresh page when it does not fit.
 */
import type { FontWeight } from './fontFaces'
import type { PageOps } from './drawOps'
import { BODY_BOTTOM, BODY_TOP, baselineIn } from './pageGeometry'

/** Advance of one character in em. */
export type Advance = (weight: FontWeight, char: string) => number

export class LayoutFlow {
  readonly pages: PageOps[] = [[]]
  /** Top of the next line box. */
  y = BODY_TOP

  constructor(readonly advance: Advance) {}

  get ops(): PageOps {
    return this.pages[this.pages.length - 1]
  }

  get remaining(): number {
    return this.y - BODY_BOTTOM
  }

  get atPageTop(): boolean {
    return this.y === BODY_TOP
  }

  newPage(): void {
    this.pages.push([])
    this.y = BODY_TOP
  }

  /** Starts a new page unless `height` still fits (or the page is still empty). */
  ensure(height: number): void {
    if (height > this.remaining && !this.atPageTop) this.newPage()
  }

  measure(weight: FontWeight, size: number): (text: string) => number {
    return (text) => {
      let width = 0
      for (const char of text) width += this.advance(weight, char)
      return width * size
    }
  }

  /** One line of text in a line box whose top is the cursor; moves the cursor down. */
  text(text: string, x: number, size: number, lineHeight: number, weight: FontWeight = 'regular'): void {
    this.ops.push({ op: 'text', x, y: baselineIn(this.y, lineHeight, size), size, weight, text })
    this.y -= lineHeight
  }
}
