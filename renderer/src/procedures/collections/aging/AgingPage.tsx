/**
 * 账龄分析: what customers still owe as of a day (today unless picked),
 * aged 未到期 / 0–30 / 31–60 / 61–90 / 90 天以上 from each milestone's due
 * day — the whole, each bucket's share, then by customer and by sales rep,
 * largest first — and the same as a PDF and an Excel workbook.
 */
import {
  Button,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
  Tooltip,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileSpreadsheet } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatFen } from '@shared/kernel/money'
import { todayIso } from '@shared/kernel/workdays'
import { agingBuckets } from '@shared/procedures/collections/aging'
import { type AgingRow, agingDocument, agingWorkbook } from '@shared/procedures/collections/documents'
import { errorText } from '../../../components/errorText'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { readAgingView } from '../../../data/repositories/collections/agingReads'
import { api, unwrap } from '../../../ipc/api'
import { useActor } from '../../../stores/session'
import { DocumentButton } from '../../contracts/documents/DocumentButton'
import { DayInput } from '../../contracts/shared/DayInput'
import { agingInput, agingRows } from './agingModels'
import { bucketColor } from './agingView'

export function AgingPage() {
  const { t } = useTranslation()
  const actor = useActor()
  const [asOf, setAsOf] = useState(todayIso(new Date()))
  const day = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : todayIso(new Date())
  const view = useLiveQuery(() => readAgingView(appDb(), day), [day])
  const rows = view ? agingRows(view, t('agingScreen.unassigned')) : null
  const total = rows?.total

  const exportExcel = async () => {
    try {
      const input = await agingInput(appDb(), day, actor.name, new Date().toISOString())
      const written = await unwrap(
        api().spreadsheet.write({ ...agingWorkbook(input), yes: t('common.yes'), no: t('common.no') }),
      )
      notifications.show({
        color: 'green',
        autoClose: 10_000,
        message: t('agingScreen.exported', { path: written.path }),
      })
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(t, e) })
    }
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={3}>{t('agingScreen.title')}</Title>
        <Group align="flex-end">
          <DayInput w={160} label={t('agingScreen.asOf')} editable value={asOf} onChange={setAsOf} />
          <DocumentButton
            label={t('agingScreen.pdf')}
            build={async () =>
              agingDocument(await agingInput(appDb(), day, actor.name, new Date().toISOString()))
            }
          />
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
            onClick={() => void exportExcel()}
          >
            {t('agingScreen.excel')}
          </Button>
        </Group>
      </Group>
      {total && (
        <Paper withBorder p="md" data-testid="aging-total">
          <Group gap="xl" mb="sm">
            <Text>
              {t('agingScreen.total')}：<b>{formatFen(total.total)}</b>
            </Text>
            <Text c="dimmed">
              {t('agingScreen.overdue')}：{formatFen(total.total - total.notDue)}
            </Text>
          </Group>
          <Progress.Root size={28} data-testid="aging-shares">
            {agingBuckets.map((b) =>
              total[b] > 0 ? (
                <Tooltip key={b} label={`${t(`agingScreen.buckets.${b}`)} ${formatFen(total[b])}`}>
                  <Progress.Section value={(100 * total[b]) / total.total} color={bucketColor[b]}>
                    <Progress.Label>{t(`agingScreen.buckets.${b}`)}</Progress.Label>
                  </Progress.Section>
                </Tooltip>
              ) : null,
            )}
          </Progress.Root>
          <SimpleGrid cols={5} mt="sm">
            {agingBuckets.map((b) => (
              <Stack key={b} gap={0}>
                <Text size="xs" c={bucketColor[b]} fw={600}>
                  {t(`agingScreen.buckets.${b}`)}
                </Text>
                <Text size="sm">{formatFen(total[b])}</Text>
              </Stack>
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="sm">
            {t('agingScreen.note')}
          </Text>
        </Paper>
      )}
      {rows && rows.customers.length === 0 ? (
        <Text c="dimmed">{t('agingScreen.empty')}</Text>
      ) : (
        rows && (
          <Tabs defaultValue="customers" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="customers">{t('agingScreen.byCustomer')}</Tabs.Tab>
              <Tabs.Tab value="reps">{t('agingScreen.bySalesRep')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="customers" pt="sm">
              <AgingTable header={t('agingScreen.customer')} rows={rows.customers} testId="aging-customers" />
            </Tabs.Panel>
            <Tabs.Panel value="reps" pt="sm">
              <AgingTable header={t('agingScreen.salesRep')} rows={rows.salesReps} testId="aging-reps" />
            </Tabs.Panel>
          </Tabs>
        )
      )}
    </Stack>
  )
}

function AgingTable({ header, rows, testId }: { header: string; rows: readonly AgingRow[]; testId: string }) {
  const { t } = useTranslation()
  return (
    <Table withTableBorder striped fz="sm" data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{header}</Table.Th>
          {agingBuckets.map((b) => (
            <Table.Th key={b} ta="right">
              {t(`agingScreen.buckets.${b}`)}
            </Table.Th>
          ))}
          <Table.Th ta="right">{t('agingScreen.sum')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r, i) => (
          <Table.Tr key={`${i}:${r.name}`}>
            <Table.Td>{r.name}</Table.Td>
            {agingBuckets.map((b) => (
              <Table.Td key={b} ta="right" c={r.totals[b] > 0 && b !== 'notDue' ? bucketColor[b] : undefined}>
                {r.totals[b] ? formatFen(r.totals[b]) : '—'}
              </Table.Td>
            ))}
            <Table.Td ta="right" fw={600}>
              {formatFen(r.totals.total)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
