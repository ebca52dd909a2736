/**
 * Where a link lands on a record's page: `?tab=approvals` opens that tab and
 * scrolls it into view once drawn, so an approver who follows 前往处理 lands
 * on 同意 / 不同意 rather than at the top of a long contract.
 */
import { useCallback } from 'react'
import { useSearchParams } from 'react-router'

export function useLandingTab(fallback: string): {
  tab: string
  setTab: (tab: string | null) => void
  /** A callback ref for the element to bring into view when a link asked for a tab. */
  scrollRef: (el: HTMLElement | null) => void
} {
  const [params, setParams] = useSearchParams()
  const asked = params.get('tab')
  const scrollRef = useCallback(
    (el: HTMLElement | null) => {
      if (el && asked) el.scrollIntoView({ block: 'start' })
    },
    [asked],
  )
  return {
    tab: asked ?? fallback,
    setTab: (tab) => setParams(tab && tab !== fallback ? { tab } : {}, { replace: true }),
    scrollRef,
  }
}
