/**
 * Lines typed from the keyboard alone, as a clerk enters a phone order:
 * 添加一行 puts the cursor in the new row's product box; picking a product
 * moves it to 数量; Tab goes cell by cell along the row; Enter in any other
 * cell goes to the next row's product box, adding a row after the last one.
 * A row added by Enter and left untouched when the cursor leaves the table
 * is dropped again, so the row that Enter opened after the last line does
 * not stop the save.
 */
import { type FocusEvent, type KeyboardEvent, useEffect, useRef } from 'react'
import type { LineInput } from '@shared/procedures/contracts/schema'

/** The cells the cursor is sent to (each input carries data-cell). */
export type LineCell = 'product' | 'qty'

/** A row with neither a product nor a name: Enter there has no next line to open. */
export function isBlankLine(line: LineInput): boolean {
  return line.productId === '' && line.name.trim() === ''
}

function isEnter(e: KeyboardEvent): boolean {
  // 229: an input method is composing (Enter confirms its Chinese, it is not ours).
  if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.keyCode === 229) return false
  return !(e.shiftKey || e.ctrlKey || e.altKey || e.metaKey)
}

export function useLinesKeyboard(
  lines: LineInput[],
  onChange: ((lines: LineInput[]) => void) | undefined,
  emptyLine: () => LineInput,
) {
  const tableRef = useRef<HTMLDivElement>(null)
  /** Where the cursor goes once the lines it needs are on screen. */
  const pending = useRef<{ row: number; cell: LineCell } | null>(null)
  /** The row Enter appended, while it is the same untouched object. */
  const provisional = useRef<LineInput | null>(null)

  const cellInput = (row: number, cell: LineCell) =>
    tableRef.current?.querySelector<HTMLInputElement>(`tr[data-line="${row}"] input[data-cell="${cell}"]`)

  useEffect(() => {
    const want = pending.current
    if (!want) return
    pending.current = null
    const input = cellInput(want.row, want.cell)
    input?.focus()
    input?.select()
  })

  /** Sends the cursor to a cell after the render the change in hand causes. */
  const focusAfterRender = (row: number, cell: LineCell) => {
    pending.current = { row, cell }
  }

  const append = (byEnter: boolean) => {
    if (!onChange) return
    const added = emptyLine()
    provisional.current = byEnter ? added : null
    focusAfterRender(lines.length, 'product')
    onChange([...lines, added])
  }

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!onChange || e.defaultPrevented || !isEnter(e)) return
    const target = e.target as HTMLElement
    // The product box keeps Enter: it picks the highlighted product.
    if (target.tagName !== 'INPUT' || target.getAttribute('role') === 'combobox') return
    const row = Number(target.closest('tr')?.dataset.line)
    if (!Number.isInteger(row)) return
    e.preventDefault()
    if (row + 1 < lines.length) {
      const next = cellInput(row + 1, 'product')
      next?.focus()
    } else if (!isBlankLine(lines[row])) append(true)
  }

  const onBlur = (e: FocusEvent<HTMLElement>) => {
    const to = e.relatedTarget
    // Focus gone nowhere (a click on blank page, another window) keeps the row: the clerk may come back.
    if (!onChange || !to || e.currentTarget.contains(to as Node)) return
    const last = lines[lines.length - 1]
    if (lines.length > 1 && last === provisional.current) {
      provisional.current = null
      onChange(lines.slice(0, -1))
    }
  }

  return { tableRef, focusAfterRender, append, onKeyDown, onBlur }
}
