/**
 * 从 Excel 导入: choose a file, read the row-by-row report (missing fields,
 * bad codes, duplicates within the file and against the archive), then accept.
 * Nothing is written before the clerk accepts; then the good rows are written
 * in one transaction.
 */
import { Alert, Button, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core'
import { Dropzone } from '@mantine/dropzone'
import { notifications } from '@mantine/notifications'
import { IconDownload, IconFileSpreadsheet } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ArchiveTable, archiveSpecs } from '@shared/masterData/archiveSpecs'
import { buildImportReport, type ImportReport, type Problem } from '@shared/masterData/excel/importReport'
import { templateSheet } from '@shared/masterData/excel/templateSheet'
import { errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import { importArchives } from '../../data/repositories/archivesRepo'
import { useTableRows } from '../../data/tableRows'
import { api, unwrap } from '../../ipc/api'
import { fileToBase64 } from '../../ipc/base64'
import { useWriteContext } from '../../stores/session'
import { existingKeys, headerLabels, namesToIds, optionLabelsOf, warmExistingKeys } from './importSources'
import { fieldLabel } from './labels'
import { exportFileName } from './listExport'

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const SHOWN_OK_ROWS = 10

export function ImportModal({ table, onClose }: { table: ArchiveTable; onClose: () => void }) {
  const { t } = useTranslation()
  const write = useWriteContext()
  const spec = archiveSpecs[table]
  const rows = useTableRows(appDb(), table)
  const suppliers = useTableRows(appDb(), 'suppliers')
  // The duplicate lookup is built while the clerk picks a file, not after.
  useEffect(() => {
    const timer = setTimeout(() => warmExistingKeys(rows, spec.uniqueKeys), 0)
    return () => clearTimeout(timer)
  }, [rows, spec.uniqueKeys])
  const [busy, setBusy] = useState<'reading' | 'writing' | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const what = t(`archives.${table}.one`)

  const problemText = (p: Problem) => {
    const message = t(p.messageKey, p.params ?? {})
    return p.field
      ? t('common.labelValue', { label: fieldLabel(t, table, p.field), value: message })
      : message
  }

  const downloadTemplate = async () => {
    try {
      const title = t('archives.import.title', { what })
      const sheet = templateSheet({
        fields: spec.fields,
        title,
        subtitle: t('archives.import.templateSubtitle'),
        label: (key) => fieldLabel(t, table, key),
      })
      const written = await unwrap(
        api().spreadsheet.write({
          fileName: exportFileName(`${title}-${t('archives.import.template')}`, new Date()),
          sheets: [sheet],
          yes: t('common.yes'),
          no: t('common.no'),
        }),
      )
      notifications.show({
        color: 'green',
        autoClose: 10_000,
        message: t('archives.import.templateDone', { path: written.path }),
      })
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    }
  }

  const read = async (file: File) => {
    setProblem(null)
    setReport(null)
    setBusy('reading')
    try {
      const sheet = await unwrap(api().spreadsheet.read({ dataBase64: await fileToBase64(file) }))
      setReport(
        buildImportReport({
          fields: spec.fields,
          uniqueKeys: spec.uniqueKeys,
          dateOrder: spec.dateOrder,
          rows: sheet.rows,
          labels: headerLabels(table),
          optionLabels: optionLabelsOf,
          refNames: () => namesToIds(suppliers),
          existing: existingKeys(rows),
        }),
      )
    } catch (err) {
      setProblem(errorText(t, err))
    } finally {
      setBusy(null)
    }
  }

  const accept = async () => {
    if (!report) return
    setBusy('writing')
    try {
      const good = report.rows.filter((r) => r.problems.length === 0).map((r) => r.values)
      const count = await importArchives(appDb(), { table, rows: good }, write())
      notifications.show({ color: 'green', message: t('archives.import.done', { count, what }) })
      onClose()
    } catch (err) {
      setProblem(errorText(t, err))
      setBusy(null)
    }
  }

  const bad = report?.rows.filter((r) => r.problems.length > 0) ?? []
  const ok = report?.rows.filter((r) => r.problems.length === 0) ?? []
  return (
    <Modal opened onClose={onClose} size="xl" title={t('archives.import.title', { what })}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('archives.import.intro')}
        </Text>
        <Group>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            onClick={() => void downloadTemplate()}
          >
            {t('archives.import.template')}
          </Button>
        </Group>
        <Dropzone
          onDrop={(files) => files[0] && void read(files[0])}
          onReject={() => setProblem(t('errors.spreadsheet.unreadable'))}
          accept={[XLSX_MIME]}
          multiple={false}
          loading={busy === 'reading'}
          data-testid="import-dropzone"
        >
          <Group justify="center" gap="sm" mih={60} style={{ pointerEvents: 'none' }}>
            <IconFileSpreadsheet size={28} stroke={1.5} />
            <div>
              <Text size="sm">{t('archives.import.choose')}</Text>
              <Text size="xs" c="dimmed">
                {t('archives.import.chooseHint')}
              </Text>
            </div>
          </Group>
        </Dropzone>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {report && (
          <Stack gap="sm" data-testid="import-report">
            {report.fileProblems.length > 0 ? (
              <Alert color="red" title={t('archives.import.fileProblem')}>
                {report.fileProblems.map((p) => (
                  <Text key={p.messageKey + JSON.stringify(p.params)} size="sm">
                    {problemText(p)}
                  </Text>
                ))}
              </Alert>
            ) : (
              <Alert color={bad.length ? 'yellow' : 'green'}>
                {t('archives.import.summary', { total: report.rows.length, ok: ok.length, bad: bad.length })}
              </Alert>
            )}
            {report.ignoredColumns.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('archives.import.ignored', { columns: report.ignoredColumns.join(t('common.listSep')) })}
              </Text>
            )}
            {bad.length > 0 && (
              <>
                <Text fw={600} size="sm">
                  {t('archives.import.badRows')}
                </Text>
                <ScrollArea.Autosize mah={260}>
                  <Table striped aria-label={t('archives.import.badRows')}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w={70}>{t('archives.import.line')}</Table.Th>
                        <Table.Th w={220}>{fieldLabel(t, table, 'name')}</Table.Th>
                        <Table.Th>{t('archives.import.problems')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {bad.map((r) => (
                        <Table.Tr key={r.line} data-testid="import-bad-row">
                          <Table.Td>{r.line}</Table.Td>
                          <Table.Td>{String(r.values.name ?? '')}</Table.Td>
                          <Table.Td>
                            {r.problems.map((p) => (
                              <Text key={p.field ?? p.messageKey} size="xs" c="red">
                                {problemText(p)}
                              </Text>
                            ))}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollArea.Autosize>
              </>
            )}
            {ok.length > 0 && (
              <>
                <Text fw={600} size="sm">
                  {t('archives.import.okRows', { count: Math.min(ok.length, SHOWN_OK_ROWS) })}
                </Text>
                <Table aria-label={t('archives.import.okRows', { count: SHOWN_OK_ROWS })}>
                  <Table.Tbody>
                    {ok.slice(0, SHOWN_OK_ROWS).map((r) => (
                      <Table.Tr key={r.line}>
                        <Table.Td w={70}>{r.line}</Table.Td>
                        <Table.Td>{String(r.values.name ?? '')}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </>
            )}
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={!report || ok.length === 0 || report.fileProblems.length > 0}
            loading={busy === 'writing'}
            onClick={() => void accept()}
          >
            {ok.length
              ? t('archives.import.accept', { count: ok.length })
              : t('archives.import.noneToImport')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
