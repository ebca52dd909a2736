/**
 * 生成PDF: the register drawn by main, shown for checking, then saved into the
 * documents folder; saving records the month's register as produced with the
 * saved PDF's SHA-256.
 */
import { Button, Group, Modal, Stack } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDeviceFloppy, IconFileTypePdf } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type RegisterInput, registerDocument } from '@shared/documents/builders'
import type { DocumentModel } from '@shared/documents/documentModel'
import { errorText } from '../../../components/errorText'
import { PdfPreview } from '../../../components/preview/PdfPreview'
import { appDb } from '../../../data/db'
import { markRegisterProduced } from '../../../data/repositories/contracts/registerRepo'
import { api, unwrap } from '../../../ipc/api'
import { useActor } from '../../../stores/session'

interface Props {
  disabled: boolean
  month: string
  /** The month as the title says it (2026年11月). */
  monthLabel: string
  count: number
  input: () => RegisterInput
}

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

export function RegisterPdfButton({ disabled, month, monthLabel, count, input }: Props) {
  const { t } = useTranslation()
  const actor = useActor()
  const [busy, setBusy] = useState(false)
  const [preview, setPreview] = useState<{ model: DocumentModel; data: Uint8Array } | null>(null)

  const open = async () => {
    setBusy(true)
    try {
      const model = registerDocument(input())
      const shown = await unwrap(api().documents.preview({ model }))
      setPreview({ model, data: fromBase64(shown.dataBase64) })
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    } finally {
      setBusy(false)
    }
  }

  const save = async () => {
    if (!preview) return
    setBusy(true)
    try {
      const saved = await unwrap(api().documents.save({ model: preview.model }))
      await markRegisterProduced(
        appDb(),
        month,
        { count, pdfSha256: saved.sha256 },
        { actor, now: new Date() },
      )
      setPreview(null)
      notifications.show({
        color: 'green',
        autoClose: 10_000,
        message: t('contractRegister.saved', { path: saved.fullPath }),
      })
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Button
        leftSection={<IconFileTypePdf size={16} />}
        disabled={disabled}
        loading={busy && !preview}
        onClick={() => void open()}
      >
        {t('contractRegister.pdf')}
      </Button>
      <Modal
        opened={preview !== null}
        onClose={() => setPreview(null)}
        title={t('contractRegister.previewTitle', { month: monthLabel })}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {preview && (
          <Stack>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPreview(null)}>
                {t('common.cancel')}
              </Button>
              <Button leftSection={<IconDeviceFloppy size={16} />} loading={busy} onClick={() => void save()}>
                {t('contractRegister.save')}
              </Button>
            </Group>
            <PdfPreview data={preview.data} />
          </Stack>
        )}
      </Modal>
    </>
  )
}
