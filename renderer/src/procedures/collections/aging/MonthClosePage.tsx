/**
 * One month's 往来账月结: the receivables (the aging total at month end, by
 * bucket) and the payables to manufacturers as worked out — saying what the
 * payables count, as there is no payables ledger yet — beside the figures
 * agreed with finance, which the clerk types while the month is being
 * prepared and submits; finance signs it off (closing the month to
 * receipts), returns it, or reopens it, saying why. The 往来账月末核对表 as
 * a PDF.
 */
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconLock } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { formatFen } from '@shared/kernel/money'
import { agingBuckets } from '@shared/procedures/collections/aging'
import { monthCloseDocument } from '@shared/procedures/collections/documents'
import { type MonthCloseAction, monthCloseMachine } from '@shared/procedures/collections/machines/monthClose'
import { lastWorkdayOf, monthEnd } from '@shared/procedures/collections/monthClose'
import type { MonthCloseRecord } from '@shared/procedures/collections/records'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import {
  type MonthFigures,
  monthCloseAction,
  monthFigures,
  saveMonthClose,
} from '../../../data/repositories/collections/monthClosesRepo'
import { machineContext } from '../../../data/repositories/takeTransition'
import { useActor, useWriteContext } from '../../../stores/session'
import { DocumentButton } from '../../contracts/documents/DocumentButton'
import { type FieldErrors, fromProblems } from '../../contracts/shared/fieldErrors'
import { ScaledTextInput } from '../../contracts/shared/ScaledTextInput'
import { showRefusal } from '../../contracts/shared/showRefusal'
import { monthCloseInput } from './agingModels'
import { bucketColor, monthCloseStepColor, monthLabel } from './agingView'

export function MonthClosePage() {
  const { t } = useTranslation()
  const { month = '' } = useParams()
  const loaded = useLiveQuery(async () => {
    const db = appDb()
    const close = await db.monthCloses.get(month)
    if (!close || close.deletedAt) return null
    return { close, figures: await monthFigures(db, month) }
  }, [month])
  if (loaded === undefined) return <Loader />
  if (!loaded) return <Text c="red">{t('errors.data.notFound')}</Text>
  const { close } = loaded
  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/month-closes" size="sm">
          {t('agingScreen.monthClose.back')}
        </Anchor>
        <Text size="sm">{monthLabel(month)}</Text>
      </Breadcrumbs>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={3}>{t('agingScreen.monthClose.heading', { month: monthLabel(month) })}</Title>
          <Badge variant="light" color={monthCloseStepColor[close.step]} data-testid="month-close-step">
            {t(`collections.monthCloses.steps.${close.step}`)}
          </Badge>
        </Group>
        <DocumentButton
          label={t('agingScreen.monthClose.pdf')}
          build={async () =>
            monthCloseDocument(await monthCloseInput(appDb(), close, new Date().toISOString()))
          }
        />
      </Group>
      <CloseEditor key={`${close.step}:${close.updatedAt}`} close={close} figures={loaded.figures} />
    </Stack>
  )
}

