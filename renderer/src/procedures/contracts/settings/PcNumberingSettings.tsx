/**
 * 本机编号段: the block of each month's sequence this PC numbers from —
 * claimed on the share by the PC itself (sync/numberBlocks.ts), shown here,
 * never typed — and its prefix for {pc}, which an administrator may set
 * (saved and logged by savePcPrefix). Kept on this PC only, not synced.
 */
import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core'
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
import { savePcPrefix } from '../../../data/numbering'
import { useActor, useWriteContext } from '../../../stores/session'

interface FormValues {
  pcPrefix: string
}

const PREFIX = /^[A-Z0-9]{1,3}$/

export function PcNumberingSettings() {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const editable = can(actor, 'settings.edit')
  const stored = useLiveQuery(() => loadNumbering(appDb()), [])
  const form = useForm<FormValues>({
    initialValues: { pcPrefix: 'A' },
    validate: { pcPrefix: (v) => (PREFIX.test(v) ? null : t('validation.pcPrefix')) },
  })
  useEffect(() => {
    if (!stored || form.isDirty()) return
    form.setInitialValues({ pcPrefix: stored.pcPrefix })
    form.setValues({ pcPrefix: stored.pcPrefix })
    // Only when the stored prefix changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored?.pcPrefix])

  const save = form.onSubmit(async (v) => {
    try {
      await savePcPrefix(appDb(), { pcPrefix: v.pcPrefix }, write())
      form.setInitialValues(v)
      form.resetDirty(v)
      notifications.show({ color: 'green', message: t('common.saved') })
    } catch (err) {
      if (errorField(err) === 'pcPrefix') form.setFieldError('pcPrefix', errorText(t, err))
      else notifications.show({ color: 'red', message: errorText(t, err) })
    }
  })

  const block = stored?.pcIndex

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
          {block !== undefined && (
            <Stack gap={2} data-testid="pc-block" data-block={block}>
              <Text size="sm" fw={500}>
                {t('pcNumbering.block', { block, from: block * RANGE + 1, to: (block + 1) * RANGE })}
              </Text>
              <Text size="xs" c="dimmed">
                {t(stored?.claim ? 'pcNumbering.claimed' : 'pcNumbering.unclaimed')}
              </Text>
            </Stack>
          )}
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
