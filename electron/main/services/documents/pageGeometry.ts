/**
 * A4 portrait and the type sizes of a Chinese business document: body in 五号
 * (10.5 pt), tables in 小五 (9 pt), the title in 小二 (18 pt).
 */
export const PAGE_WIDTH = 595.28
export const PAGE_HEIGHT = 841.89

export const MARGIN_LEFT = 72
export const MARGIN_RIGHT = 68
export const TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

/** The running header sits above the body, the page count below it. */
export const HEADER_BASELINE = PAGE_HEIGHT - 46
export const HEADER_RULE_Y = PAGE_HEIGHT - 53
export const BODY_TOP = PAGE_HEIGHT - 72
export const BODY_BOTTOM = 64
export const BODY_HEIGHT = BODY_TOP - BODY_BOTTOM
export const FOOTER_BASELINE = 36

export const TITLE_SIZE = 18
export const HEADING_SIZE = 12
export const BODY_SIZE = 10.5
export const TABLE_SIZE = 9
export const RUNNING_SIZE = 9
export const VERIFY_SIZE = 7.5

/** Chinese body text wants generous leading. */
export const LINE_HEIGHT = 1.75
export const TABLE_LINE_HEIGHT = 1.5
export const CELL_PADDING = 4

/** Share of the em above the baseline in Noto SC (ascender 0.88). */
export const ASCENT = 0.88

/** Baseline that centres a glyph of `size` in a line box starting at `top`. */
export function baselineIn(top: number, lineHeight: number, size: number): number {
  return top - (lineHeight - size) / 2 - size * ASCENT
}