function CloseEditor({ close, figures }: { close: MonthCloseRecord; figures: MonthFigures }) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const [receivables, setReceivables] = useState<number | null>(close.receivablesFen)
  const [payables, setPayables] = useState<number | null>(close.payablesFen)
  const [comment, setComment] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState<MonthCloseAction | 'save' | null>(null)
  const open = monthCloseMachine.actionsAt(close.step, actor.roles)
  const editable = monthCloseMachine.isEditable(close.step) && open.includes('submit')
  const err = (f: string) => (errors[f] ? t(errors[f].key, errors[f].params) : undefined)
  const end = monthEnd(close.month)
  const input = {
    month: close.month,
    receivablesFen: receivables ?? Number.NaN,
    payablesFen: payables ?? Number.NaN,
  }
  const dirty = receivables !== close.receivablesFen || payables !== close.payablesFen

  const run = async (what: MonthCloseAction | 'save') => {
    setBusy(what)
    try {
      const db = appDb()
      if (what === 'save' || (what === 'submit' && dirty)) {
        const bad = ['receivablesFen', 'payablesFen'].filter((f) => {
          const v = input[f as 'receivablesFen']
          return !Number.isSafeInteger(v) || v < 0
        })
        setErrors(Object.fromEntries(bad.map((f) => [f, { key: 'collectionsValidation.monthFigure' }])))
        if (bad.length > 0) return
        await saveMonthClose(db, { input }, write())
        if (what === 'save') {
          notifications.show({ color: 'green', message: t('agingScreen.monthClose.saved') })
          return
        }
      }
      const action = what as MonthCloseAction
      const payload = action === 'submit' ? {} : { comment }
      const receipts = await db.receipts
        .where('receivedOn')
        .between(`${close.month}-01`, end, true, true)
        .toArray()
      const facts = { ...close, ...input, receipts: receipts.filter((r) => !r.deletedAt) }
      const problems = monthCloseMachine.problems(
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
      await monthCloseAction(db, { month: close.month, action, payload: payload as never }, write())
      notifications.show({
        color: 'green',
        message: t('agingScreen.monthClose.done', { action: t(`agingScreen.monthClose.actions.${action}`) }),
      })
    } catch (e) {
      showRefusal(t, e, setErrors)
    } finally {
      setBusy(null)
    }
  }

  return (
    <Stack gap="sm">
      {close.step === 'open' && close.comment && (
        <Alert color="orange" p="xs">
          {t('agingScreen.monthClose.returned', { comment: close.comment })}
        </Alert>
      )}
      {close.step === 'toSignOff' && (
        <Alert color="orange" p="xs" data-testid="month-close-status">
          {t('agingScreen.monthClose.waiting', { by: close.preparedBy, on: close.preparedOn })}
        </Alert>
      )}
      {close.step === 'signedOff' && (
        <Alert color="green" icon={<IconLock size={18} />} p="sm" data-testid="month-close-status">
          {t('agingScreen.monthClose.signedOff', {
            by: close.signedOffBy,
            on: close.signedOffOn,
            month: monthLabel(close.month),
          })}
          {close.comment ? `（${close.comment}）` : ''}
        </Alert>
      )}
      {err('month') && (
        <Alert color="red" p="xs" data-testid="month-close-problem">
          {err('month')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <ScaledTextInput
            label={t('agingScreen.monthClose.receivables')}
            scale="money"
            readOnly={!editable}
            value={receivables}
            error={err('receivablesFen')}
            onValue={setReceivables}
          />
          <Text size="sm" mt={4}>
            {t('agingScreen.monthClose.workedOut', { amount: formatFen(figures.aging.total) })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('agingScreen.monthClose.receivablesNote', { end })}
          </Text>
        </Paper>
        <Paper withBorder p="md">
          <ScaledTextInput
            label={t('agingScreen.monthClose.payables')}
            scale="money"
            readOnly={!editable}
            value={payables}
            error={err('payablesFen')}
            onValue={setPayables}
          />
          <Text size="sm" mt={4}>
            {t('agingScreen.monthClose.workedOut', { amount: formatFen(figures.payablesFen) })}
          </Text>
          <Text size="xs" c="dimmed" data-testid="payables-note">
            {t('agingScreen.monthClose.payablesNote', { end, count: figures.payableOrders })}
          </Text>
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md">
        <Text size="sm" fw={600} mb="xs">
          {t('agingScreen.monthClose.agingHeading')}
        </Text>
        <SimpleGrid cols={5}>
          {agingBuckets.map((b) => (
            <Stack key={b} gap={0}>
              <Text size="xs" c={bucketColor[b]} fw={600}>
                {t(`agingScreen.buckets.${b}`)}
              </Text>
              <Text size="sm">{formatFen(figures.aging[b])}</Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Paper>
      {editable && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('agingScreen.monthClose.submitFrom', {
              month: monthLabel(close.month),
              from: lastWorkdayOf(close.month),
            })}
          </Text>
          <Group>
            <Button
              variant="default"
              loading={busy === 'save'}
              disabled={!dirty}
              onClick={() => void run('save')}
            >
              {t('agingScreen.monthClose.save')}
            </Button>
            <Button loading={busy === 'submit'} onClick={() => void run('submit')}>
              {t('agingScreen.monthClose.actions.submit')}
            </Button>
          </Group>
        </Group>
      )}
      {(open.includes('signOff') || open.includes('return') || open.includes('reopen')) && (
        <Paper withBorder p="md" data-testid="finance-panel">
          <Stack gap="xs">
            <Textarea
              label={t('agingScreen.monthClose.comment')}
              description={t('agingScreen.monthClose.commentHint')}
              autosize
              minRows={2}
              maxLength={500}
              value={comment}
              error={err('comment')}
              onChange={(e) => {
                setComment(e.currentTarget.value)
                setErrors({})
              }}
            />
            <Group justify="flex-end">
              {(['return', 'reopen', 'signOff'] as const)
                .filter((a) => open.includes(a))
                .map((a) => (
                  <Button
                    key={a}
                    color={a === 'signOff' ? 'green' : 'orange'}
                    variant={a === 'signOff' ? 'filled' : 'default'}
                    loading={busy === a}
                    onClick={() => void run(a)}
                  >
                    {t(`agingScreen.monthClose.actions.${a}`)}
                  </Button>
                ))}
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  )
}
