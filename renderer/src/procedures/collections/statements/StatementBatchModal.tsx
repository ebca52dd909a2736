/**
 * 生成本期对账单 in one action, with progress: first the statements
 * themselves (the repository writes them in chunks, each chunk one
 * transaction, and says after each how far it is), then each new
 * statement's PDF saved through main's documents service. The modal stays
 * open until it is done or stopped and says what happened; a stop leaves
 * every chunk written whole, and producing again adds only what is missing.
 */
import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { periodEnd } from '@shared/procedures/collections/statements'
import { errorText } from '../../../components/errorText'
import { appDb } from '../../../data/db'
import { produceStatements } from '../../../data/repositories/collections/statementsRepo'
import { api, unwrap } from '../../../ipc/api'
import { useWriteContext } from '../../../stores/session'
import { periodLabel, saveStatementPdfs } from './statementModels'

interface Props {
  period: string
  opened: boolean
  onClose: () => void
}

type Phase =
  | { kind: 'ready' }
  | { kind: 'records'; done: number; total: number }
  | { kind: 'pdfs'; done: number; total: number }
  | { kind: 'done'; text: string }
  | { kind: 'stopped'; text: string }

export function StatementBatchModal({ period, opened, onClose }: Props) {
  const { t } = useTranslation()
  const write = useWriteContext()
  const [phase, setPhase] = useState<Phase>({ kind: 'ready' })
  const running = phase.kind === 'records' || phase.kind === 'pdfs'

  const start = async () => {
    setPhase({ kind: 'records', done: 0, total: 0 })
    const db = appDb()
    try {
      const result = await produceStatements(db, { period }, write(), (p) =>
        setPhase({ kind: 'records', done: p.done, total: p.total }),
      )
      if (result.made === 0) {
        setPhase({ kind: 'done', text: t('statementsScreen.batch.nothing', { existing: result.existing }) })
        return
      }
      setPhase({ kind: 'pdfs', done: 0, total: result.made })
      const made = (await db.statements.bulkGet(result.ids)).filter((s) => s !== undefined)
      const saved = await saveStatementPdfs(
        db,
        made,
        (model) => unwrap(api().documents.save({ model })),
        (done) => setPhase({ kind: 'pdfs', done, total: made.length }),
      )
      setPhase({
        kind: 'done',
        text: t('statementsScreen.batch.done', {
          made: result.made,
          existing: result.existing,
          folder: saved.folder,
        }),
      })
    } catch (err) {
      setPhase({ kind: 'stopped', text: t('statementsScreen.batch.stopped', { error: errorText(t, err) }) })
    }
  }

  const close = () => {
    if (running) return
    setPhase({ kind: 'ready' })
    onClose()
  }

  const bar = (done: number, total: number, key: 'records' | 'pdfs') => (
    <Stack gap={4}>
      <Text size="sm">{t(`statementsScreen.batch.${key}`, { done, total })}</Text>
      <Progress
        value={total === 0 ? 0 : (100 * done) / total}
        animated
        aria-label={t(`statementsScreen.batch.${key}`, { done, total })}
        data-testid="batch-progress"
      />
    </Stack>
  )

  return (
    <Modal
      opened={opened}
      onClose={close}
      closeOnClickOutside={!running}
      closeOnEscape={!running}
      withCloseButton={!running}
      title={t('statementsScreen.batch.title', { period: periodLabel(t, period) })}
      size="lg"
    >
      <Stack>
        <Text size="sm">{t('statementsScreen.batch.intro', { asOf: periodEnd(period) })}</Text>
        {phase.kind === 'records' && bar(phase.done, phase.total, 'records')}
        {phase.kind === 'pdfs' && bar(phase.done, phase.total, 'pdfs')}
        {phase.kind === 'done' && (
          <Alert color="green" data-testid="batch-result">
            {phase.text}
          </Alert>
        )}
        {phase.kind === 'stopped' && (
          <Alert color="red" data-testid="batch-result">
            {phase.text}
          </Alert>
        )}
        <Group justify="flex-end">
          {phase.kind === 'ready' || phase.kind === 'stopped' ? (
            <Button onClick={() => void start()}>{t('statementsScreen.batch.start')}</Button>
          ) : null}
          <Button variant="default" disabled={running} onClick={close}>
            {t('statementsScreen.batch.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
