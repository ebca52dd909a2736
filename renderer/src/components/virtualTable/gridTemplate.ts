/** A virtual list's columns as one CSS grid, shared by its header and every row. */

export interface GridColumn {
  /** Width in px; a growing column's least width. */
  width: number
  /** Its share of the width the fixed columns leave. */
  grow?: number
}

/**
 * The columns as a CSS grid: fixed columns at their width, growing ones from
 * their width up to their share of what is left (a filler takes it when
 * none grows); `minWidth` is what the columns need before the list scrolls.
 */
export function gridTemplate(columns: readonly GridColumn[]): {
  template: string
  minWidth: number
  filler: boolean
} {
  const filler = !columns.some((c) => c.grow)
  const tracks = columns.map((c) => (c.grow ? `minmax(${c.width}px, ${c.grow}fr)` : `${c.width}px`))
  return {
    template: [...tracks, ...(filler ? ['1fr'] : [])].join(' '),
    minWidth: columns.reduce((sum, c) => sum + c.width, 0),
    filler,
  }
}
