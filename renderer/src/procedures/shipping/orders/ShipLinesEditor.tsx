/**
 * A shipment's lines: every line of the contract with what is still open
 * (other shipments counted, this one's own not), the quantity shipped now,
 * and for a product tracked by serial number one serial per unit. A
 * quantity beyond what is open is refused at its cell, saying how many are
 * left.
 */
import { NumberInput, Paper, Table, Text, Textarea, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TradeLineRecord } from '@shared/procedures/contracts/records'

export interface ShipLineValue {
  qty: number
  serials: string
}

interface Props {
  lines: readonly TradeLineRecord[]
  values: Readonly<Record<string, ShipLineValue>>
  onChange: (sourceLineId: string, patch: Partial<ShipLineValue>) => void
  open: ReadonlyMap<string, number>
  serialized: ReadonlySet<string>
  editable: boolean
  /** The problem at a line's field ('qty', 'serials'), by its contract line. */
  errAt: (sourceLineId: string, field: 'qty' | 'serials') => string | undefined
  linesError?: string
}

/** Serial numbers as typed: one per line or separated by commas. */
export function splitSerials(text: string): string[] {
  return text
    .split(/[\n,，、;；]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

export function ShipLinesEditor({
  lines,
  values,
  onChange,
  open,
  serialized,
  editable,
  errAt,
  linesError,
}: Props) {
  const { t } = useTranslation()
  const shown = editable ? lines : lines.filter((l) => (values[l.id]?.qty ?? 0) > 0)
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="sm">
        {t('shippingOrders.sections.shipLines')}
      </Title>
      <Table withTableBorder fz="sm" verticalSpacing={4} data-testid="ship-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>{t('shipmentLineFields.name')}</Table.Th>
            <Table.Th>{t('shipmentLineFields.spec')}</Table.Th>
            <Table.Th w={60}>{t('shipmentLineFields.unit')}</Table.Th>
            <Table.Th w={80} ta="right">
              {t('shippingOrders.lines.contractQty')}
            </Table.Th>
            <Table.Th w={80} ta="right">
              {t('shippingOrders.lines.open')}
            </Table.Th>
            <Table.Th w={230}>{t('shippingOrders.lines.shipQty')}</Table.Th>
            <Table.Th w={280}>{t('shippingOrders.lines.serials')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((l, i) => {
            const v = values[l.id] ?? { qty: 0, serials: '' }
            const tracked = serialized.has(l.productId)
            const count = splitSerials(v.serials).length
            return (
              <Table.Tr key={l.id} data-line={l.name}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>{l.name}</Table.Td>
                <Table.Td>{l.spec}</Table.Td>
                <Table.Td>{l.unit}</Table.Td>
                <Table.Td ta="right">{l.qty}</Table.Td>
                <Table.Td ta="right">{open.get(l.id) ?? 0}</Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    aria-label={`${t('shippingOrders.lines.shipQty')} ${l.name}`}
                    min={0}
                    allowDecimal={false}
                    hideControls
                    readOnly={!editable}
                    value={v.qty === 0 ? '' : v.qty}
                    placeholder="0"
                    error={errAt(l.id, 'qty')}
                    onChange={(x) => onChange(l.id, { qty: typeof x === 'number' ? x : 0 })}
                  />
                </Table.Td>
                <Table.Td>
                  {tracked ? (
                    <Textarea
                      size="xs"
                      autosize
                      minRows={1}
                      aria-label={`${t('shippingOrders.lines.serials')} ${l.name}`}
                      placeholder={t('shipping.shipments.serialsHint')}
                      readOnly={!editable}
                      value={v.serials}
                      error={errAt(l.id, 'serials')}
                      description={
                        v.qty > 0 ? t('shippingOrders.lines.serialsCount', { count, qty: v.qty }) : undefined
                      }
                      onChange={(e) => onChange(l.id, { serials: e.currentTarget.value })}
                    />
                  ) : (
                    <Text size="xs" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      {linesError && (
        <Text size="sm" c="red" mt="xs" data-error="lines">
          {linesError}
        </Text>
      )}
    </Paper>
  )
}
