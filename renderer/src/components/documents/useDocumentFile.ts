/**
 * A printed document from the renderer's side: the model is built once when
 * the preview opens, main draws it (documents.preview), and 保存 / 打印 /
 * 用系统程序打开 go to main with it. Printing and opening save first, and a
 * save is not repeated for the same content (same SHA-256), so pressing 打印
 * after 保存 files one PDF, not two.
 */
import { notifications } from '@mantine/notifications'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentModel } from '@shared/documents/documentModel'
import type { SavedDocument } from '@shared/ipc/contract'
import { api, unwrap } from '../../ipc/api'
import { base64ToBytes } from '../../ipc/base64'
import { errorText } from '../errorText'

/** A model, or what builds one (from records read when the preview opens). */
export type DocumentSource = DocumentModel | (() => DocumentModel | Promise<DocumentModel>)

export interface DocumentPreview {
  model: DocumentModel
  data: Uint8Array
  sha256: string
  pages: number
}

export type DocumentAction = 'save' | 'print' | 'open'

export interface DocumentFile {
  preview: DocumentPreview | null
  /** The preview could not be made (the notification said why). */
  failed: boolean
  saved: SavedDocument | null
  busy: DocumentAction | null
  save(): Promise<SavedDocument | null>
  print(): Promise<void>
  openExternal(): Promise<void>
}

/**
 * Mount it when the preview opens (the modal's content does): the source is
 * taken once, at mount, so a caller's inline function does not rebuild the
 * preview on every render.
 */
export function useDocumentFile(
  source: DocumentSource,
  onSaved?: (saved: SavedDocument) => void,
): DocumentFile {
  const { t } = useTranslation()
  const [initial] = useState(() => source)
  const [preview, setPreview] = useState<DocumentPreview | null>(null)
  const [failed, setFailed] = useState(false)
  const [saved, setSaved] = useState<SavedDocument | null>(null)
  const [busy, setBusy] = useState<DocumentAction | null>(null)

  const fail = useCallback(
    (err: unknown) => notifications.show({ color: 'red', message: errorText(t, err) }),
    [t],
  )

  useEffect(() => {
    let cancelled = false
    void (async () => {
      try {
        const model = typeof initial === 'function' ? await initial() : initial
        const shown = await unwrap(api().documents.preview({ model }))
        if (!cancelled) setPreview({ model, data: base64ToBytes(shown.dataBase64), ...shown })
      } catch (err) {
        if (cancelled) return
        setFailed(true)
        fail(err)
      }
    })()
    return () => {
      cancelled = true
    }
  }, [initial, fail])

  const ensureSaved = useCallback(
    async (notify: boolean): Promise<SavedDocument> => {
      if (!preview) throw new Error('no preview')
      if (saved && saved.sha256 === preview.sha256) return saved
      const written = await unwrap(api().documents.save({ model: preview.model }))
      setSaved(written)
      onSaved?.(written)
      if (notify) {
        notifications.show({
          color: 'green',
          autoClose: 15_000,
          title: t('documents.preview.savedTitle'),
          message: t('documents.preview.saved', { path: written.fullPath, sha256: written.sha256 }),
          style: { whiteSpace: 'pre-line' },
        })
      }
      return written
    },
    [preview, saved, onSaved, t],
  )

  const run = useCallback(
    async <T>(action: DocumentAction, work: () => Promise<T>): Promise<T | null> => {
      setBusy(action)
      try {
        return await work()
      } catch (err) {
        fail(err)
        return null
      } finally {
        setBusy(null)
      }
    },
    [fail],
  )

  const handOver = (verb: 'print' | 'open') =>
    run(verb, async () => {
      const file = await ensureSaved(false)
      await unwrap(api().documents[verb]({ path: file.path }))
      notifications.show({
        color: 'green',
        message: t(verb === 'print' ? 'documents.preview.printed' : 'documents.preview.opened', {
          path: file.fullPath,
        }),
      })
    }).then(() => undefined)

  return {
    preview,
    failed,
    saved,
    busy,
    save: () => run('save', () => ensureSaved(true)),
    print: () => handOver('print'),
    openExternal: () => handOver('open'),
  }
}
