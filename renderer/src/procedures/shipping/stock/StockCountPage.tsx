/**
 * One month's count (制度：库房…并于每月末与财务进行核对): the clerk types
 * what was found and why it differs, saves, and submits it to finance;
 * finance signs it off — each difference then becomes a 盘点调整 — or
 * returns it for a recount with a comment. The count's machine says what
 * is missing before anything is sent (a difference without a reason, at its
 * cell; a count before the month's last week, above the lines), and the
 * repository asks it again. Signed off, the page is read-only and says the
 * month takes no more movements. 库存月报 of the month: PDF and Excel.
 */
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconLock } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { can } from '@shared/auth/permissions'
import { type StockCountAction, stockCountMachine } from '@shared/procedures/shipping/machines/stockCount'
import { firstOpenMonth } from '@shared/procedures/shipping/stock'
import { errorField, errorText } from '../../../components/errorText'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { readSettings } from '../../../data/repositories/settingsRepo'
import { readSignedOffMonths } from '../../../data/repositories/shipping/stockRepo'
import { countAction, countLines, saveCountLines } from '../../../data/repositories/shipping/stockCountsRepo'
import { useActor, useWriteContext } from '../../../stores/session'
import { CountLinesTable, draftOf, type LineDraft, type LineErrors } from './CountLinesTable'
import { countStepColor } from './StockCountListPage'
import { type CountView, loadCount } from './stockData'
import { monthLabel } from './StockListPage'
import { StockReportButtons } from './StockReportButtons'

const LINE = /^lines\.(\d+)\.(countedQty|reason)$/

export function StockCountPage() {
  const { t } = useTranslation()
  const { month = '' } = useParams()
  const view = useLiveQuery(() => loadCount(appDb(), month), [month])
  const signedOff = useLiveQuery(() => readSignedOffMonths(appDb()), [])
  const current = view?.month === month ? view : undefined

  return (
    <Stack gap="sm">
      <Breadcrumbs>
        <Anchor component={Link} to="/stock-counts" size="sm">
          {t('shipping.counts.backToList')}
        </Anchor>
        <Text size="sm">{monthLabel(month)}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="center">
        <Group gap="sm">
          <Title order={3}>{t('shipping.counts.heading', { month: monthLabel(month) })}</Title>
          {current?.count && (
            <Badge variant="light" color={countStepColor[current.count.step]} data-testid="count-step">
              {t(`shipping.counts.steps.${current.count.step}`)}
            </Badge>
          )}
        </Group>
        {current && <StockReportButtons month={month} count={current.count} />}
      </Group>
      {current && !current.count && (
        <Paper withBorder p="lg">
          <Text c="dimmed">{t('shipping.counts.notStarted', { month: monthLabel(month) })}</Text>
        </Paper>
      )}
      {current?.count && (
        <CountEditor
          key={`${current.count.step}:${current.count.updatedAt}`}
          view={current}
          open={firstOpenMonth(month, signedOff ?? new Set())}
        />
      )}
    </Stack>
  )
}

