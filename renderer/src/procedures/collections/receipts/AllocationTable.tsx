/**
 * 分配到付款节点: the customer's milestones this receipt may pay — contract,
 * 付款节点 and its share, its amount, what finance confirmed received, what
 * is left open after this receipt — and what the clerk types it pays of
 * each (填入 takes what is open, up to what is still unallocated). Below,
 * how far the parts are from the receipt's amount.
 */
import { Anchor, Button, Group, Paper, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { formatFen } from '@shared/kernel/money'
import type { MilestoneMoney } from '../../../data/repositories/collections/collectionsReads'
import { ScaledTextInput } from '../../contracts/shared/ScaledTextInput'

interface Props {
  rows: readonly MilestoneMoney[]
  parts: Readonly<Record<string, number>>
  /** null: the clerk emptied the box, the milestone is not paid by this receipt. */
  onPart: (milestoneId: string, fen: number | null) => void
  amountFen: number
  editable: boolean
  /** A row's refusal, by milestone id; the table's own ('allocations') by ''. */
  err: (milestoneId: string) => string | undefined
  /** Set while no customer is chosen: the rows would be someone's. */
  noCustomer: boolean
}

const valid = (fen: number | undefined) =>
  fen !== undefined && Number.isSafeInteger(fen) && fen > 0 ? fen : 0

export function AllocationTable({ rows, parts, onPart, amountFen, editable, err, noCustomer }: Props) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const allocated = rows.reduce((sum, r) => sum + valid(parts[r.milestone.id]), 0)
  const left = amountFen - allocated
  const fill = (r: MilestoneMoney) => {
    const others = allocated - valid(parts[r.milestone.id])
    onPart(r.milestone.id, Math.max(0, Math.min(r.openFen, amountFen - others)))
  }
  const tableErr = err('')
  return (
    <Paper withBorder p="md" data-testid="receipt-allocations">
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={5}>{t('receiptsScreen.allocations')}</Title>
          {editable && (
            <Text size="sm" c="dimmed">
              {t('receiptsScreen.allocationsHint')}
            </Text>
          )}
        </Group>
      </Group>
      {noCustomer || rows.length === 0 ? (
        <Text size="sm" c={tableErr ? 'red' : 'dimmed'}>
          {noCustomer ? t('receiptsScreen.pickCustomer') : t('receiptsScreen.noMilestones')}
        </Text>
      ) : (
        <Table withTableBorder fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('receiptsScreen.contract')}</Table.Th>
              <Table.Th>{t('receiptsScreen.milestone')}</Table.Th>
              <Table.Th ta="right">{t('receiptsScreen.amount')}</Table.Th>
              <Table.Th ta="right">{t('receiptsScreen.received')}</Table.Th>
              <Table.Th ta="right">{t('receiptsScreen.open')}</Table.Th>
              <Table.Th w={editable ? 250 : 150} ta="right">
                {t('receiptsScreen.part')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => {
              const id = r.milestone.id
              const part = parts[id]
              const openAfter = r.openFen - valid(part)
              return (
                <Table.Tr key={id} data-milestone={r.label}>
                  <Table.Td>
                    <Anchor size="sm" onClick={() => navigate(`/contracts/${r.contract.id}?tab=receipts`)}>
                      {r.contract.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {t(`contracts.milestone.kinds.${r.milestone.kind}`)} {r.milestone.percentBp / 100}%
                  </Table.Td>
                  <Table.Td ta="right">{formatFen(r.amountFen)}</Table.Td>
                  <Table.Td ta="right">{formatFen(r.receivedFen)}</Table.Td>
                  <Table.Td ta="right" c={openAfter < 0 ? 'red' : undefined}>
                    {formatFen(openAfter)}
                  </Table.Td>
                  <Table.Td ta="right">
                    {editable ? (
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <ScaledTextInput
                          size="xs"
                          w={170}
                          scale="money"
                          aria-label={`${t('receiptsScreen.part')} ${r.label}`}
                          nullable
                          value={part ?? null}
                          error={err(id)}
                          onValue={(v) => onPart(id, v)}
                        />
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          aria-label={t('receiptsScreen.fillLabel', { label: r.label })}
                          disabled={r.openFen === 0 || amountFen <= 0}
                          onClick={() => fill(r)}
                        >
                          {t('receiptsScreen.fill')}
                        </Button>
                      </Group>
                    ) : (
                      formatFen(part ?? 0)
                    )}
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
      <Group justify="flex-end" mt="xs" gap="md">
        <Text size="sm" data-testid="allocated">
          {t('receiptsScreen.allocated', {
            allocated: formatFen(allocated),
            amount: formatFen(Math.max(0, amountFen)),
          })}
        </Text>
        {editable && left !== 0 && amountFen > 0 && (
          <Text size="sm" c="orange">
            {left > 0
              ? t('receiptsScreen.left', { left: formatFen(left) })
              : t('receiptsScreen.over', { over: formatFen(-left) })}
          </Text>
        )}
      </Group>
      {tableErr && (
        <Text c="red" size="sm" mt="xs">
          {tableErr}
        </Text>
      )}
    </Paper>
  )
}
