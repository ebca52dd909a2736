/**
 * The 开票 tab of a contract: what it has invoiced and open, its
 * applications with their steps and invoice numbers, and where the clerk
 * applies — for what is open, or for the goods of chosen shipments.
 */
import { Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { can } from '@shared/auth/permissions'
import { formatFen } from '@shared/kernel/money'
import { contractInForce } from '@shared/procedures/contracts/machines/contract'
import { invoicedFen, openToInvoice } from '@shared/procedures/invoicing/amounts'
import type { SyncedTable } from '@shared/tables/tableSpecs'
import { appDb } from '../../data/db'
import { useLiveQuery } from '../../data/live'
import { readContractInvoicing, shippedOf } from '../../data/repositories/invoicing/invoiceReads'
import { useActor } from '../../stores/session'
import { invoiceStepColor } from './invoiceView'

export function ContractInvoicesPanel({ id }: { table: SyncedTable; id: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const data = useLiveQuery(async () => {
    const db = appDb()
    const [read, shipped] = await Promise.all([readContractInvoicing(db, id), shippedOf(db, id)])
    return { read, shipped }
  }, [id])
  const [chosen, setChosen] = useState<string[]>([])
  if (!data) return null
  const { read, shipped } = data
  const total = read.contract?.totalFen ?? 0
  const mayApply = can(actor, 'invoicing.apply') && !!read.contract && contractInForce(read.contract.step)
  const apply = (shipments: string[]) =>
    navigate(`/invoices/new?contract=${id}${shipments.length ? `&shipments=${shipments.join(',')}` : ''}`)
  return (
    <Stack gap="md" data-testid="contract-invoices">
      <Paper withBorder p="md">
        <Group justify="space-between">
          <Group gap="xl">
            <Text size="sm">
              {t('invoicing.contractTotal')}：{formatFen(total)}
            </Text>
            <Text size="sm">
              {t('invoicing.invoiced')}：{formatFen(invoicedFen(read.invoices))}
            </Text>
            <Text size="sm" fw={600}>
              {t('invoicing.open')}：{formatFen(openToInvoice(total, read.invoices))}
            </Text>
          </Group>
          {mayApply && <Button onClick={() => apply([])}>{t('invoicing.create')}</Button>}
        </Group>
      </Paper>
      {mayApply && shipped.shipments.length > 0 && (
        <Paper withBorder p="md">
          <Group justify="space-between">
            <Group gap="md">
              {shipped.shipments.map((s) => (
                <Checkbox
                  key={s.id}
                  label={`${s.number}（${s.shippedOn}）`}
                  checked={chosen.includes(s.id)}
                  onChange={(e) =>
                    setChosen((c) => (e.currentTarget.checked ? [...c, s.id] : c.filter((x) => x !== s.id)))
                  }
                />
              ))}
            </Group>
            <Button variant="light" disabled={chosen.length === 0} onClick={() => apply(chosen)}>
              {t('invoicing.fromShipments')}
            </Button>
          </Group>
        </Paper>
      )}
      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('invoicing.title')}
        </Title>
        {read.invoices.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('invoicing.empty')}
          </Text>
        ) : (
          <Table withTableBorder fz="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('invoiceFields.number')}</Table.Th>
                <Table.Th>{t('invoiceFields.kind')}</Table.Th>
                <Table.Th ta="right">{t('invoiceFields.totalFen')}</Table.Th>
                <Table.Th>{t('invoiceFields.invoiceNo')}</Table.Th>
                <Table.Th>{t('invoiceFields.issuedOn')}</Table.Th>
                <Table.Th>{t('invoiceFields.step')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {read.invoices.map((i) => (
                <Table.Tr
                  key={i.id}
                  style={{ cursor: 'pointer' }}
                  onClick={() => navigate(`/invoices/${i.id}`)}
                >
                  <Table.Td>{i.number}</Table.Td>
                  <Table.Td>{t(`invoicing.kinds.${i.kind}`)}</Table.Td>
                  <Table.Td ta="right">{formatFen(i.totalFen)}</Table.Td>
                  <Table.Td>{i.invoiceNo}</Table.Td>
                  <Table.Td>{i.issuedOn}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={invoiceStepColor(i.step)}>
                      {t(`invoicing.steps.${i.step}`)}
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
