/**
 * Typed work is never lost silently: while a form has unsaved changes, leaving
 * it — the menu, a breadcrumb, a link, the browser's back — first asks
 * 有未保存的修改，是否离开？, and closing the window asks the system's own
 * question. `allowNext()` lets the form's own navigation after a save through.
 */
import { modals } from '@mantine/modals'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useBlocker } from 'react-router'

export function useUnsavedGuard(dirty: boolean): { allowNext: () => void } {
  const { t } = useTranslation()
  // Read when a navigation starts, which may come before the next render (a save, then navigate).
  const dirtyNow = useRef(dirty)
  const allowed = useRef(false)
  useEffect(() => {
    dirtyNow.current = dirty
  }, [dirty])
  const blocker = useBlocker(({ currentLocation, nextLocation }) => {
    if (allowed.current) {
      allowed.current = false
      return false
    }
    return dirtyNow.current && currentLocation.pathname !== nextLocation.pathname
  })
  useEffect(() => {
    if (blocker.state !== 'blocked') return
    modals.openConfirmModal({
      title: t('unsaved.title'),
      children: t('unsaved.body'),
      labels: { confirm: t('unsaved.leave'), cancel: t('unsaved.stay') },
      confirmProps: { color: 'red' },
      onConfirm: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    })
  }, [blocker, t])
  useEffect(() => {
    if (!dirty) return
    const ask = (e: BeforeUnloadEvent) => e.preventDefault()
    window.addEventListener('beforeunload', ask)
    return () => window.removeEventListener('beforeunload', ask)
  }, [dirty])
  return {
    allowNext: () => {
      allowed.current = true
    },
  }
}
