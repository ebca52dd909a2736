/**
 * A step that needs a reason (a contract's 终止 or 作废, voiding a phone
 * order): asked for in its own dialog, and taken only with one. Both the
 * blank reason and a refusal are shown at the field, where the clerk is
 * typing, and the dialog stays open until the step is taken.
 */
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorText } from '../../../components/errorText'

interface Props {
  opened: boolean
  /** The action, e.g. 作废: the dialog's title unless `title` is given, and its red button. */
  action: string
  title?: string
  /** The reason field's label. */
  label: string
  onClose: () => void
  /** Takes the step; a refusal it throws is shown at the field. */
  onConfirm: (reason: string) => Promise<void>
}

export function ReasonModal({ opened, action, title = action, label, onClose, onConfirm }: Props) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  const confirm = async () => {
    if (reason.trim() === '') return setError(t('validation.required'))
    setBusy(true)
    try {
      await onConfirm(reason)
      setReason('')
      onClose()
    } catch (e) {
      setError(errorText(t, e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <Textarea
          label={label}
          withAsterisk
          autosize
          minRows={3}
          data-autofocus
          value={reason}
          error={error}
          onChange={(e) => {
            setReason(e.currentTarget.value)
            setError(undefined)
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()}>
            {action}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
