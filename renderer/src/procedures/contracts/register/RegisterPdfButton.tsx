/**
 * 生成PDF: the register drawn by main and shown for checking (保存 / 打印 /
 * 用系统程序打开); every save records the month's register as produced with
 * the saved PDF's SHA-256, so the 工作台 stops asking for it.
 */
import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileTypePdf } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type RegisterInput, registerDocument } from '@shared/procedures/contracts/documents'
import type { SavedDocument } from '@shared/ipc/contract'
import { DocumentPreviewModal } from '../../../components/documents/DocumentPreviewModal'
import { errorText } from '../../../components/errorText'
import { appDb } from '../../../data/db'
import { markRegisterProduced } from '../../../data/repositories/contracts/registerRepo'
import { useWriteContext } from '../../../stores/session'

interface Props {
  disabled: boolean
  /** What the register prints, read when the preview opens. */
  input: () => RegisterInput
}

export function RegisterPdfButton({ disabled, input }: Props) {
  const { t } = useTranslation()
  const write = useWriteContext()
  const [opened, setOpened] = useState(false)
  // The month and count of the register being previewed, for the record a save makes.
  const shown = useRef<{ month: string; count: number } | null>(null)

  const build = () => {
    const data = input()
    shown.current = { month: data.month, count: data.entries.length }
    return registerDocument(data)
  }

  const onSaved = (saved: SavedDocument) => {
    const register = shown.current
    if (!register) return
    markRegisterProduced(
      appDb(),
      { month: register.month, count: register.count, pdfSha256: saved.sha256 },
      write(),
    ).catch((err: unknown) => notifications.show({ color: 'red', message: errorText(t, err) }))
  }

  return (
    <>
      <Button leftSection={<IconFileTypePdf size={16} />} disabled={disabled} onClick={() => setOpened(true)}>
        {t('contractRegister.pdf')}
      </Button>
      <DocumentPreviewModal
        opened={opened}
        onClose={() => setOpened(false)}
        document={build}
        onSaved={onSaved}
      />
    </>
  )
}
