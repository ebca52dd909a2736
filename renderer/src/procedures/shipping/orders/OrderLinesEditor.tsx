/**
 * A purchase order's lines: each a line of the contract, its quantity (no
 * more than is left to order, the refusal at the cell saying how many are
 * left) and the purchase price agreed with the manufacturer.
 */
import { ActionIcon, NumberInput, Paper, Table, Text, Title } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatFen } from '@shared/kernel/money'
import type { SourceLine } from '@shared/procedures/shipping/quantities'
import type { PurchaseOrderInput } from '@shared/procedures/shipping/schema'
import { ScaledTextInput } from '../../contracts/shared/ScaledTextInput'

type Line = PurchaseOrderInput['lines'][number]

interface Props {
  lines: Line[]
  onChange: (lines: Line[]) => void
  sourceLines: readonly SourceLine[]
  orderable: ReadonlyMap<string, number>
  editable: boolean
  err: (field: string) => string | undefined
  /** What an empty list says (a new order before its manufacturer is picked). */
  emptyText?: string
}

export function OrderLinesEditor({
  lines,
  onChange,
  sourceLines,
  orderable,
  editable,
  err,
  emptyText,
}: Props) {
  const { t } = useTranslation()
  const contracted = new Map(sourceLines.map((l) => [l.id, l.qty]))
  const change = (i: number, patch: Partial<Line>) =>
    onChange(lines.map((l, k) => (k === i ? { ...l, ...patch } : l)))
  const total = lines.reduce((sum, l) => sum + (Number.isFinite(l.unitFen) ? l.qty * l.unitFen : 0), 0)
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="sm">
        {t('shippingOrders.sections.lines')}
      </Title>
      <Table withTableBorder fz="sm" verticalSpacing={4} data-testid="order-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>{t('purchaseOrderLineFields.name')}</Table.Th>
            <Table.Th>{t('purchaseOrderLineFields.spec')}</Table.Th>
            <Table.Th w={60}>{t('purchaseOrderLineFields.unit')}</Table.Th>
            <Table.Th w={80} ta="right">
              {t('shippingOrders.lines.contractQty')}
            </Table.Th>
            <Table.Th w={80} ta="right">
              {t('shippingOrders.lines.orderable')}
            </Table.Th>
            <Table.Th w={190}>{t('shippingOrders.lines.qty')}</Table.Th>
            <Table.Th w={160}>{t('shippingOrders.lines.unitYuan')}</Table.Th>
            <Table.Th w={130} ta="right">
              {t('shippingOrders.lines.amount')}
            </Table.Th>
            {editable && <Table.Th w={40} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l, i) => (
            <Table.Tr key={l.sourceLineId} data-line={l.name}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>{l.name}</Table.Td>
              <Table.Td>{l.spec}</Table.Td>
              <Table.Td>{l.unit}</Table.Td>
              <Table.Td ta="right">{contracted.get(l.sourceLineId) ?? '—'}</Table.Td>
              <Table.Td ta="right">{orderable.get(l.sourceLineId) ?? 0}</Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  aria-label={t('shippingOrders.lines.qty')}
                  min={1}
                  allowDecimal={false}
                  hideControls
                  readOnly={!editable}
                  value={l.qty}
                  error={err(`lines.${i}.qty`)}
                  data-error={err(`lines.${i}.qty`) ? `lines.${i}.qty` : undefined}
                  onChange={(v) => change(i, { qty: typeof v === 'number' ? v : 0 })}
                />
              </Table.Td>
              <Table.Td>
                <ScaledTextInput
                  size="xs"
                  aria-label={t('shippingOrders.lines.unitYuan')}
                  scale="money"
                  readOnly={!editable}
                  value={l.unitFen}
                  error={err(`lines.${i}.unitFen`)}
                  onValue={(v) => change(i, { unitFen: v ?? 0 })}
                />
              </Table.Td>
              <Table.Td ta="right">
                {Number.isFinite(l.unitFen) && l.unitFen > 0 ? formatFen(l.qty * l.unitFen) : '—'}
              </Table.Td>
              {editable && (
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('shippingOrders.lines.remove')}
                    onClick={() => onChange(lines.filter((_, k) => k !== i))}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {lines.length === 0 && (
        <Text
          size="sm"
          c={err('lines') ? 'red' : 'dimmed'}
          mt="xs"
          data-error={err('lines') ? 'lines' : undefined}
        >
          {err('lines') ?? emptyText ?? t('shippingOrders.lines.noneLeft')}
        </Text>
      )}
      {total > 0 && (
        <Text size="sm" fw={600} ta="right" mt="xs">
          {t('shippingOrders.lines.total', { amount: formatFen(total) })}
        </Text>
      )}
    </Paper>
  )
}
