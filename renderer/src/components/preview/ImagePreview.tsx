import { useCallback, useState } from 'react'
import { plainBytes } from './bytes'
import { PreviewFailed } from './PreviewFailed'

/** JPEG or PNG: the browser decodes it from a blob: URL, revoked when the image goes away. */
export function ImagePreview({ data, mime, fileName }: { data: Uint8Array; mime: string; fileName: string }) {
  const [failedOn, setFailedOn] = useState<Uint8Array | null>(null)
  const showBlob = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img) return
      const url = URL.createObjectURL(new Blob([plainBytes(data)], { type: mime }))
      img.src = url
      return () => URL.revokeObjectURL(url)
    },
    [data, mime],
  )
  if (failedOn === data) return <PreviewFailed reason="corrupt" />
  return (
    <img
      ref={showBlob}
      alt={fileName}
      data-testid="preview-image"
      onError={() => setFailedOn(data)}
      style={{ display: 'block', width: '100%', height: 'auto' }}
    />
  )
}
