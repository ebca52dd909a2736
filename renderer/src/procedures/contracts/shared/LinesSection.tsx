/** The 产品明细 box of a trade record: its lines, editable or not, and what the record adds below them. */
import { Paper, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { LineInput } from '@shared/procedures/contracts/schema'
import type { FieldErrors } from './fieldErrors'
import { LinesEditor } from './LinesEditor'

interface Props {
  lines: LineInput[]
  /** Absent when the lines are read only. */
  onChange?: (lines: LineInput[]) => void
  errors: FieldErrors
  children?: ReactNode
}

export function LinesSection({ lines, onChange, errors, children }: Props) {
  const { t } = useTranslation()
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={5} mb="sm">
        {t('contracts.sections.lines')}
      </Title>
      <LinesEditor lines={lines} onChange={onChange} errors={errors} />
      {children}
    </Paper>
  )
}
