/** 操作日志: who changed what and when, and a check that nobody edited the trail. */
import { Alert, Badge, Button, Group, List, Paper, Select, Stack, Table, Text, Title } from '@mantine/core'
import { IconShieldCheck } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { useLiveQuery } from '../../data/live'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type AuditVerification, latestAuditEntries, verifyAudit } from '../../data/auditQueries'
import { appDb } from '../../data/db'
import { syncedTableNames } from '@shared/tables/tableSpecs'
import { changeLines } from './changeText'
import { tableName } from './recordText'

const LIMIT = 500
/** Every synced table of the registry, and the log's own entries (sign-in, backup, sync). */
const tables = [...syncedTableNames, 'system']

export function AuditLogPage() {
  const { t } = useTranslation()
  const [table, setTable] = useState<string | null>(null)
  const [result, setResult] = useState<AuditVerification | null>(null)
  const [verifying, setVerifying] = useState(false)
  const entries = useLiveQuery(() => latestAuditEntries(appDb(), LIMIT, table ?? undefined), [table]) ?? []

  const verify = async () => {
    setVerifying(true)
    try {
      setResult(await verifyAudit(appDb()))
    } finally {
      setVerifying(false)
    }
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{t('audit.title')}</Title>
        <Button leftSection={<IconShieldCheck size={16} />} onClick={() => void verify()} loading={verifying}>
          {t('audit.verify')}
        </Button>
      </Group>
      {result && result.problems.length === 0 && (
        <Alert color="green" data-testid="audit-verify-result">
          {t('audit.verifyOk', { count: result.count })}
        </Alert>
      )}
      {result && result.problems.length > 0 && (
        <Alert
          color="red"
          data-testid="audit-verify-result"
          title={t('audit.verifyFailed', { count: result.problems.length })}
        >
          <List size="sm">
            {result.problems.map((p) => (
              <List.Item key={`${p.entryId}-${p.kind}`}>
                {t(`audit.problem.${p.kind}`, { seq: p.seq, id: p.entryId })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="sm">
          <Select
            w={200}
            clearable
            placeholder={t('common.all')}
            label={t('audit.filterTable')}
            value={table}
            onChange={setTable}
            data={tables.map((v) => ({ value: v, label: tableName(t, v) }))}
          />
          <Text size="sm" c="dimmed">
            {t('audit.shown', { count: entries.length })}
          </Text>
        </Group>
        {entries.length === 0 ? (
          <Text c="dimmed">{t('audit.empty')}</Text>
        ) : (
          <Table verticalSpacing="xs" striped data-testid="audit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>{t('audit.at')}</Table.Th>
                <Table.Th w={120}>{t('audit.actor')}</Table.Th>
                <Table.Th w={110}>{t('audit.action')}</Table.Th>
                <Table.Th w={120}>{t('audit.target')}</Table.Th>
                <Table.Th>{t('audit.changes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{dayjs(e.at).format('YYYY-MM-DD HH:mm:ss')}</Table.Td>
                  <Table.Td>{e.actorName}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" size="sm">
                      {t(`audit.actions.${e.action}`, { defaultValue: e.action })}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{tableName(t, e.table)}</Table.Td>
                  <Table.Td>
                    {changeLines(t, e).map((line) => (
                      <Text key={line} size="sm">
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
    </Stack>
  )
}
