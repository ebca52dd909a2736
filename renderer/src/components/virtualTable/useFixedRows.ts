/**
 * Which rows of a fixed-height list are in view. Rows are all ROW_HEIGHT high,
 * so the window is plain arithmetic on scrollTop: no per-row measurements,
 * nothing proportional to the number of rows (a keystroke that turns 100,000
 * rows into 30,000 costs the same as one that turns 3 into 2).
 */
import { type RefObject, useEffect, useState } from 'react'

export interface RowWindow {
  first: number
  /** One past the last row to render. */
  end: number
}

export function rowWindow(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  count: number,
  overscan: number,
): RowWindow {
  const end = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan)
  // A list that shrank under a deep scroll: nothing in view until the browser clamps scrollTop.
  const first = Math.min(end, Math.max(0, Math.floor(scrollTop / rowHeight) - overscan))
  return { first, end }
}

export function useFixedRows(
  ref: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan = 10,
): RowWindow {
  const [view, setView] = useState({ top: 0, height: 800 })
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const update = () =>
      setView((v) =>
        v.top === el.scrollTop && v.height === el.clientHeight
          ? v
          : { top: el.scrollTop, height: el.clientHeight },
      )
    update()
    el.addEventListener('scroll', update, { passive: true })
    const observer = new ResizeObserver(update)
    observer.observe(el)
    return () => {
      el.removeEventListener('scroll', update)
      observer.disconnect()
    }
  }, [ref])
  return rowWindow(view.top, view.height, rowHeight, count, overscan)
}
