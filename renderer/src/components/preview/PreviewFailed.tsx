import { Alert } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PreviewFailure } from './previewError'

/** '无法预览此文件：<reason>' */
export function PreviewFailed({ reason }: { reason: PreviewFailure }) {
  const { t } = useTranslation()
  return (
    <Alert color="red" variant="light" role="alert">
      {t('preview.failed', { reason: t(`preview.reason.${reason}`) })}
    </Alert>
  )
}
