/** How many pages a preview shows at most; longer files show a note instead of the rest. */
export const MAX_PREVIEW_PAGES = 20

export interface PageCap {
  /** Pages to show, 1…shown. */
  shown: number
  /** True when the file has more pages than are shown. */
  capped: boolean
}

export function capPages(total: number, max: number = MAX_PREVIEW_PAGES): PageCap {
  const pages = Number.isFinite(total) && total > 0 ? Math.floor(total) : 0
  return { shown: Math.min(pages, max), capped: pages > max }
}
