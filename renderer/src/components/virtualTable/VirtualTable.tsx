/**
 * A list that stays smooth at 100,000 rows: only the rows in view are in the
 * DOM, and finding them is arithmetic on fixed-height rows (useFixedRows). Header cells sort on click; a row opens on
 * click or Enter.
 *
 * The name columns (`grow`) take the width the others leave; when the
 * columns are wider than the window the list scrolls sideways with a
 * scrollbar always drawn (VirtualTable.module.css), and a cell cut with "…"
 * shows its whole text on hover (CellTooltip). A header's right edge drags
 * its column wider or narrower (useColumnWidths).
 */
import { Box, Group, Text, UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react'
import { memo, type PointerEvent, type ReactNode, useCallback, useMemo, useRef } from 'react'
import { CellTooltip, type CellTooltipHandle } from './CellTooltip'
import { gridTemplate } from './gridTemplate'
import { ResizeGrip } from './ResizeGrip'
import { useColumnWidths } from './useColumnWidths'
import { useFixedRows } from './useFixedRows'
import classes from './VirtualTable.module.css'

export interface VirtualColumn<T> {
  key: string
  header: string
  /** Its width in px; a growing column's least width. */
  width: number
  /** A name column: takes this share of the width the other columns leave. */
  grow?: number
  align?: 'left' | 'right'
  render: (row: T) => ReactNode
}

/** What the table reads rows from: an array, or a view that maps row positions lazily. */
export interface RowList<T> {
  readonly length: number
  at(index: number): T | undefined
}

interface Props<T> {
  rows: RowList<T>
  columns: readonly VirtualColumn<T>[]
  rowKey: (row: T) => string
  onOpen: (row: T) => void
  sort?: { key: string; dir: 1 | -1 }
  onSort?: (key: string) => void
  empty: ReactNode
  /** Accessible name of the table. */
  label: string
  height?: string
}

const ROW_HEIGHT = 38

function VirtualTableImpl<T>({
  rows,
  columns: declared,
  rowKey,
  onOpen,
  sort,
  onSort,
  empty,
  label,
  height,
}: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const { first, end } = useFixedRows(scrollRef, rows.length, ROW_HEIGHT, 12)
  const { widths, resize } = useColumnWidths(label)
  const columns = useMemo(
    () => declared.map((c) => (widths[c.key] ? { ...c, width: widths[c.key] } : c)),
    [declared, widths],
  )
  const { template, minWidth: width, filler } = gridTemplate(columns)
  const tip = useRef<CellTooltipHandle>(null)
  const onPointerOver = useCallback(
    (e: PointerEvent) => tip.current?.over((e.target as HTMLElement).closest<HTMLElement>('[role=cell]')),
    [],
  )
  const hideTip = useCallback(() => tip.current?.hide(), [])

  return (
    <Box
      ref={scrollRef}
      className={classes.scroll}
      style={{ height: height ?? 'calc(100vh - 250px)' }}
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      onPointerOver={onPointerOver}
      onPointerLeave={hideTip}
      onScroll={hideTip}
    >
      <CellTooltip ref={tip} />
      <TableHeader
        columns={columns}
        template={template}
        width={width}
        filler={filler}
        sort={sort}
        onSort={onSort}
        onResize={resize}
      />
      {rows.length === 0 ? (
        <Box p="xl">{empty}</Box>
      ) : (
        <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative', minWidth: width }}>
          {Array.from({ length: end - first }, (_, offset) => {
            const index = first + offset
            const row = rows.at(index) as T
            return (
              // Keyed by position: a new search result rewrites the rows in view in
              // place instead of removing and creating their DOM.
              <div
                key={index}
                data-row-key={rowKey(row)}
                role="row"
                tabIndex={0}
                data-testid="list-row"
                aria-rowindex={index + 2}
                className={classes.row}
                onClick={() => onOpen(row)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') onOpen(row)
                }}
                style={{
                  gridTemplateColumns: template,
                  transform: `translateY(${index * ROW_HEIGHT}px)`,
                  height: ROW_HEIGHT,
                }}
              >
                {columns.map((c) => (
                  <div
                    key={c.key}
                    role="cell"
                    className={classes.cell}
                    style={{ textAlign: c.align ?? 'left' }}
                  >
                    {c.render(row)}
                  </div>
                ))}
                {filler && <span />}
              </div>
            )
          })}
        </div>
      )}
    </Box>
  )
}

interface HeaderProps {
  columns: readonly VirtualColumn<never>[]
  template: string
  width: number
  filler: boolean
  sort?: { key: string; dir: 1 | -1 }
  onSort?: (key: string) => void
  onResize: (key: string, width: number) => void
}

/** Memoised: a new search result re-renders the rows, not the header's buttons. */
const TableHeader = memo(function TableHeader({
  columns,
  template,
  width,
  filler,
  sort,
  onSort,
  onResize,
}: HeaderProps) {
  return (
    <div className={classes.header} style={{ gridTemplateColumns: template, minWidth: width }} role="row">
      {columns.map((c) => (
        // The grip sits beside the header, so the header is named by its words alone.
        <div key={c.key} className={classes.headerCell}>
          <div
            role="columnheader"
            className={classes.columnHeader}
            aria-sort={sort?.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
          >
            <UnstyledButton
              className={classes.sortButton}
              onClick={() => onSort?.(c.key)}
              style={{ justifyContent: c.align === 'right' ? 'flex-end' : 'flex-start' }}
            >
              <Group gap={4} wrap="nowrap">
                <Text size="sm" fw={600}>
                  {c.header}
                </Text>
                {sort?.key === c.key &&
                  (sort.dir === 1 ? <IconArrowUp size={14} /> : <IconArrowDown size={14} />)}
              </Group>
            </UnstyledButton>
          </div>
          <ResizeGrip column={c} onResize={onResize} />
        </div>
      ))}
      {filler && <span />}
    </div>
  )
})

/** Memoised: a parent's re-render (a keystroke in its search box) skips the table unless its props changed. */
export const VirtualTable = memo(VirtualTableImpl) as typeof VirtualTableImpl
