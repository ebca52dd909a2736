/** A button that opens a document of the procedure in the preview (保存 / 打印 / 用系统程序打开). */
import { Button } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconFileTypePdf } from '@tabler/icons-react'
import type { SavedDocument } from '@shared/ipc/contract'
import type { DocumentModel } from '@shared/documents/documentModel'
import { DocumentPreviewModal } from '../../../components/documents/DocumentPreviewModal'

interface Props {
  label: string
  build: () => Promise<DocumentModel>
  onSaved?: (saved: SavedDocument) => void
}

export function DocumentButton({ label, build, onSaved }: Props) {
  const [opened, { open, close }] = useDisclosure(false)
  return (
    <>
      <Button size="sm" variant="default" leftSection={<IconFileTypePdf size={16} />} onClick={open}>
        {label}
      </Button>
      <DocumentPreviewModal opened={opened} onClose={close} document={build} onSaved={onSaved} />
    </>
  )
}
