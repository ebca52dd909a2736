/** 终止 / 作废: the reason is asked for in its own dialog, and the step is taken only with one. */
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  action: 'terminate' | 'void' | null
  onClose: () => void
  /** Takes the step; resolves to the problem to show at the field, or null when done. */
  onConfirm: (reason: string) => Promise<string | null>
}

export function EndContractModal({ action, onClose, onConfirm }: Props) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const confirm = async () => {
    setBusy(true)
    const problem = await onConfirm(reason)
    setBusy(false)
    setError(problem)
    if (!problem) {
      setReason('')
      onClose()
    }
  }
  return (
    <Modal opened={action !== null} onClose={onClose} title={action ? t(`contracts.actions.${action}`) : ''}>
      <Stack gap="sm">
        <Textarea
          label={t('contracts.reason')}
          withAsterisk
          autosize
          minRows={3}
          data-autofocus
          value={reason}
          error={error}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()}>
            {action ? t(`contracts.actions.${action}`) : ''}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
