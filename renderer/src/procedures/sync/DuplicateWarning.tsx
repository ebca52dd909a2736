/**
 * On a record's page: its business key is shared with another record (two
 * PCs each made it), read from the key's index as the page shows, with the
 * way to 重复编号与档案 where it is settled.
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { IconCopy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { decodeHlc } from '@shared/kernel/hlc'
import { type SyncedTable, tableSpecs } from '@shared/tables/tableSpecs'
import { appDb } from '../../data/db'
import { readDevice } from '../../data/deviceMeta'
import { type DuplicateGroup, duplicatesOfRecord } from '../../data/duplicates'
import { useLiveQuery } from '../../data/live'
import { recordName, tableName } from '../audit/recordText'
import { pcName } from './conflictText'
import { keyLabel } from './DuplicateGroupCard'
import { DUPLICATES_PATH } from './SyncIndicator'

type Row = Record<string, unknown>

/** What tells another record apart: its first name field whose value is not the shared one (a contract's title). */
function otherName(group: DuplicateGroup, row: Row): string {
  const spec = tableSpecs[group.t as SyncedTable]
  for (const f of spec.nameFields) {
    const v = row[f]
    if (typeof v === 'string' && v.trim() && v !== group.valueText) return v
  }
  return recordName(group.t, row, String(row.id))
}

export function DuplicateWarning({ table, id }: { table: string; id: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const groups = useLiveQuery(() => duplicatesOfRecord(appDb(), table, id), [table, id])
  const self = useLiveQuery(() => readDevice(appDb()), [])?.deviceId
  if (!groups?.length) return null
  return (
    <Stack gap="xs">
      {groups.map((group) => {
        const field = keyLabel(t, { group })
        const others = group.rows
          .filter((r) => r.id !== id)
          .map((r) =>
            t('sync.duplicates.warning.other', {
              pc: typeof r.createdHlc === 'string' ? pcName(t, decodeHlc(r.createdHlc).node, self) : '',
              table: tableName(t, table),
              name: otherName(group, r),
            }),
          )
          .join(t('common.listSep'))
        return (
          <Alert
            key={group.id}
            color="orange"
            icon={<IconCopy size={18} />}
            title={t('sync.duplicates.warning.title', { field })}
            data-testid="duplicate-warning"
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm">
                {t('sync.duplicates.warning.text', { field, value: group.valueText, others })}
              </Text>
              <Button size="xs" variant="light" color="orange" onClick={() => navigate(DUPLICATES_PATH)}>
                {t('sync.duplicates.warning.go')}
              </Button>
            </Group>
          </Alert>
        )
      })}
    </Stack>
  )
}
