/**
 * The fields of an archive record in sections, validated at the field by the
 * same schema the repository uses. Duplicates (same 统一社会信用代码 or name)
 * are warned, not refused: a clerk may know better.
 */
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useUnsavedGuard } from '../../components/useUnsavedGuard'
import { useNavigate } from 'react-router'
import { can } from '@shared/auth/permissions'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import { type ArchiveTable, archiveSpecs } from '@shared/masterData/archiveSpecs'
import { emptyValues, type FieldSpec } from '@shared/masterData/fieldSpec'
import { cachedRecordSchema } from '@shared/masterData/recordSchema'
import { errorField, errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import {
  type Duplicate,
  findDuplicates,
  saveArchive,
  setArchiveArchived,
} from '../../data/repositories/archivesRepo'
import { useActor, useWriteContext } from '../../stores/session'
import { FieldInput } from './FieldInput'
import { fieldLabel } from './labels'

type Values = Record<string, unknown>

function sectionsOf(fields: readonly FieldSpec[]): [string, FieldSpec[]][] {
  const map = new Map<string, FieldSpec[]>()
  for (const f of fields) map.set(f.section ?? 'basic', [...(map.get(f.section ?? 'basic') ?? []), f])
  return [...map]
}

export function ArchiveForm({ table, record }: { table: ArchiveTable; record: AnyRecord | null }) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const navigate = useNavigate()
  const spec = archiveSpecs[table]
  const mayEdit = can(actor, spec.edit) && !record?.deletedAt
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { ...emptyValues(spec.fields), ...pick(record, spec.fields) },
    validate: schemaResolver(cachedRecordSchema(spec.fields, spec.dateOrder), { sync: true }),
  })
  const duplicates = useDuplicates(table, form.getValues(), record?.id ?? null)
  const guard = useUnsavedGuard(mayEdit && form.isDirty())

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await saveArchive(appDb(), { table, id: record?.id ?? null, input: values }, write())
      notifications.show({ color: 'green', message: t('common.saved') })
      form.resetDirty()
      guard.allowNext()
      if (!record) navigate(`${spec.route}/${saved.id}`, { replace: true })
    } catch (err) {
      const field = errorField(err)
      if (field) form.setFieldError(field, errorText(t, err))
      else notifications.show({ color: 'red', message: errorText(t, err) })
    }
  })

  const setArchived = (archived: boolean) => {
    if (!record) return
    const run = async () => {
      try {
        await setArchiveArchived(appDb(), { table, id: record.id, archived }, write())
        notifications.show({
          color: 'green',
          message: t(archived ? 'archives.archivedDone' : 'archives.restoredDone'),
        })
      } catch (err) {
        notifications.show({ color: 'red', message: errorText(t, err) })
      }
    }
    if (!archived) return void run()
    modals.openConfirmModal({
      title: t('archives.archiveTitle', { name: String(record.name) }),
      children: <Text size="sm">{t('archives.archiveBody')}</Text>,
      labels: { confirm: t('common.archive'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void run(),
    })
  }

  const values = form.getValues()
  return (
    <form onSubmit={submit}>
      <fieldset disabled={!mayEdit} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="md">
          {sectionsOf(spec.fields).map(([section, fields]) => {
            const shown = fields.filter((f) => !f.when || values[f.when] === true || f.key === f.when)
            return (
              <Paper key={section} withBorder radius="md" p="md">
                <Text fw={600} mb="sm">
                  {t(`md.sections.${section}`)}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
                  {shown.map((f) => (
                    <div key={f.key} style={f.kind === 'textarea' ? { gridColumn: '1 / -1' } : undefined}>
                      <FieldInput form={form} table={table} field={f} />
                    </div>
                  ))}
                </SimpleGrid>
              </Paper>
            )
          })}
          {duplicates.length > 0 && (
            <Alert color="yellow" icon={<IconAlertTriangle size={18} />} data-testid="duplicate-warning">
              {duplicates.map((d) => (
                <Text key={d.id} size="sm">
                  {t('archives.duplicate', {
                    keys: d.keys.map((k) => fieldLabel(t, table, k)).join(t('common.listSep')),
                    name: d.name,
                  })}
                </Text>
              ))}
            </Alert>
          )}
        </Stack>
      </fieldset>
      <Group justify="flex-end" mt="md">
        {record && !record.deletedAt && can(actor, spec.edit) && (
          <Button variant="light" color="red" onClick={() => setArchived(true)}>
            {t('common.archive')}
          </Button>
        )}
        {record?.deletedAt && can(actor, 'archives.restore') && (
          <Button variant="light" onClick={() => setArchived(false)}>
            {t('common.restore')}
          </Button>
        )}
        {mayEdit && <Button type="submit">{t('common.save')}</Button>}
      </Group>
    </form>
  )
}

function pick(record: AnyRecord | null, fields: readonly FieldSpec[]): Values {
  if (!record) return {}
  return Object.fromEntries(fields.filter((f) => f.key in record).map((f) => [f.key, record[f.key]]))
}

/** Re-checks duplicates when an identifying value changes (debounced). */
function useDuplicates(table: ArchiveTable, values: Values, exceptId: string | null): Duplicate[] {
  const keys = [...new Set(archiveSpecs[table].uniqueKeys.flat())]
  const signature = keys.map((k) => String(values[k] ?? '')).join('\u0001')
  const [found, setFound] = useState<Duplicate[]>([])
  useEffect(() => {
    let live = true
    const timer = setTimeout(() => {
      void findDuplicates(appDb(), table, Object.fromEntries(keys.map((k) => [k, values[k]])), exceptId).then(
        (d) => live && setFound(d),
      )
    }, 300)
    return () => {
      live = false
      clearTimeout(timer)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the signature stands for the key values
  }, [table, signature, exceptId])
  return found
}
