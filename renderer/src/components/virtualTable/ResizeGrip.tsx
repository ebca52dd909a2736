/**
 * The grip on a list header's right edge: dragged (or moved with ←/→ when
 * focused), it sets its column's width. Its clicks never sort.
 */
import { type KeyboardEvent, type PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'
import classes from './VirtualTable.module.css'

/** How far an arrow key moves a column's edge. */
const KEY_STEP = 20

export function ResizeGrip({
  column,
  onResize,
}: {
  column: { key: string; header: string }
  onResize: (key: string, width: number) => void
}) {
  const { t } = useTranslation()
  const widthOf = (grip: HTMLElement) => grip.parentElement?.getBoundingClientRect().width ?? 0
  const onPointerDown = (e: PointerEvent<HTMLSpanElement>) => {
    e.preventDefault()
    e.stopPropagation()
    const grip = e.currentTarget
    const startX = e.clientX
    const startWidth = widthOf(grip)
    grip.setPointerCapture(e.pointerId)
    const move = (m: globalThis.PointerEvent) => onResize(column.key, startWidth + m.clientX - startX)
    const up = () => {
      grip.removeEventListener('pointermove', move)
      grip.removeEventListener('pointerup', up)
      grip.removeEventListener('pointercancel', up)
    }
    grip.addEventListener('pointermove', move)
    grip.addEventListener('pointerup', up)
    grip.addEventListener('pointercancel', up)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLSpanElement>) => {
    const step = e.key === 'ArrowRight' ? KEY_STEP : e.key === 'ArrowLeft' ? -KEY_STEP : 0
    if (step === 0) return
    e.preventDefault()
    e.stopPropagation()
    onResize(column.key, widthOf(e.currentTarget) + step)
  }
  return (
    <span
      role="separator"
      aria-orientation="vertical"
      aria-label={t('common.resizeColumn', { column: column.header })}
      tabIndex={0}
      className={classes.grip}
      onPointerDown={onPointerDown}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={onKeyDown}
    />
  )
}
