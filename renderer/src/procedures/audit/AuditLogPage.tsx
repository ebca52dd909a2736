/**
 * 操作日志: who did what to which record and when, one row per user action
 * (the entries of one transaction under one headline), and a check that
 * nobody edited the trail.
 */
import { Alert, Button, Group, List, Paper, Select, Stack, Table, Text, Title } from '@mantine/core'
import { IconShieldCheck } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { syncedTableNames } from '@shared/tables/tableSpecs'
import { type AuditVerification, latestAuditActions, verifyAudit } from '../../data/auditQueries'
import { appDb } from '../../data/db'
import { useLiveQuery } from '../../data/live'
import { ActionRow, AuditColumns } from './ActionRow'
import { actionView } from './changeText'
import { tableName } from './recordText'

/** Entries read; an action whose entries run past it is read whole. */
const LIMIT = 500
/** Every synced table of the registry, and the log's own entries (sign-in, backup, sync). */
const tables = [...syncedTableNames, 'system']

export function AuditLogPage() {
  const { t } = useTranslation()
  const [table, setTable] = useState<string | null>(null)
  const [result, setResult] = useState<AuditVerification | null>(null)
  const [verifying, setVerifying] = useState(false)
  const page = useLiveQuery(() => latestAuditActions(appDb(), LIMIT, table ?? undefined), [table])
  const views = useMemo(
    () => (page ? page.actions.map((entries) => actionView(t, entries, page.records)) : []),
    [page, t],
  )

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
            {t('audit.shown', { count: views.length })}
          </Text>
        </Group>
        {views.length === 0 ? (
          <Text c="dimmed">{t('audit.empty')}</Text>
        ) : (
          <Table verticalSpacing="xs" striped layout="fixed" data-testid="audit-table">
            <AuditColumns withRecord />
            <Table.Tbody>
              {views.map((v) => (
                <ActionRow key={v.id} view={v} withRecord />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  )
}
