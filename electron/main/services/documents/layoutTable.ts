/**
 * Tables: the header row is drawn again at the top of every page the table
 * runs onto; a row that does not fit what is left of a page moves whole to
 * the next one, and only a row taller than a whole page is cut, between
 * lines, carrying on under the repeated header.
 */
import type { ColumnAlign, TableBlock } from '../../../../shared/documents/documentModel'
import { breakLines } from './breakLines'
import type { FontWeight } from './fontFaces'
import type { LayoutFlow } from './layoutFlow'
import {
  BODY_HEIGHT,
  CELL_PADDING,
  MARGIN_LEFT,
  TABLE_LINE_HEIGHT,
  TABLE_SIZE,
  TEXT_WIDTH,
  baselineIn,
} from './pageGeometry'

const LINE = TABLE_SIZE * TABLE_LINE_HEIGHT
const BORDER_GRAY = 0.25
const BORDER_WIDTH = 0.5
const HEADER_FILL = 0.9
const GAP_AFTER = 10

interface Column {
  x: number
  width: number
  align: ColumnAlign
}

/** One row with each cell already broken into lines. */
interface RowLines {
  cells: string[][]
  lines: number
}

export function layoutTable(flow: LayoutFlow, table: TableBlock): void {
  const total = table.columns.reduce((sum, c) => sum + c.width, 0)
  let x = MARGIN_LEFT
  const columns: Column[] = table.columns.map((c) => {
    const width = (TEXT_WIDTH * c.width) / total
    const column = { x, width, align: c.align ?? 'left' }
    x += width
    return column
  })
  const header = wrapRow(
    flow,
    columns,
    table.columns.map((c) => c.header),
    'bold',
  )
  const headerHeight = heightOf(header.lines)
  const rows = table.rows.map((cells) => wrapRow(flow, columns, cells, 'regular'))

  const drawHeader = () => drawRow(flow, columns, header, 0, header.lines, 'bold', HEADER_FILL)
  // The header never stands alone at a page foot: it needs one line of body under it.
  // With two rows the first keeps the last company (below), so both count.
  const pair = rows.length === 2 ? heightOf(rows[1].lines) : 0
  flow.ensure(headerHeight + heightOf(Math.min(1, rows[0]?.lines ?? 0)) + pair)
  drawHeader()

  rows.forEach((row, index) => {
    const height = heightOf(row.lines)
    // The last row (often the 合计) never stands alone under a repeated header:
    // the row before it goes over with it.
    const last = index === rows.length - 2 ? heightOf(rows[index + 1].lines) : 0
    const keep = height + last <= BODY_HEIGHT - headerHeight ? last : 0
    if (height + keep <= flow.remaining) {
      drawRow(flow, columns, row, 0, row.lines, 'regular')
      return
    }
    if (height + keep <= BODY_HEIGHT - headerHeight) {
      flow.newPage()
      drawHeader()
      drawRow(flow, columns, row, 0, row.lines, 'regular')
      return
    }
    // Taller than a page: fill what is left, then continue page by page.
    let start = 0
    while (start < row.lines) {
      const fit = Math.floor((flow.remaining - 2 * CELL_PADDING) / LINE)
      if (fit < 1) {
        flow.newPage()
        drawHeader()
        continue
      }
      const end = Math.min(row.lines, start + fit)
      drawRow(flow, columns, row, start, end, 'regular')
      start = end
      if (start < row.lines) {
        flow.newPage()
        drawHeader()
      }
    }
  })
  flow.y -= GAP_AFTER
}

function heightOf(lines: number): number {
  return lines * LINE + 2 * CELL_PADDING
}

function wrapRow(flow: LayoutFlow, columns: Column[], cells: string[], weight: FontWeight): RowLines {
  const measure = flow.measure(weight, TABLE_SIZE)
  const wrapped = columns.map((column, i) =>
    breakLines(cells[i] ?? '', column.width - 2 * CELL_PADDING, measure).map((l) => l.text),
  )
  return { cells: wrapped, lines: Math.max(1, ...wrapped.map((c) => c.length)) }
}

/** Draws lines [from, to) of a row as one band of bordered cells. */
function drawRow(
  flow: LayoutFlow,
  columns: Column[],
  row: RowLines,
  from: number,
  to: number,
  weight: FontWeight,
  fill?: number,
): void {
  const height = heightOf(to - from)
  const top = flow.y
  const measure = flow.measure(weight, TABLE_SIZE)
  columns.forEach((column, i) => {
    flow.ops.push({
      op: 'rect',
      x: column.x,
      y: top - height,
      width: column.width,
      height,
      fill,
      stroke: BORDER_GRAY,
      lineWidth: BORDER_WIDTH,
    })
    // Header cells are centred whatever the column's own alignment.
    const align = fill === undefined ? column.align : 'center'
    row.cells[i].slice(from, to).forEach((text, line) => {
      if (!text) return
      const width = measure(text)
      const x =
        align === 'right'
          ? column.x + column.width - CELL_PADDING - width
          : align === 'center'
            ? column.x + (column.width - width) / 2
            : column.x + CELL_PADDING
      const lineTop = top - CELL_PADDING - line * LINE
      flow.ops.push({
        op: 'text',
        x,
        y: baselineIn(lineTop, LINE, TABLE_SIZE),
        size: TABLE_SIZE,
        weight,
        text,
      })
    })
  })
  flow.y = top - height
}
