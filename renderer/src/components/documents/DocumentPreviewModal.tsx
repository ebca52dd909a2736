/**
 * A printed document before it leaves the app: the pages as main drew them
 * (pdf.js, as the attachment preview), and 保存 / 打印 / 用系统程序打开.
 * Saving tells where the file went and its SHA-256, the value printed on its
 * last page; printing and opening save first. The content mounts on each
 * opening, so every opening previews the document as it is then.
 */
import { Alert, Button, Center, Group, Loader, Modal, Stack, Text } from '@mantine/core'
import { IconDeviceFloppy, IconExternalLink, IconPrinter } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { SavedDocument } from '@shared/ipc/contract'
import { PdfPreview } from '../preview/PdfPreview'
import { type DocumentAction, type DocumentSource, useDocumentFile } from './useDocumentFile'

export interface DocumentPreviewModalProps {
  opened: boolean
  onClose: () => void
  /** The model, or a function building it; called once each time the modal opens. */
  document: DocumentSource
  /** Told of every save (e.g. to keep the SHA-256 on the record). */
  onSaved?: (saved: SavedDocument) => void
}

export function DocumentPreviewModal({ opened, onClose, document, onSaved }: DocumentPreviewModalProps) {
  const { t } = useTranslation()
  return (
    <Modal.Root opened={opened} onClose={onClose} size="xl">
      <Modal.Overlay />
      <Modal.Content style={{ height: 'calc(100dvh - 2 * var(--modal-y-offset))' }}>
        <DocumentPreviewContent document={document} onSaved={onSaved} closeLabel={t('common.close')} />
      </Modal.Content>
    </Modal.Root>
  )
}

function DocumentPreviewContent({
  document,
  onSaved,
  closeLabel,
}: {
  document: DocumentSource
  onSaved?: (saved: SavedDocument) => void
  closeLabel: string
}) {
  const { t } = useTranslation()
  const file = useDocumentFile(document, onSaved)
  const { preview, busy } = file
  const button = (action: DocumentAction, label: string, icon: ReactNode, run: () => void) => (
    <Button
      variant={action === 'save' ? 'filled' : 'default'}
      leftSection={icon}
      disabled={!preview || (busy !== null && busy !== action)}
      loading={busy === action}
      onClick={run}
    >
      {label}
    </Button>
  )

  return (
    <>
      <Modal.Header>
        <Modal.Title>
          {preview ? `${preview.model.title} ${preview.model.number}` : t('documents.preview.loading')}
        </Modal.Title>
        <Modal.CloseButton aria-label={closeLabel} />
      </Modal.Header>
      <Modal.Body>
        <Stack gap="md">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" c="dimmed">
              {preview ? t('documents.preview.pages', { count: preview.pages }) : ''}
            </Text>
            <Group gap="xs">
              {button(
                'save',
                t('documents.preview.save'),
                <IconDeviceFloppy size={16} />,
                () => void file.save(),
              )}
              {button(
                'print',
                t('documents.preview.print'),
                <IconPrinter size={16} />,
                () => void file.print(),
              )}
              {button(
                'open',
                t('documents.preview.openExternal'),
                <IconExternalLink size={16} />,
                () => void file.openExternal(),
              )}
            </Group>
          </Group>
          {file.saved && (
            <Text
              size="xs"
              c="dimmed"
              style={{ wordBreak: 'break-all', whiteSpace: 'pre-line' }}
              data-testid="document-saved"
            >
              {t('documents.preview.saved', { path: file.saved.fullPath, sha256: file.saved.sha256 })}
            </Text>
          )}
          {preview ? (
            <PdfPreview data={preview.data} />
          ) : file.failed ? (
            <Alert color="red" variant="light" role="alert">
              {t('documents.preview.failed')}
            </Alert>
          ) : (
            <Center p="xl">
              <Loader role="status" aria-label={t('documents.preview.loading')} />
            </Center>
          )}
        </Stack>
      </Modal.Body>
    </>
  )
}
