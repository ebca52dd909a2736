import { Modal } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { AttachmentPreview, type AttachmentPreviewProps } from './AttachmentPreview'

export interface PreviewModalProps extends AttachmentPreviewProps {
  opened: boolean
  onClose: () => void
}

/** The attachment in a tall modal titled with its file name; the preview unmounts (and frees) on close. */
export function PreviewModal({ opened, onClose, data, mime, fileName }: PreviewModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={fileName}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ content: { height: 'calc(100dvh - 2 * var(--modal-y-offset))' } }}
    >
      <AttachmentPreview data={data} mime={mime} fileName={fileName} />
    </Modal>
  )
}
