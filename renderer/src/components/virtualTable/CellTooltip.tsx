/**
 * The whole text of a list cell cut with "…", shown while the pointer rests
 * on it. One tooltip for the whole list, moved from cell to cell by the
 * table's pointer handler (useImperativeHandle), so hovering re-renders
 * this alone and never the rows.
 */
import { Tooltip } from '@mantine/core'
import { type Ref, useImperativeHandle, useState } from 'react'

export interface CellTooltipHandle {
  /** Shows the cell's text when the cell cuts it; hides the tooltip otherwise. */
  over(cell: HTMLElement | null): void
  hide(): void
}

interface Tip {
  text: string
  left: number
  top: number
  width: number
  height: number
}

/** Whether a cell's content is wider than the cell (its text ends in "…"). */
export function isCut(cell: HTMLElement): boolean {
  return cell.scrollWidth > cell.clientWidth
}

export function CellTooltip({ ref }: { ref: Ref<CellTooltipHandle> }) {
  const [tip, setTip] = useState<Tip | null>(null)
  useImperativeHandle(
    ref,
    () => ({
      over(cell) {
        const text = cell?.textContent?.trim()
        if (!cell || !text || !isCut(cell)) {
          setTip(null)
          return
        }
        const r = cell.getBoundingClientRect()
        setTip((old) =>
          old?.text === text && old.left === r.left && old.top === r.top
            ? old
            : { text, left: r.left, top: r.top, width: r.width, height: r.height },
        )
      },
      hide: () => setTip(null),
    }),
    [],
  )
  if (!tip) return null
  return (
    <Tooltip label={tip.text} opened multiline maw={520} position="bottom-start" withinPortal>
      <div
        aria-hidden
        style={{
          position: 'fixed',
          left: tip.left,
          top: tip.top,
          width: tip.width,
          height: tip.height,
          pointerEvents: 'none',
        }}
      />
    </Tooltip>
  )
}
