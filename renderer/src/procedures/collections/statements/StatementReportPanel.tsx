/**
 * 对账结果报告 of the period (制度：并将结果报告销售部经理，并通报公司财务部):
 * once every statement went out the clerk writes the summary and reports
 * it; the sales manager and finance each acknowledge it here, in either
 * order, each with their own button (the machine refuses any other role).
 * PDF and Excel of every customer's closing balance, step, answer and
 * difference.
 */
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileSpreadsheet } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { statementReportChecklists } from '@shared/procedures/collections/checklist'
import { statementReportDocument, statementReportWorkbook } from '@shared/procedures/collections/documents'
import {
  type StatementReportAction,
  statementReportMachine,
} from '@shared/procedures/collections/machines/statementReport'
import type { PeriodSummary } from '@shared/procedures/collections/statements'
import { errorText } from '../../../components/errorText'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { statementReportAction } from '../../../data/repositories/collections/statementsRepo'
import { machineContext } from '../../../data/repositories/takeTransition'
import { api, unwrap } from '../../../ipc/api'
import { useActor, useWriteContext } from '../../../stores/session'
import { DocumentButton } from '../../contracts/documents/DocumentButton'
import { type FieldErrors, fromProblems } from '../../contracts/shared/fieldErrors'
import { showRefusal } from '../../contracts/shared/showRefusal'
import { StepBox } from '../../shipping/orders/StepBox'
import { whoMayAct } from '../../shipping/orders/shippingView'
import { reportInput } from './statementModels'
import { reportStepColor } from './statementView'

interface Props {
  period: string
  summary: PeriodSummary
}

export function StatementReportPanel({ period, summary }: Props) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const report = useLiveQuery(() => appDb().statementReports.get(period), [period])
  const [text, setText] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const step = report && !report.deletedAt ? report.step : 'draft'
  const open = statementReportMachine.actionsAt(step, actor.roles)
  const err = (field: string) => (errors[field] ? t(errors[field].key, errors[field].params) : undefined)

  const act = async (action: StatementReportAction) => {
    setBusy(true)
    try {
      const payload = action === 'report' ? { summary: text } : {}
      const db = appDb()
      const facts = {
        step,
        salesManagerOn: report?.salesManagerOn ?? '',
        financeOn: report?.financeOn ?? '',
        summary,
      }
      // Every problem at its field first; the repository asks the machine again.
      const problems = statementReportMachine.problems(
        facts,
        action,
        payload as never,
        await machineContext(db, write()),
      )
      setErrors(fromProblems(problems))
      if (problems.length > 0) {
        notifications.show({ color: 'red', message: t(problems[0].messageKey, problems[0].params) })
        return
      }
      await statementReportAction(db, { period, action, payload: payload as never }, write())
      notifications.show({
        color: 'green',
        message: t('statementsScreen.report.done', { action: t(`statementsScreen.report.${action}`) }),
      })
    } catch (e) {
      showRefusal(t, e, setErrors)
    } finally {
      setBusy(false)
    }
  }

  const exportExcel = async () => {
    try {
      const input = await reportInput(appDb(), period, new Date().toISOString())
      const written = await unwrap(
        api().spreadsheet.write({
          ...statementReportWorkbook(input),
          yes: t('common.yes'),
          no: t('common.no'),
        }),
      )
      notifications.show({
        color: 'green',
        autoClose: 10_000,
        message: t('statementsScreen.report.exported', {
          count: input.statements.length,
          path: written.path,
        }),
      })
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(t, e) })
    }
  }

  const who = (by: string | undefined, on: string | undefined) =>
    by ? t('statementsScreen.report.acknowledgedBy', { by, on }) : t('statementsScreen.report.waiting')

  return (
    <Paper withBorder p="md" data-testid="statement-report">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={5}>{t('statementsScreen.report.title')}</Title>
            <Badge variant="light" color={reportStepColor[step]} data-testid="report-step">
              {t(`collections.statementReports.steps.${step}`)}
            </Badge>
          </Group>
          <Group gap="xs">
            <DocumentButton
              label={t('statementsScreen.report.pdf')}
              build={async () =>
                statementReportDocument(await reportInput(appDb(), period, new Date().toISOString()))
              }
            />
            <Button
              size="sm"
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} />}
              disabled={summary.count === 0}
              onClick={() => void exportExcel()}
            >
              {t('statementsScreen.report.excel')}
            </Button>
          </Group>
        </Group>
        {step === 'draft' ? (
          <StepBox
            title={t('statementsScreen.report.hint')}
            checklist={statementReportChecklists.draft ?? []}
            whoMay={whoMayAct(statementReportMachine, step)}
            hasActions={open.length > 0}
          >
            {open.includes('report') && (
              <>
                <Textarea
                  label={t('statementsScreen.report.summary')}
                  description={t('statementsScreen.report.summaryHint')}
                  autosize
                  minRows={2}
                  maxLength={2000}
                  value={text}
                  error={err('summary') ?? err('period')}
                  onChange={(e) => {
                    setText(e.currentTarget.value)
                    setErrors({})
                  }}
                />
                <Group>
                  <Button loading={busy} onClick={() => void act('report')}>
                    {t('statementsScreen.report.report')}
                  </Button>
                </Group>
              </>
            )}
          </StepBox>
        ) : (
          <Stack gap="xs">
            <Text size="sm" data-testid="report-summary">
              {t('statementsScreen.report.reported', { by: report?.reportedBy, on: report?.reportedOn })}：
              {report?.summary}
            </Text>
            <SimpleGrid cols={2}>
              <Group gap="sm" data-testid="ack-salesManager">
                <Text size="sm" fw={600}>
                  {t('statementsScreen.report.salesManager')}
                </Text>
                <Text size="sm">{who(report?.salesManagerBy, report?.salesManagerOn)}</Text>
                {open.includes('acknowledge') && !report?.salesManagerOn && (
                  <Button size="xs" loading={busy} onClick={() => void act('acknowledge')}>
                    {t('statementsScreen.report.acknowledge')}
                  </Button>
                )}
              </Group>
              <Group gap="sm" data-testid="ack-finance">
                <Text size="sm" fw={600}>
                  {t('statementsScreen.report.finance')}
                </Text>
                <Text size="sm">{who(report?.financeBy, report?.financeOn)}</Text>
                {open.includes('financeAcknowledge') && !report?.financeOn && (
                  <Button size="xs" loading={busy} onClick={() => void act('financeAcknowledge')}>
                    {t('statementsScreen.report.financeAcknowledge')}
                  </Button>
                )}
              </Group>
            </SimpleGrid>
          </Stack>
        )}
      </Stack>
    </Paper>
  )
}
