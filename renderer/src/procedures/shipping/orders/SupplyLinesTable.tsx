/** Each line of a contract: contracted, on purchase orders, shipped, signed for, still open. */
import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { lineProgress, type SupplyView } from './useSupply'

export function SupplyLinesTable({ view }: { view: SupplyView }) {
  const { t } = useTranslation()
  const rows = lineProgress(view)
  return (
    <Table withTableBorder fz="sm" verticalSpacing={4} data-testid="supply-lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('purchaseOrderLineFields.name')}</Table.Th>
          <Table.Th>{t('purchaseOrderLineFields.spec')}</Table.Th>
          <Table.Th ta="right">{t('shippingOrders.supply.contracted')}</Table.Th>
          <Table.Th ta="right">{t('shippingOrders.supply.ordered')}</Table.Th>
          <Table.Th ta="right">{t('shippingOrders.supply.shipped')}</Table.Th>
          <Table.Th ta="right">{t('shippingOrders.supply.signed')}</Table.Th>
          <Table.Th ta="right">{t('shippingOrders.supply.open')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id} data-line={r.name}>
            <Table.Td>{r.name}</Table.Td>
            <Table.Td>{r.spec}</Table.Td>
            <Table.Td ta="right">
              {r.contracted} {r.unit}
            </Table.Td>
            <Table.Td ta="right">{r.ordered}</Table.Td>
            <Table.Td ta="right">{r.shipped}</Table.Td>
            <Table.Td ta="right">{r.signed}</Table.Td>
            <Table.Td ta="right">
              <Text span size="sm" fw={r.open > 0 ? 600 : undefined}>
                {r.open}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
