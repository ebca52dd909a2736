/** The outcome of 校验: every file that is missing, changed or not in the manifest, by its path. */
import { Alert, List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ArchiveVerifyReport } from '@shared/ipc/archiveContract'

export function VerifyReportAlert({ report }: { report: ArchiveVerifyReport }) {
  const { t } = useTranslation()
  if (report.ok) {
    return (
      <Alert color="green" data-testid="archive-verify-report">
        {t('archiveExport.verify.ok', { name: report.name, checked: report.checked })}
      </Alert>
    )
  }
  if (report.manifestBad) {
    return (
      <Alert color="red" data-testid="archive-verify-report">
        {t('archiveExport.verify.manifestBad', { name: report.name })}
      </Alert>
    )
  }
  const problems = [
    ...report.changed.map((path) => t('archiveExport.verify.changed', { path })),
    ...report.missing.map((path) => t('archiveExport.verify.missing', { path })),
    ...report.unexpected.map((path) => t('archiveExport.verify.unexpected', { path })),
  ]
  return (
    <Alert color="red" data-testid="archive-verify-report">
      <Text size="sm" mb={4}>
        {t('archiveExport.verify.failed', { name: report.name })}
      </Text>
      <List size="sm">
        {problems.map((p) => (
          <List.Item key={p}>{p}</List.Item>
        ))}
      </List>
    </Alert>
  )
}
