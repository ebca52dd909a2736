/**
 * One page of a multi-page preview: a placeholder with a Loader until the page
 * scrolls near the viewport, then painted once onto its canvas by the source.
 */
import { Alert, Center, Loader, Paper } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type PreviewFailure, failureOf } from './previewError'

export interface PageSource {
  /** Paints page `pageNumber` (1-based) onto `canvas`, sized for `cssWidth` CSS pixels. */
  paint(pageNumber: number, canvas: HTMLCanvasElement, cssWidth: number, signal: AbortSignal): Promise<void>
}

interface Outcome {
  source: PageSource
  result: 'painted' | PreviewFailure
}

/** Pages this far below the visible part of the scroll container are painted ahead. */
const LOOKAHEAD = '100% 0px'

export function LazyPage({
  source,
  pageNumber,
  aspect,
}: {
  source: PageSource
  pageNumber: number
  aspect: number
}) {
  const { t } = useTranslation()
  const holderRef = useRef<HTMLDivElement>(null)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  // Tagged with its source, so a new file never shows the last one's outcome.
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const result = outcome?.source === source ? outcome.result : null

  useEffect(() => {
    const holder = holderRef.current
    const canvas = canvasRef.current
    if (!holder || !canvas) return
    const abort = new AbortController()
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        observer.disconnect()
        source.paint(pageNumber, canvas, holder.clientWidth, abort.signal).then(
          () => {
            if (!abort.signal.aborted) setOutcome({ source, result: 'painted' })
          },
          (err: unknown) => {
            if (!abort.signal.aborted) setOutcome({ source, result: failureOf(err) })
          },
        )
      },
      { rootMargin: LOOKAHEAD },
    )
    observer.observe(holder)
    return () => {
      abort.abort()
      observer.disconnect()
    }
  }, [source, pageNumber])

  const label = t('preview.page', { n: pageNumber })
  const painted = result === 'painted'
  const failure = result !== null && result !== 'painted' ? result : null
  return (
    <Paper
      ref={holderRef}
      withBorder
      shadow="xs"
      radius={0}
      style={{
        position: 'relative',
        overflow: 'hidden',
        aspectRatio: painted || failure ? undefined : aspect,
      }}
    >
      {failure ? (
        <Alert color="red" variant="light" role="alert" radius={0}>
          {label} · {t('preview.failed', { reason: t(`preview.reason.${failure}`) })}
        </Alert>
      ) : (
        <canvas
          ref={canvasRef}
          data-testid="preview-page"
          role="img"
          aria-label={label}
          aria-busy={!painted}
          style={{
            display: 'block',
            width: '100%',
            height: painted ? 'auto' : '100%',
            visibility: painted ? 'visible' : 'hidden',
          }}
        />
      )}
      {!painted && !failure && (
        <Center style={{ position: 'absolute', inset: 0 }}>
          <Loader role="status" aria-label={t('preview.loading')} />
        </Center>
      )}
    </Paper>
  )
}
