/**
 * 库存月报 of a month: the PDF drawn by main and previewed (保存 / 打印 /
 * 用系统程序打开), and the Excel workbook written by main's spreadsheet
 * service, as the 合同登记册 does. Both read the month as it is when asked;
 * until finance signs the count off the report says it is a draft.
 */
import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileSpreadsheet } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  type StockReportInput,
  stockReportDocument,
  stockReportWorkbook,
} from '@shared/procedures/shipping/documents'
import type { StockCountRecord } from '@shared/procedures/shipping/records'
import { errorText } from '../../../components/errorText'
import { appDb } from '../../../data/db'
import { readCompany } from '../../../data/repositories/companyRepo'
import { api, unwrap } from '../../../ipc/api'
import { useActor } from '../../../stores/session'
import { DocumentButton } from '../../contracts/documents/DocumentButton'
import { loadReportRows } from './stockData'
import { monthLabel } from './StockListPage'

interface Props {
  month: string
  count: StockCountRecord | null
}

export function StockReportButtons({ month, count }: Props) {
  const { t } = useTranslation()
  const actor = useActor()
  const [exporting, setExporting] = useState(false)

  const input = async (): Promise<StockReportInput> => {
    const db = appDb()
    const [rows, company] = await Promise.all([loadReportRows(db, month), readCompany(db)])
    return {
      month,
      rows,
      signedOff: count?.step === 'signedOff' ? { on: count.signedOffOn, by: count.signedOffBy } : null,
      company: company?.name ?? '',
      preparedBy: count?.countedBy || actor.name,
      issuedAt: dayjs().format(),
    }
  }

  const exportExcel = async () => {
    setExporting(true)
    try {
      const report = await input()
      const written = await unwrap(
        api().spreadsheet.write({ ...stockReportWorkbook(report), yes: t('common.yes'), no: t('common.no') }),
      )
      notifications.show({
        color: 'green',
        autoClose: 10_000,
        message: t('shipping.report.exported', {
          month: monthLabel(month),
          count: report.rows.length,
          path: written.path,
        }),
      })
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    } finally {
      setExporting(false)
    }
  }

  return (
    <Group gap="xs">
      {count?.step !== 'signedOff' && (
        <Text size="xs" c="dimmed">
          {t('shipping.report.draft')}
        </Text>
      )}
      <DocumentButton
        label={t('shipping.report.pdfButton')}
        build={async () => stockReportDocument(await input())}
      />
      <Button
        size="sm"
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} />}
        loading={exporting}
        onClick={() => void exportExcel()}
      >
        {t('shipping.report.excelButton')}
      </Button>
    </Group>
  )
}
