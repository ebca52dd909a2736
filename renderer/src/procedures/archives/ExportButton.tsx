/**
 * 导出 Excel: the rows the list shows (its search, filters and sort), every
 * field, with a title row naming the list and a second row with the filters,
 * the date and who exported. Main writes the file into the exports folder.
 */
import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileSpreadsheet } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import type { RowList } from '../../components/virtualTable/VirtualTable'
import { type ArchiveTable, archiveSpecs } from '@shared/masterData/archiveSpecs'
import { exportSheet } from '@shared/masterData/excel/exportSheet'
import { errorText } from '../../components/errorText'
import { api, unwrap } from '../../ipc/api'
import { useActor } from '../../stores/session'
import { fieldLabel, optionLabel } from './labels'
import { exportFileName, filtersText } from './listExport'
import type { ListState } from './useArchiveList'

interface Props {
  table: ArchiveTable
  rows: RowList<AnyRecord>
  state: ListState
  refName: (table: string, id: string) => string
}

export function ExportButton({ table, rows, state, refName }: Props) {
  const { t } = useTranslation()
  const actor = useActor()
  const [busy, setBusy] = useState(false)

  const run = async () => {
    setBusy(true)
    try {
      const now = new Date()
      const title = t(`archives.${table}.title`)
      const subtitle = [
        filtersText(t, table, state),
        t('archives.export.exportedAt', { at: dayjs(now).format('YYYY-MM-DD HH:mm') }),
        t('archives.export.by', { name: actor.name }),
      ].join('    ')
      const sheet = exportSheet({
        fields: archiveSpecs[table].fields,
        rows: Array.from({ length: rows.length }, (_, i) => rows.at(i) as AnyRecord),
        title,
        subtitle,
        sheetName: title,
        label: (key) => fieldLabel(t, table, key),
        optionLabel: (set, value) => optionLabel(t, set, value),
        refName,
      })
      const written = await unwrap(
        api().spreadsheet.write({
          fileName: exportFileName(title, now),
          sheets: [sheet],
          yes: t('common.yes'),
          no: t('common.no'),
        }),
      )
      notifications.show({
        color: 'green',
        autoClose: 10_000,
        message: t('archives.export.done', { count: rows.length, path: written.path }),
      })
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button
      variant="default"
      leftSection={<IconFileSpreadsheet size={16} />}
      loading={busy}
      onClick={() => void run()}
    >
      {t('archives.export.button')}
    </Button>
  )
}
