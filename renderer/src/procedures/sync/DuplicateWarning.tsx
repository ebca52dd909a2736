/**
 * On a record's page: its business key is shared with another record (two
 * PCs each made it), read from the key's index as the page shows, with the
 * way to 重复编号与档案 where it is settled.
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { IconCopy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { appDb } from '../../data/db'
import { duplicatesOfRecord } from '../../data/duplicates'
import { useLiveQuery } from '../../data/live'
import { recordName, tableName } from '../audit/recordText'
import { keyLabel } from './DuplicateGroupCard'
import { DUPLICATES_PATH } from './SyncIndicator'

export function DuplicateWarning({ table, id }: { table: string; id: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const groups = useLiveQuery(() => duplicatesOfRecord(appDb(), table, id), [table, id])
  if (!groups?.length) return null
  return (
    <Stack gap="xs">
      {groups.map((group) => {
        const field = keyLabel(t, { group })
        const others = group.rows
          .filter((r) => r.id !== id)
          .map((r) => `${tableName(t, table)}「${recordName(table, r, String(r.id), t)}」`)
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
