import { Alert, Stack } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { LazyPage, type PageSource } from './LazyPage'
import { MAX_PREVIEW_PAGES, capPages } from './pageCap'
import { imageCanvasSize } from './pageSize'
import { type PreviewFailure, failureOf } from './previewError'
import { PreviewFailed } from './PreviewFailed'
import { type TiffFile, decodeTiffPage, openTiff } from './tiff'

/** TIFF (Chromium cannot show it): every page decoded by utif2 when it scrolls into view. */
export function TiffPreview({ data }: { data: Uint8Array }) {
  const { t } = useTranslation()
  const opened = useMemo((): { file: TiffFile; source: PageSource } | { failure: PreviewFailure } => {
    try {
      const file = openTiff(data)
      return { file, source: tiffSource(file) }
    } catch (err) {
      return { failure: failureOf(err) }
    }
  }, [data])
  if ('failure' in opened) return <PreviewFailed reason={opened.failure} />
  const { shown, capped } = capPages(opened.file.pages.length)
  return (
    <Stack gap="md">
      {capped && (
        <Alert color="yellow" variant="light">
          {t('preview.capped', { max: MAX_PREVIEW_PAGES })}
        </Alert>
      )}
      {opened.file.pages.slice(0, shown).map((page, i) => (
        <LazyPage key={i} source={opened.source} pageNumber={i + 1} aspect={page.aspect} />
      ))}
    </Stack>
  )
}

function tiffSource(file: TiffFile): PageSource {
  return {
    async paint(pageNumber, canvas, cssWidth, signal) {
      // Decoding is synchronous: let the browser paint between pages.
      await new Promise((resolve) => setTimeout(resolve, 0))
      if (signal.aborted) return
      const page = file.pages[pageNumber - 1]
      const image = decodeTiffPage(file, page)
      const size = imageCanvasSize(image.width, image.height, page.aspect, cssWidth, window.devicePixelRatio)
      const bitmap = await createImageBitmap(new ImageData(image.rgba, image.width, image.height), {
        resizeWidth: size.width,
        resizeHeight: size.height,
        resizeQuality: 'high',
      })
      try {
        if (signal.aborted) return
        const context = canvas.getContext('2d')
        if (!context) throw new Error('no 2d context')
        canvas.width = size.width
        canvas.height = size.height
        context.drawImage(bitmap, 0, 0)
      } finally {
        bitmap.close()
      }
    },
  }
}
