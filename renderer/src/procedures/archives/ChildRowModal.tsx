/** Adds or edits one child row; errors show at the field. */
import { Button, Group, Modal, SimpleGrid, Stack } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import { type ChildTable, childFieldsFor, childSpecs } from '@shared/masterData/archiveSpecs'
import { emptyValues } from '@shared/masterData/fieldSpec'
import { cachedRecordSchema } from '@shared/masterData/recordSchema'
import { errorField, errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import { type ParentRef, saveChild } from '../../data/repositories/childRowsRepo'
import { useWriteContext } from '../../stores/session'
import { FieldInput } from './FieldInput'

interface Props {
  child: ChildTable
  parent: ParentRef
  row: AnyRecord | null
  onClose: () => void
}

export function ChildRowModal({ child, parent, row, onClose }: Props) {
  const { t } = useTranslation()
  const write = useWriteContext()
  const fields = childFieldsFor(child, parent.table)
  const initial = emptyValues(fields)
  const form = useForm<Record<string, unknown>>({
    initialValues: row
      ? Object.fromEntries(fields.map((f) => [f.key, row[f.key] ?? initial[f.key]]))
      : initial,
    validate: schemaResolver(cachedRecordSchema(fields, childSpecs[child].dateOrder), { sync: true }),
  })

  const submit = form.onSubmit(async (values) => {
    try {
      await saveChild(appDb(), { child, parent, id: row?.id ?? null, input: values }, write())
      notifications.show({ color: 'green', message: t('common.saved') })
      onClose()
    } catch (err) {
      const field = errorField(err)
      if (field) form.setFieldError(field, errorText(t, err))
      else notifications.show({ color: 'red', message: errorText(t, err) })
    }
  })

  const what = t(`md.${child}.one`)
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={row ? t('archives.editChild', { what }) : t('archives.addChild', { what })}
    >
      <form onSubmit={submit}>
        <Stack>
          <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
            {fields.map((f) => (
              <FieldInput key={f.key} form={form} table={child} field={f} />
            ))}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
