/**
 * In-app preview of an attachment (scans, signed documents). Chromium shows
 * JPEG and PNG itself; TIFF is decoded with utif2 and PDF rendered with pdf.js,
 * both onto canvases, at most MAX_PREVIEW_PAGES pages.
 */
import { ImagePreview } from './ImagePreview'
import { PdfPreview } from './PdfPreview'
import { TiffPreview } from './TiffPreview'

export type PreviewMime = 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/tiff'

export interface AttachmentPreviewProps {
  data: Uint8Array
  mime: PreviewMime
  fileName: string
}

export function AttachmentPreview({ data, mime, fileName }: AttachmentPreviewProps) {
  switch (mime) {
    case 'application/pdf':
      return <PdfPreview data={data} />
    case 'image/tiff':
      return <TiffPreview data={data} />
    case 'image/jpeg':
    case 'image/png':
      return <ImagePreview data={data} mime={mime} fileName={fileName} />
  }
}
