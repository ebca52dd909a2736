/**
 * 发票登记簿 (制度：对送给用户的发票……要登记鉴收): the invoices issued in a
 * month with their numbers, amounts and tax, how each reached the customer
 * and who confirmed it; printed as a PDF and written as an Excel workbook.
 */
import { Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileSpreadsheet } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { formatFen } from '@shared/kernel/money'
import { todayIso } from '@shared/kernel/workdays'
import { MONTH } from '@shared/procedures/contracts/register'
import {
  invoiceRegisterDocument,
  invoiceRegisterEntries,
  invoiceRegisterWorkbook,
} from '@shared/procedures/invoicing/documents'
import { errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import { useLiveQuery } from '../../data/live'
import { api, unwrap } from '../../ipc/api'
import { useActor } from '../../stores/session'
import { DocumentButton } from '../contracts/documents/DocumentButton'
import { recentMonths } from '../contracts/register/registerData'
import { registerInput } from './invoiceModels'

export function InvoiceRegisterPage() {
  const { t } = useTranslation()
  const actor = useActor()
  const [params, setParams] = useSearchParams()
  const today = todayIso(new Date())
  const asked = params.get('month') ?? ''
  const month = MONTH.test(asked) ? asked : today.slice(0, 7)
  const input = useLiveQuery(
    () => registerInput(appDb(), month, actor.name, dayjs().format()),
    [month, actor.name],
  )
  const [exporting, setExporting] = useState(false)
  const months = useMemo(
    () => recentMonths(today).map((m) => ({ value: m, label: dayjs(`${m}-01`).format('YYYY年M月') })),
    [today],
  )
  const entries =
    input && input.period && 'month' in input.period && input.period.month === month
      ? invoiceRegisterEntries(input)
      : null

  const exportExcel = async () => {
    if (!input) return
    setExporting(true)
    try {
      const written = await unwrap(
        api().spreadsheet.write({
          ...invoiceRegisterWorkbook(input),
          yes: t('common.yes'),
          no: t('common.no'),
        }),
      )
      notifications.show({
        color: 'green',
        autoClose: 10_000,
        message: t('invoicing.registerExported', { count: entries?.length ?? 0, path: written.path }),
      })
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    } finally {
      setExporting(false)
    }
  }
  const empty = !entries || entries.length === 0
  const total = (entries ?? []).reduce((s, e) => s + e.issuedFen, 0)
  const tax = (entries ?? []).reduce((s, e) => s + e.issuedTaxFen, 0)

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={3}>{t('invoicing.register')}</Title>
        <Group align="flex-end">
          <Select
            w={160}
            label={t('invoicing.period')}
            value={month}
            onChange={(v) => v && setParams({ month: v }, { replace: true })}
            data={months}
            allowDeselect={false}
            searchable
          />
          {!empty && input && (
            <DocumentButton
              label={t('invoicing.registerPdf')}
              build={async () => invoiceRegisterDocument(input)}
            />
          )}
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
            disabled={empty}
            loading={exporting}
            onClick={() => void exportExcel()}
          >
            {t('invoicing.registerExcel')}
          </Button>
        </Group>
      </Group>
      <Paper withBorder radius="md" p="md">
        {empty ? (
          <Text c="dimmed">{t('invoicing.registerEmpty')}</Text>
        ) : (
          <Table withTableBorder fz="sm" data-testid="invoice-register">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('invoiceFields.issuedOn')}</Table.Th>
                <Table.Th>{t('invoiceFields.kind')}</Table.Th>
                <Table.Th>{t('invoiceFields.invoiceNo')}</Table.Th>
                <Table.Th>{t('invoiceFields.customerId')}</Table.Th>
                <Table.Th>{t('invoiceFields.contractId')}</Table.Th>
                <Table.Th ta="right">{t('invoiceFields.issuedFen')}</Table.Th>
                <Table.Th ta="right">{t('invoiceFields.issuedTaxFen')}</Table.Th>
                <Table.Th>{t('invoiceFields.deliveryWay')}</Table.Th>
                <Table.Th>{t('invoiceFields.confirmedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.number}>
                  <Table.Td>{e.issuedOn}</Table.Td>
                  <Table.Td>{t(`invoicing.kinds.${e.kind}`)}</Table.Td>
                  <Table.Td>{[e.invoiceCode, e.invoiceNo].filter(Boolean).join(' ')}</Table.Td>
                  <Table.Td>{e.customerName}</Table.Td>
                  <Table.Td>{e.contractNumber}</Table.Td>
                  <Table.Td ta="right">{formatFen(e.issuedFen)}</Table.Td>
                  <Table.Td ta="right">{formatFen(e.issuedTaxFen)}</Table.Td>
                  <Table.Td>
                    {e.deliveryWay ? `${t(`invoicing.deliveryWays.${e.deliveryWay}`)} ${e.deliveredOn}` : ''}
                    {e.trackingNo ? ` · ${e.trackingNo}` : ''}
                  </Table.Td>
                  <Table.Td>{e.confirmedBy ? `${e.confirmedBy}（${e.confirmedOn}）` : ''}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={600}>
                <Table.Td colSpan={5}>{t('invoicing.count', { count: entries.length })}</Table.Td>
                <Table.Td ta="right">{formatFen(total)}</Table.Td>
                <Table.Td ta="right">{formatFen(tax)}</Table.Td>
                <Table.Td colSpan={2} />
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  )
}
