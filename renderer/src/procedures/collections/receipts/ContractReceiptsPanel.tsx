/**
 * The 回款 tab of a contract: each payment milestone with its amount, what
 * finance confirmed received, what waits for finance and what is still
 * open; the receipts that paid them (each with its part on this contract
 * and its step); and where the clerk registers a receipt for it.
 */
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { can } from '@shared/auth/permissions'
import { formatFen } from '@shared/kernel/money'
import { contractOwesPayments } from '@shared/procedures/contracts/machines/contract'
import type { SyncedTable } from '@shared/tables/tableSpecs'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { readContractMilestones } from '../../../data/repositories/collections/collectionsReads'
import { useActor } from '../../../stores/session'
import { receiptStepColor } from './receiptView'

export function ContractReceiptsPanel({ id }: { table: SyncedTable; id: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const data = useLiveQuery(() => readContractMilestones(appDb(), id), [id])
  if (!data?.contract) return null
  const { contract, milestones, allocations, receipts } = data
  const waiting = new Map<string, number>()
  const byReceipt = new Map<string, { fen: number; kinds: Set<string> }>()
  const kindOf = new Map(milestones.map((m) => [m.milestone.id, m.milestone.kind]))
  for (const a of allocations) {
    const r = receipts.get(a.parentId)
    if (!r) continue
    if (r.step === 'pending' || r.step === 'returned')
      waiting.set(a.milestoneId, (waiting.get(a.milestoneId) ?? 0) + a.amountFen)
    const own = byReceipt.get(r.id) ?? { fen: 0, kinds: new Set<string>() }
    own.fen += a.amountFen
    own.kinds.add(t(`contracts.milestone.kinds.${kindOf.get(a.milestoneId) ?? 'other'}`))
    byReceipt.set(r.id, own)
  }
  const paid = [...receipts.values()]
    .filter((r) => byReceipt.has(r.id))
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.number.localeCompare(b.number))
  const sum = (f: (m: (typeof milestones)[number]) => number) => milestones.reduce((s, m) => s + f(m), 0)
  const mayRegister = can(actor, 'collections.register') && contractOwesPayments(contract.step)
  return (
    <Stack gap="md" data-testid="contract-receipts">
      <Paper withBorder p="md">
        <Group justify="space-between">
          <Group gap="xl">
            <Text size="sm">
              {t('receiptsScreen.contractTotal')}：{formatFen(contract.totalFen)}
            </Text>
            <Text size="sm" data-testid="contract-received">
              {t('receiptsScreen.receivedTotal')}：{formatFen(sum((m) => m.receivedFen))}
            </Text>
            <Text size="sm" fw={600} data-testid="contract-open">
              {t('receiptsScreen.openTotal')}：{formatFen(sum((m) => m.amountFen - m.receivedFen))}
            </Text>
          </Group>
          {mayRegister && (
            <Button onClick={() => navigate(`/receipts/new?contract=${id}`)}>
              {t('receiptsScreen.create')}
            </Button>
          )}
        </Group>
      </Paper>
      <Paper withBorder p="md">
        <Table withTableBorder fz="sm" verticalSpacing={4} aria-label={t('receiptsScreen.allocations')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('receiptsScreen.milestone')}</Table.Th>
              <Table.Th>{t('contracts.milestone.dueRule')}</Table.Th>
              <Table.Th ta="right">{t('receiptsScreen.amount')}</Table.Th>
              <Table.Th ta="right">{t('receiptsScreen.received')}</Table.Th>
              <Table.Th ta="right">{t('receiptsScreen.pending')}</Table.Th>
              <Table.Th ta="right">{t('receiptsScreen.open')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {milestones.map((m) => (
              <Table.Tr key={m.milestone.id} data-milestone={m.label}>
                <Table.Td>
                  {t(`contracts.milestone.kinds.${m.milestone.kind}`)} {m.milestone.percentBp / 100}%
                </Table.Td>
                <Table.Td>{m.milestone.dueRule}</Table.Td>
                <Table.Td ta="right">{formatFen(m.amountFen)}</Table.Td>
                <Table.Td ta="right">{formatFen(m.receivedFen)}</Table.Td>
                <Table.Td ta="right">{formatFen(waiting.get(m.milestone.id) ?? 0)}</Table.Td>
                <Table.Td ta="right">{formatFen(m.amountFen - m.receivedFen)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={600}>
              <Table.Td colSpan={2}>{t('receiptsScreen.total')}</Table.Td>
              <Table.Td ta="right">{formatFen(sum((m) => m.amountFen))}</Table.Td>
              <Table.Td ta="right">{formatFen(sum((m) => m.receivedFen))}</Table.Td>
              <Table.Td ta="right">{formatFen(sum((m) => waiting.get(m.milestone.id) ?? 0))}</Table.Td>
              <Table.Td ta="right">{formatFen(sum((m) => m.amountFen - m.receivedFen))}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('receiptsScreen.receiptsOfContract')}
        </Title>
        {paid.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('receiptsScreen.contractEmpty')}
          </Text>
        ) : (
          <Table withTableBorder fz="sm" highlightOnHover aria-label={t('receiptsScreen.receiptsOfContract')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('receiptFields.number')}</Table.Th>
                <Table.Th>{t('receiptFields.receivedOn')}</Table.Th>
                <Table.Th>{t('receiptFields.method')}</Table.Th>
                <Table.Th>{t('receiptsScreen.milestone')}</Table.Th>
                <Table.Th ta="right">{t('receiptsScreen.partOfContract')}</Table.Th>
                <Table.Th>{t('receiptFields.step')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {paid.map((r) => (
                <Table.Tr
                  key={r.id}
                  style={{ cursor: 'pointer' }}
                  onClick={() => navigate(`/receipts/${r.id}`)}
                >
                  <Table.Td>{r.number}</Table.Td>
                  <Table.Td>{r.receivedOn}</Table.Td>
                  <Table.Td>{t(`collections.methods.${r.method}`)}</Table.Td>
                  <Table.Td>{[...(byReceipt.get(r.id)?.kinds ?? [])].join('、')}</Table.Td>
                  <Table.Td ta="right">{formatFen(byReceipt.get(r.id)?.fen ?? 0)}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={receiptStepColor(r.step)}>
                      {t(`collections.receipts.steps.${r.step}`)}
                    </Badge>
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
