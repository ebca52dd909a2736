/**
 * While a contract is performed: the delivery date agreed, the day the
 * customer accepted the goods (验收合格), the warranty in months and the
 * 业务员 who chases its payments; and for each payment milestone what
 * makes it fall due, the date that gives (worked out from the real events —
 * signing, the last 设备签收单, acceptance, the warranty's end), and what
 * confirmed money has paid of it. Money is registered and confirmed on the
 * 回款 tab; delivery follows from the shipments on the 发货 tab.
 */
import { Badge, Group, NumberInput, Paper, Select, SimpleGrid, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import { formatFen } from '@shared/kernel/money'
import { milestoneAmountsFen } from '@shared/procedures/collections/receipts'
import { contractInForce } from '@shared/procedures/contracts/machines/contract'
import type { ContractRecord, MilestoneRecord } from '@shared/procedures/contracts/records'
import { isLive } from '@shared/types/records'
import { errorText } from '../../../components/errorText'
import { appDb } from '../../../data/db'
import { updateMilestone, updatePerformance } from '../../../data/repositories/contracts/contractsRepo'
import { useTableRows } from '../../../data/tableRows'
import { useActor, useWriteContext } from '../../../stores/session'
import { DayInput } from '../shared/DayInput'

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
  const users = useTableRows(appDb(), 'users')
  // Recorded while the contract binds (已签订, 已归档, 履行中).
  const editable = can(actor, 'contracts.perform') && contractInForce(contract.step)
  const report = async (work: Promise<void>) => {
    try {
      await work
      notifications.show({ color: 'green', message: t('common.saved') })
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    }
  }
  const perform = (patch: Parameters<typeof updatePerformance>[1]['patch']) =>
    void report(updatePerformance(appDb(), { contractId: contract.id, patch }, write()))
  const reps = (users ?? [])
    .filter((u) => isLive(u) && Array.isArray(u.roles) && (u.roles as string[]).includes('sales'))
    .map((u) => ({ value: String(u.id), label: String(u.name ?? u.account ?? '') }))
  const amounts = milestoneAmountsFen(contract.totalFen, milestones)
  const owed = new Map((contract.paymentsDue ?? []).map((m) => [m.milestoneId, m]))
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
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm" mb="md">
        <DayInput
          label={t('contractFields.acceptedOn')}
          editable={editable}
          value={contract.acceptedOn ?? ''}
          onChange={(v) => perform({ acceptedOn: v })}
        />
        <NumberInput
          label={t('contractFields.warrantyMonths')}
          readOnly={!editable}
          min={0}
          max={120}
          allowDecimal={false}
          value={contract.warrantyMonths ?? 0}
          onBlur={(e) => {
            const n = Number(e.currentTarget.value || 0)
            if (n !== (contract.warrantyMonths ?? 0)) perform({ warrantyMonths: n })
          }}
        />
        <Select
          label={t('contractFields.salesRepId')}
          placeholder={t('contracts.salesRepNone')}
          readOnly={!editable}
          data={reps}
          value={contract.salesRepId || null}
          onChange={(v) => perform({ salesRepId: v ?? '' })}
        />
      </SimpleGrid>
      <Table withTableBorder fz="sm" verticalSpacing={4} data-testid="milestone-payments">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contracts.milestone.kind')}</Table.Th>
            <Table.Th ta="right">{t('contracts.milestone.amount')}</Table.Th>
            <Table.Th>{t('contracts.milestone.dueRule')}</Table.Th>
            <Table.Th w={170}>{t('contracts.milestone.dueOn')}</Table.Th>
            <Table.Th ta="right">{t('contracts.milestone.received')}</Table.Th>
            <Table.Th ta="right">{t('contracts.milestone.open')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {milestones.map((m) => {
            const amount = amounts.get(m.id) ?? 0
            const o = owed.get(m.id)
            const open = o?.openFen ?? 0
            const fixed = !m.trigger || m.trigger === 'fixed'
            return (
              <Table.Tr key={m.id} data-milestone={m.kind}>
                <Table.Td>
                  {t(`contracts.milestone.kinds.${m.kind}`)} {m.percentBp / 100}%
                </Table.Td>
                <Table.Td ta="right">{formatFen(amount)}</Table.Td>
                <Table.Td>{m.dueRule}</Table.Td>
                <Table.Td>
                  {fixed ? (
                    <DayInput
                      size="xs"
                      editable={editable}
                      aria-label={t('contracts.milestone.dueOn')}
                      value={m.dueOn}
                      onChange={(v) =>
                        void report(
                          updateMilestone(
                            appDb(),
                            { contractId: contract.id, milestoneId: m.id, patch: { dueOn: v } },
                            write(),
                          ),
                        )
                      }
                    />
                  ) : open === 0 ? (
                    '—'
                  ) : (
                    o?.dueOn ||
                    t('contracts.milestone.dueUnknown', {
                      event: t(`contracts.milestone.triggers.${m.trigger}`),
                    })
                  )}
                </Table.Td>
                <Table.Td ta="right">{formatFen(amount - open)}</Table.Td>
                <Table.Td ta="right">
                  {open === 0 ? (
                    <Badge color="green" variant="light">
                      {t('contracts.milestone.paid')}
                    </Badge>
                  ) : (
                    formatFen(open)
                  )}
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  )
}
