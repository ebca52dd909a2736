/**
 * While a contract is performed: the delivery date agreed and, for each
 * payment milestone, the date it falls due and the day its money arrived.
 * These feed the dashboard's overdue checks. Each date saved is its own
 * small action. Delivery itself is not typed here: it follows from the
 * shipments and their signed receipts, on the 发货 tab.
 */
import { Group, Paper, Table, Text, Title } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import { formatFen } from '@shared/kernel/money'
import { shareOfFen } from '@shared/kernel/shareOfFen'
import { contractInForce } from '@shared/procedures/contracts/machines/contract'
import type { ContractRecord, MilestoneRecord } from '@shared/procedures/contracts/records'
import { errorText } from '../../../components/errorText'
import { appDb } from '../../../data/db'
import { updateMilestone } from '../../../data/repositories/contracts/contractsRepo'
import { useActor, useWriteContext } from '../../../stores/session'

export function PerformancePanel({
  contract,
  milestones,
}: {
  contract: ContractRecord
  milestones: MilestoneRecord[]
}) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  // Delivery and payments are recorded while the contract binds (已签订, 已归档, 履行中).
  const editable = can(actor, 'contracts.perform') && contractInForce(contract.step)
  const report = async (work: Promise<void>) => {
    try {
      await work
      notifications.show({ color: 'green', message: t('common.saved') })
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    }
  }
  return (
    <Paper withBorder p="md" data-testid="performance">
      <Title order={5} mb="sm">
        {t('contracts.performance')}
      </Title>
      <Group mb="sm" gap="lg">
        <Text size="sm">
          {t('contracts.deliveryDueOn')}：{contract.deliveryDueOn || '—'}
        </Text>
        <Text size="sm" c="dimmed" data-testid="delivery-on-tab">
          {t('contracts.deliveryFollows')}
        </Text>
      </Group>
      <Table withTableBorder fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contracts.milestone.kind')}</Table.Th>
            <Table.Th ta="right">{t('contracts.milestone.amount')}</Table.Th>
            <Table.Th>{t('contracts.milestone.dueRule')}</Table.Th>
            <Table.Th w={150}>{t('contracts.milestone.dueOn')}</Table.Th>
            <Table.Th w={150}>{t('contracts.milestone.receivedOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {milestones.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                {t(`contracts.milestone.kinds.${m.kind}`)} {m.percentBp / 100}%
              </Table.Td>
              <Table.Td ta="right">{formatFen(shareOfFen(contract.totalFen, m.percentBp))}</Table.Td>
              <Table.Td>{m.dueRule}</Table.Td>
              {(['dueOn', 'receivedOn'] as const).map((f) => (
                <Table.Td key={f}>
                  <DateInput
                    size="xs"
                    valueFormat="YYYY-MM-DD"
                    aria-label={t(`contracts.milestone.${f}`)}
                    readOnly={!editable}
                    value={m[f] || null}
                    onChange={(v) =>
                      void report(
                        updateMilestone(
                          appDb(),
                          { contractId: contract.id, milestoneId: m.id, patch: { [f]: v ?? '' } },
                          write(),
                        ),
                      )
                    }
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  )
}
