/**
 * What finance reviews a purchase order against (制度：由财务部审核《销售合同》
 * 及〈设备采购单〉): the contract (number, customer, amount, a link to it),
 * its approvals as decided, the payments received so far, and what of each
 * line is already ordered, shipped and signed for.
 */
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { formatFen } from '@shared/kernel/money'
import { shareOfFen } from '@shared/kernel/shareOfFen'
import type { ContractRecord, PhoneOrderRecord } from '@shared/procedures/contracts/records'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { liveMilestones } from '../../../data/repositories/contracts/childLines'
import { ApprovalPanel } from '../../contracts/shared/ApprovalPanel'
import { supplyPath } from './shippingView'
import { SupplyLinesTable } from './SupplyLinesTable'
import type { SupplyView } from './useSupply'

export function ReviewCard({ view }: { view: SupplyView }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const record = view.record as (ContractRecord | PhoneOrderRecord) | undefined
  const isContract = view.ref.table === 'contracts'
  const milestones = useLiveQuery(
    () => (isContract ? liveMilestones(appDb(), view.ref.id) : Promise.resolve([])),
    [view.ref.id, isContract],
  )
  if (!record) return null
  const stepWord = isContract ? `contracts.steps.${record.step}` : `phoneOrders.steps.${record.step}`
  return (
    <Paper withBorder p="md" data-testid="finance-review">
      <Title order={5} mb="sm">
        {t('shippingOrders.review.title')}
      </Title>
      <Stack gap="sm">
        <Group gap="lg">
          <Text size="sm">
            {t(isContract ? 'shippingOrders.review.contract' : 'shippingOrders.review.phoneOrder')}：
            <Anchor
              size="sm"
              onClick={() => navigate(supplyPath(view.ref))}
              data-testid="review-contract-link"
            >
              {view.number}
            </Anchor>
            {isContract ? ` · ${(record as ContractRecord).title}` : ''}
          </Text>
          <Text size="sm">
            {t('purchaseOrderFields.customerId')}：{view.customerName}
          </Text>
          <Text size="sm" fw={600}>
            {t('shippingOrders.review.amount')}：{formatFen(record.totalFen)}
          </Text>
          <Badge variant="light">{t(stepWord)}</Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <div>
            <Text size="sm" fw={600} mb={4}>
              {t('shippingOrders.review.approvals')}
            </Text>
            <ApprovalPanel table={view.ref.table} subject={record} />
          </div>
          {isContract && (
            <div>
              <Text size="sm" fw={600} mb={4}>
                {t('shippingOrders.review.payments')}
              </Text>
              <Table withTableBorder fz="sm" verticalSpacing={4} data-testid="review-payments">
                <Table.Tbody>
                  {(milestones ?? []).map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td>
                        {t(`contracts.milestone.kinds.${m.kind}`)} {m.percentBp / 100}%
                      </Table.Td>
                      <Table.Td ta="right">{formatFen(shareOfFen(record.totalFen, m.percentBp))}</Table.Td>
                      <Table.Td>
                        {m.receivedOn ? (
                          <Text span size="sm" c="green">
                            {t('shippingOrders.review.received', { date: m.receivedOn })}
                          </Text>
                        ) : (
                          <Text span size="sm" c="dimmed">
                            {t('shippingOrders.review.notReceived')}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
        </SimpleGrid>
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t('shippingOrders.review.supply')}
          </Text>
          <SupplyLinesTable view={view} />
        </div>
      </Stack>
    </Paper>
  )
}