function CountEditor({ view, open }: { view: CountView; open: string }) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const count = view.count
  const [drafts, setDrafts] = useState<Record<string, LineDraft>>({})
  const [errors, setErrors] = useState<LineErrors>({})
  const [general, setGeneral] = useState<string[]>([])
  const [comment, setComment] = useState('')
  const [commentError, setCommentError] = useState<string | undefined>()
  const [busy, setBusy] = useState<StockCountAction | 'save' | null>(null)
  if (!count) return null

  const step = count.step
  const editable = stockCountMachine.isEditable(step) && can(actor, 'stock.edit')
  const has = (a: StockCountAction) => stockCountMachine.actionsAt(step, actor.roles).includes(a)
  const dirty = Object.keys(drafts).length > 0

  const edited = view.lines.map((l) => {
    const d = draftOf(l, drafts)
    return { ...l, countedQty: d.countedQty === '' ? Number.NaN : d.countedQty, reason: d.reason }
  })
  const differences = edited.filter((l) => l.countedQty !== l.bookQty).length

  /** Problems by line (the page's order, or the repository's when `order` is given) and above the lines. */
  const show = (
    problems: readonly { field: string; text: string }[],
    order: readonly string[] = view.lines.map((l) => l.productId),
  ) => {
    const byLine: LineErrors = {}
    const above: string[] = []
    for (const { field, text } of problems) {
      const m = LINE.exec(field)
      const productId = m ? order[Number(m[1])] : undefined
      if (m && productId) byLine[productId] = { ...byLine[productId], [m[2]]: text }
      else if (field === 'comment') setCommentError(text)
      else above.push(text)
    }
    setErrors(byLine)
    // A long count: the lines in red may be out of view.
    setGeneral(Object.keys(byLine).length > 0 ? [...above, t('validation.fixFields')] : above)
  }

  const save = async () => {
    const inputs = edited
      .filter((l) => drafts[l.productId])
      .map((l) => ({ productId: l.productId, countedQty: l.countedQty, reason: l.reason.trim() }))
    const bad = inputs.findIndex((l) => !Number.isSafeInteger(l.countedQty) || l.countedQty < 0)
    if (bad >= 0) {
      const at = edited.findIndex((l) => l.productId === inputs[bad].productId)
      show([{ field: `lines.${at}.countedQty`, text: t('shippingValidation.counted') }])
      return false
    }
    if (inputs.length > 0) await saveCountLines(appDb(), { month: view.month, lines: inputs }, write())
    setDrafts({})
    return true
  }

  const failed = async (err: unknown) => {
    const field = errorField(err)
    const order = LINE.test(field ?? '')
      ? (await countLines(appDb(), view.month)).map((l) => l.productId)
      : undefined
    if (field) show([{ field, text: errorText(t, err) }], order)
    else notifications.show({ color: 'red', message: errorText(t, err) })
  }

  const run = async (what: StockCountAction | 'save') => {
    setBusy(what)
    setCommentError(undefined)
    try {
      if (what === 'save') {
        show([])
        if (await save()) notifications.show({ color: 'green', message: t('shipping.counts.saved') })
        return
      }
      const ctx = { ...write(), settings: await readSettings(appDb()) }
      const facts = { step, month: view.month, lines: edited }
      const payload = what === 'submit' ? {} : { comment }
      const problems = stockCountMachine.problems(facts, what, payload as { comment: string }, ctx)
      show(problems.map((p) => ({ field: p.field, text: t(p.messageKey, p.params) })))
      if (problems.length > 0) return
      if (what === 'submit' && !(await save())) return
      await countAction(
        appDb(),
        { month: view.month, action: what, payload: payload as { comment: string } },
        write(),
      )
      notifications.show({
        color: 'green',
        message: t('shipping.counts.done', { action: t(`shipping.counts.actions.${what}`) }),
      })
    } catch (err) {
      await failed(err)
    } finally {
      setBusy(null)
    }
  }

  return (
    <Stack gap="sm">
      {step === 'counting' && count.comment && (
        <Alert color="orange" p="xs" data-testid="count-returned">
          {t('shipping.counts.returned', { comment: count.comment })}
        </Alert>
      )}
      {step === 'counting' && editable && (
        <Text size="sm" c="dimmed">
          {t('shipping.counts.countingHint')}
        </Text>
      )}
      {step === 'toSignOff' && (
        <Alert color="orange" p="xs" data-testid="count-status">
          {t('shipping.counts.waiting', { by: count.countedBy, on: count.countedOn })}
          {has('signOff') && (
            <Text size="sm" mt={4}>
              {t('shipping.counts.financeHint')}
            </Text>
          )}
        </Alert>
      )}
      {step === 'signedOff' && (
        <Alert color="green" icon={<IconLock size={18} />} p="sm" data-testid="count-status">
          <Text size="sm" fw={600}>
            {t('shipping.counts.signedOff', { by: count.signedOffBy, on: count.signedOffOn })}
          </Text>
          <Text size="sm">
            {t('shipping.counts.closedToMovements', {
              month: monthLabel(view.month),
              open: monthLabel(open),
            })}
          </Text>
          {count.comment && (
            <Text size="sm" c="dimmed">
              {t('shipping.counts.financeComment', { comment: count.comment })}
            </Text>
          )}
        </Alert>
      )}
      {general.length > 0 && (
        <Alert color="red" p="xs" icon={<IconAlertTriangle size={18} />} data-testid="count-problems">
          {general.map((g) => (
            <Text key={g} size="sm">
              {g}
            </Text>
          ))}
        </Alert>
      )}
      <Paper withBorder radius="md" p="sm">
        {view.lines.length === 0 ? (
          <Text c="dimmed" ta="center" py="md">
            {t('shipping.counts.noLines')}
          </Text>
        ) : (
          <CountLinesTable
            lines={view.lines}
            drafts={drafts}
            errors={errors}
            onChange={
              editable
                ? (productId, d) => {
                    setDrafts((all) => ({ ...all, [productId]: d }))
                    setErrors((all) => {
                      const rest = { ...all }
                      delete rest[productId]
                      return rest
                    })
                  }
                : undefined
            }
          />
        )}
        <Text size="sm" c="dimmed" mt="xs" data-testid="count-summary">
          {differences === 0
            ? t('shipping.counts.noDifference')
            : step === 'signedOff'
              ? ''
              : t('shipping.counts.adjustments', { count: differences })}
        </Text>
      </Paper>
      {(editable || has('submit')) && (
        <Group justify="flex-end">
          <Button
            variant="default"
            loading={busy === 'save'}
            disabled={!dirty}
            onClick={() => void run('save')}
          >
            {t('shipping.counts.save')}
          </Button>
          {has('submit') && (
            <Button loading={busy === 'submit'} onClick={() => void run('submit')}>
              {t('shipping.counts.actions.submit')}
            </Button>
          )}
        </Group>
      )}
      {(has('signOff') || has('return')) && (
        <Paper withBorder radius="md" p="sm" data-testid="finance-panel">
          <Stack gap="xs">
            <Textarea
              label={t('shipping.counts.comment')}
              description={t('shipping.counts.returnReason')}
              autosize
              minRows={2}
              maxLength={500}
              value={comment}
              error={commentError}
              onChange={(e) => {
                setComment(e.currentTarget.value)
                setCommentError(undefined)
              }}
            />
            <Group justify="flex-end">
              {has('return') && (
                <Button
                  variant="default"
                  color="orange"
                  loading={busy === 'return'}
                  onClick={() => void run('return')}
                >
                  {t('shipping.counts.actions.return')}
                </Button>
              )}
              {has('signOff') && (
                <Button color="green" loading={busy === 'signOff'} onClick={() => void run('signOff')}>
                  {t('shipping.counts.actions.signOff')}
                </Button>
              )}
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  )
}
