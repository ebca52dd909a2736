/**
 * 本机编号段: which block of each month's sequence this PC numbers from, and
 * its prefix for {pc}. Kept on this PC only (not synced), saved and logged by
 * saveNumbering; an administrator's act like the other settings.
 */
import { Button, Group, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import { RANGE } from '@shared/procedures/contracts/numbering'
import { errorField, errorText } from '../../../components/errorText'
import { appDb } from '../../../data/db'
import { loadNumbering } from '../../../data/deviceMeta'
import { useLiveQuery } from '../../../data/live'
import { saveNumbering } from '../../../data/numbering'
import { useActor, useWriteContext } from '../../../stores/session'

interface FormValues {
  pcIndex: number | string
  pcPrefix: string
}

const PREFIX = /^[A-Z0-9]{1,3}$/
const validIndex = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 9

export function PcNumberingSettings() {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const editable = can(actor, 'settings.edit')
  const stored = useLiveQuery(() => loadNumbering(appDb()), [])
  const form = useForm<FormValues>({
    initialValues: { pcIndex: 0, pcPrefix: 'A' },
    validate: {
      pcIndex: (v) => (validIndex(v) ? null : t('validation.integerRange', { min: 0, max: 9 })),
      pcPrefix: (v) => (PREFIX.test(v) ? null : t('validation.pcPrefix')),
    },
  })
  useEffect(() => {
    if (!stored || form.isDirty()) return
    form.setInitialValues({ pcIndex: stored.pcIndex, pcPrefix: stored.pcPrefix })
    form.setValues({ pcIndex: stored.pcIndex, pcPrefix: stored.pcPrefix })
    // Only when the stored block changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored?.pcIndex, stored?.pcPrefix])

  const save = form.onSubmit(async (v) => {
    try {
      await saveNumbering(appDb(), { pcIndex: Number(v.pcIndex), pcPrefix: v.pcPrefix }, write())
      form.setInitialValues(v)
      form.resetDirty(v)
      notifications.show({ color: 'green', message: t('common.saved') })
    } catch (err) {
      const field = errorField(err)
      if (field === 'pcIndex' || field === 'pcPrefix') form.setFieldError(field, errorText(t, err))
      else notifications.show({ color: 'red', message: errorText(t, err) })
    }
  })

  const index = form.getValues().pcIndex
  const block = validIndex(index)
    ? t('pcNumbering.pcIndexHint', { from: Number(index) * RANGE + 1, to: (Number(index) + 1) * RANGE })
    : ' '

  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <form onSubmit={save}>
        <Stack gap="sm">
          <Text fw={600} size="sm">
            {t('pcNumbering.title')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('pcNumbering.explain')}
          </Text>
          <NumberInput
            label={t('pcNumbering.pcIndex')}
            description={block}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            readOnly={!editable}
            {...form.getInputProps('pcIndex')}
          />
          <TextInput
            label={t('pcNumbering.pcPrefix')}
            description={t('pcNumbering.pcPrefixHint')}
            readOnly={!editable}
            {...form.getInputProps('pcPrefix')}
            onChange={(e) => form.setFieldValue('pcPrefix', e.currentTarget.value.toUpperCase())}
          />
          {editable && (
            <Group justify="flex-end">
              <Button type="submit" variant="light" disabled={!form.isDirty()}>
                {t('pcNumbering.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  )
}
