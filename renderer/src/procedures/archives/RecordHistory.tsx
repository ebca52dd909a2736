/** 变更记录: every audited change of one record, newest first, with who and when, in the log's words. */
import { Paper, Table, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { recordAuditHistory } from '../../data/auditQueries'
import { appDb } from '../../data/db'
import { useLiveQuery } from '../../data/live'
import { ActionRow, AuditColumns } from '../audit/ActionRow'
import { actionView } from '../audit/changeText'

export function RecordHistory({ table, rowId }: { table: string; rowId: string }) {
  const { t } = useTranslation()
  const history = useLiveQuery(() => recordAuditHistory(appDb(), table, rowId), [table, rowId])
  const views = useMemo(
    () => (history ? history.entries.map((e) => actionView(t, [e], history.records)) : []),
    [history, t],
  )
  return (
    <Paper withBorder radius="md" p="md">
      {views.length === 0 ? (
        <Text c="dimmed">{t('audit.empty')}</Text>
      ) : (
        <Table striped layout="fixed" aria-label={t('archives.history')}>
          <AuditColumns />
          <Table.Tbody>
            {views.map((v) => (
              <ActionRow key={v.id} view={v} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  )
}
