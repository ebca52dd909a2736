import { Alert, Center, Loader, Stack } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { LazyPage, type PageSource } from './LazyPage'
import { MAX_PREVIEW_PAGES, capPages } from './pageCap'
import { pdfRenderScale } from './pageSize'
import { openPdf } from './pdfDocument'
import { type PreviewFailure, failureOf } from './previewError'
import { PreviewFailed } from './PreviewFailed'

type Loaded =
  | { data: Uint8Array; source: PageSource; pages: number; aspect: number }
  | { data: Uint8Array; failure: PreviewFailure }

/** PDF: pdf.js in its worker; each page painted when it scrolls into view. */
export function PdfPreview({ data }: { data: Uint8Array }) {
  const { t } = useTranslation()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const current = loaded?.data === data ? loaded : null

  useEffect(() => {
    let cancelled = false
    let task: PDFDocumentLoadingTask | null = null
    openPdf(data)
      .then(async (started) => {
        if (cancelled) return void started.destroy()
        task = started
        const doc = await started.promise
        const first = await doc.getPage(1)
        const { width, height } = first.getViewport({ scale: 1 })
        if (!cancelled)
          setLoaded({ data, source: pdfSource(doc), pages: doc.numPages, aspect: width / height })
      })
      .catch((err: unknown) => {
        if (!cancelled) setLoaded({ data, failure: failureOf(err) })
      })
    return () => {
      cancelled = true
      void task?.destroy()
    }
  }, [data])

  if (!current) {
    return (
      <Center p="xl">
        <Loader role="status" aria-label={t('preview.loading')} />
      </Center>
    )
  }
  if ('failure' in current) return <PreviewFailed reason={current.failure} />
  const { shown, capped } = capPages(current.pages)
  if (shown === 0) return <PreviewFailed reason="empty" />
  return (
    <Stack gap="md">
      {capped && (
        <Alert color="yellow" variant="light">
          {t('preview.capped', { max: MAX_PREVIEW_PAGES })}
        </Alert>
      )}
      {Array.from({ length: shown }, (_, i) => (
        <LazyPage key={i} source={current.source} pageNumber={i + 1} aspect={current.aspect} />
      ))}
    </Stack>
  )
}

function pdfSource(doc: PDFDocumentProxy): PageSource {
  return {
    async paint(pageNumber, canvas, cssWidth, signal) {
      const page = await doc.getPage(pageNumber)
      try {
        if (signal.aborted) return
        const base = page.getViewport({ scale: 1 })
        const scale = pdfRenderScale(base.width, base.height, cssWidth, window.devicePixelRatio)
        const viewport = page.getViewport({ scale })
        canvas.width = Math.floor(viewport.width)
        canvas.height = Math.floor(viewport.height)
        const render = page.render({ canvas, viewport })
        const cancel = () => render.cancel()
        signal.addEventListener('abort', cancel)
        try {
          await render.promise
        } finally {
          signal.removeEventListener('abort', cancel)
        }
      } finally {
        page.cleanup()
      }
    },
  }
}
