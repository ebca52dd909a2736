/**
 * Column widths a user has dragged, by list, for the session: a list opened
 * again keeps them. A dragged width replaces the column's own (a growing
 * column's least width).
 */
import { useCallback, useState } from 'react'

/** No column is dragged narrower than this. */
export const MIN_COLUMN = 48

const kept = new Map<string, Readonly<Record<string, number>>>()

export function useColumnWidths(list: string): {
  widths: Readonly<Record<string, number>>
  resize: (key: string, width: number) => void
} {
  const [widths, setWidths] = useState(() => kept.get(list) ?? {})
  const resize = useCallback(
    (key: string, width: number) =>
      setWidths((old) => {
        const next = { ...old, [key]: Math.max(MIN_COLUMN, Math.round(width)) }
        kept.set(list, next)
        return next
      }),
    [list],
  )
  return { widths, resize }
}
