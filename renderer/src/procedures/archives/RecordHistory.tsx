/** 变更记录: every audited change of one record, newest first, with who and when. */
import { Paper, Table, Text } from '@mantine/core'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { appDb } from '../../data/db'
import { useLiveQuery } from '../../data/live'
import { recordAuditEntries } from '../../data/auditQueries'
import { changeLines } from '../audit/changeText'

export function RecordHistory({ table, rowId }: { table: string; rowId: string }) {
  const { t } = useTranslation()
  const entries = useLiveQuery(() => recordAuditEntries(appDb(), table, rowId), [table, rowId]) ?? []
  return (
    <Paper withBorder radius="md" p="md">
      {entries.length === 0 ? (
        <Text c="dimmed">{t('audit.empty')}</Text>
      ) : (
        <Table striped aria-label={t('archives.history')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>{t('audit.at')}</Table.Th>
              <Table.Th w={100}>{t('audit.actor')}</Table.Th>
              <Table.Th w={80}>{t('audit.action')}</Table.Th>
              <Table.Th>{t('audit.changes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{dayjs(e.at).format('YYYY-MM-DD HH:mm')}</Table.Td>
                <Table.Td>{e.actorName}</Table.Td>
                <Table.Td>{t(`audit.actions.${e.action}`, { defaultValue: e.action })}</Table.Td>
                <Table.Td>
                  {changeLines(t, e).map((line) => (
                    <Text key={line} size="xs">
                      {line}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  )
}
