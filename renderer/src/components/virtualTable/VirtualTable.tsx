/**
 * A list that stays smooth at 100,000 rows: only the rows in view are in the
 * DOM, and finding them is arithmetic on fixed-height rows (useFixedRows). Header cells sort on click; a row opens on
 * click or Enter.
 */
import { Box, Group, Text, UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react'
import { memo, type ReactNode, useRef } from 'react'
import { useFixedRows } from './useFixedRows'
import classes from './VirtualTable.module.css'

export interface VirtualColumn<T> {
  key: string
  header: string
  width: number
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
  columns,
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
  const width = columns.reduce((sum, c) => sum + c.width, 0)
  const template = columns.map((c) => `${c.width}px`).join(' ') + ' 1fr'

  return (
    <Box
      ref={scrollRef}
      className={classes.scroll}
      style={{ height: height ?? 'calc(100vh - 250px)' }}
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 1}
    >
      <TableHeader columns={columns} template={template} width={width} sort={sort} onSort={onSort} />
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
                <span />
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
  sort?: { key: string; dir: 1 | -1 }
  onSort?: (key: string) => void
}

/** Memoised: a new search result re-renders the rows, not the header's buttons. */
const TableHeader = memo(function TableHeader({ columns, template, width, sort, onSort }: HeaderProps) {
  return (
    <div className={classes.header} style={{ gridTemplateColumns: template, minWidth: width }} role="row">
      {columns.map((c) => (
        <UnstyledButton
          key={c.key}
          role="columnheader"
          className={classes.headerCell}
          aria-sort={sort?.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
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
      ))}
      <span />
    </div>
  )
})

/** Memoised: a parent's re-render (a keystroke in its search box) skips the table unless its props changed. */
export const VirtualTable = memo(VirtualTableImpl) as typeof VirtualTableImpl
