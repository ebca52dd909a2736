/**
 * A receipt's page body (ReceiptPage.tsx loads it): for a stored one its
 * head and step panel with the actions this user may take; the receipt's
 * fields and how it is split over the customer's open milestones. Before
 * anything is sent, every problem the repository would refuse — the
 * schema's and the registration rules' — is shown at its field, a part's
 * on its row.
 */
import { Button, Group, Stack } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { can } from '@shared/auth/permissions'
import { todayIso } from '@shared/kernel/workdays'
import { receiptChecklists } from '@shared/procedures/collections/checklist'
import {
  type ReceiptAction,
  type ReceiptPayloads,
  receiptMachine,
  registrationProblems,
} from '@shared/procedures/collections/machines/receipt'
import type { ReceiptRecord } from '@shared/procedures/collections/records'
import { receiptInputSchema } from '@shared/procedures/collections/schema'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import {
  readCompanyAccounts,
  readCustomerMilestones,
} from '../../../data/repositories/collections/collectionsReads'
import { receiptAction, receiptFacts, saveReceipt } from '../../../data/repositories/collections/receiptsRepo'
import { useActor, useWriteContext } from '../../../stores/session'
import { type FieldErrors, fromProblems, fromSchema } from '../../contracts/shared/fieldErrors'
import { ReasonModal } from '../../contracts/shared/ReasonModal'
import { showRefusal } from '../../contracts/shared/showRefusal'
import { StepBox } from '../../shipping/orders/StepBox'
import { whoMayAct } from '../../shipping/orders/shippingView'
import { AllocationTable } from './AllocationTable'
import { ReceiptFields } from './ReceiptFields'
import { ReceiptHead } from './ReceiptHead'
import { ReceiptStepActions } from './ReceiptStepActions'
import { type ReceiptDraft, inputOf } from './receiptView'

interface Props {
  receipt: ReceiptRecord | null
  initial: ReceiptDraft
  /** The contract the clerk came from: its milestones are listed first. */
  contractId?: string
}

/** `allocations.<i>.<field>` is the row of the i-th milestone sent: `part:<milestone id>`. */
function onRows(errors: FieldErrors, sent: readonly string[]): FieldErrors {
  const out: FieldErrors = {}
  for (const [key, e] of Object.entries(errors)) {
    const m = /^allocations\.(\d+)\./.exec(key)
    const id = m ? sent[Number(m[1])] : undefined
    out[id ? `part:${id}` : key] ??= e
  }
  return out
}

export function ReceiptForm({ receipt, initial, contractId = '' }: Props) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const write = useWriteContext()
  const [values, setValues] = useState<ReceiptDraft>(initial)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [asking, setAsking] = useState<'void' | 'reverse' | null>(null)
  const step = receipt?.step ?? receiptMachine.initial
  // Finance reads what the clerk registered; it acts in the step panel.
  const editable = can(actor, 'collections.register') && (!receipt || receiptMachine.isEditable(step))
  const accounts = useLiveQuery(() => readCompanyAccounts(appDb()), []) ?? []
  const money = useLiveQuery(
    () => readCustomerMilestones(appDb(), values.customerId, receipt?.id ?? ''),
    [values.customerId, receipt?.id],
  )
  const rows = useMemo(() => {
    const all = (money?.milestones ?? []).filter((m) =>
      editable
        ? m.openFen > 0 || values.parts[m.milestone.id] !== undefined
        : values.parts[m.milestone.id] !== undefined,
    )
    // The contract the clerk came from first, the rest in contract order — for a stored
    // receipt the order its facts hold its parts in (receiptFacts), so a step's refusal
    // at `allocations.<i>` lands on this row.
    return [
      ...all.filter((m) => m.contract.id === contractId),
      ...all.filter((m) => m.contract.id !== contractId),
    ]
  }, [money, editable, values.parts, contractId])
  const order = rows.map((r) => r.milestone.id)

  const err = (field: string) => (errors[field] ? t(errors[field].key, errors[field].params) : undefined)
  const clear = (fields: string[]) =>
    setErrors((e) => {
      const next = { ...e }
      for (const k of fields) delete next[k]
      return next
    })
  const set = (patch: Partial<ReceiptDraft>) => {
    setValues((v) => ({ ...v, ...patch }))
    clear([...Object.keys(patch), ...('amountFen' in patch || 'parts' in patch ? ['allocations'] : [])])
  }
  const setPart = (milestoneId: string, fen: number | null) => {
    setValues((v) => {
      const { [milestoneId]: _was, ...others } = v.parts
      return { ...v, parts: fen === null ? others : { ...others, [milestoneId]: fen } }
    })
    clear([`part:${milestoneId}`, 'allocations'])
  }

  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    try {
      await work()
    } catch (e) {
      const { sent } = inputOf(values, order)
      showRefusal(t, e, (found) => setErrors(onRows(found, sent)))
    } finally {
      setBusy(false)
    }
  }
  /** Every problem at its field, as the repository would refuse it; true when there is none. */
  const check = async () => {
    const { input, sent } = inputOf(values, order)
    const db = appDb()
    const facts = await receiptFacts(
      db,
      { ...input, id: receipt?.id ?? '', step, handoverId: receipt?.handoverId ?? '', confirmedOn: '' },
      input.allocations,
    )
    // The rules' words over the schema's: an account not chosen is refused with the rule itself.
    const found = onRows(
      {
        ...fromSchema(receiptInputSchema, input),
        ...fromProblems(registrationProblems(facts, todayIso(new Date()))),
      },
      sent,
    )
    setErrors(found)
    const first = Object.values(found)[0]
    if (first) notifications.show({ color: 'red', message: t(first.key, first.params) })
    return !first
  }
  const save = async (): Promise<ReceiptRecord | null> => {
    if (!(await check())) return null
    const { input } = inputOf(values, order)
    const saved = await saveReceipt(appDb(), { id: receipt?.id ?? null, input }, write())
    if (!receipt) navigate(`/receipts/${saved.id}`, { replace: true })
    else notifications.show({ color: 'green', message: t('receiptsScreen.saved') })
    return saved
  }
  const done = (action: ReceiptAction) =>
    notifications.show({
      color: 'green',
      message: t('receiptsScreen.done', { action: t(`receiptsScreen.actions.${action}`) }),
    })
  const act = <A extends ReceiptAction>(action: A, payload: ReceiptPayloads[A]) =>
    run(async () => {
      if (!receipt) return
      await receiptAction(appDb(), { id: receipt.id, action, payload }, write())
      done(action)
    })
  /** 重新提交: the fixes saved first, then back to finance. */
  const resubmit = () =>
    run(async () => {
      const saved = await save()
      if (!saved) return
      await receiptAction(appDb(), { id: saved.id, action: 'resubmit', payload: {} }, write())
      done('resubmit')
    })

  const open = receipt ? receiptMachine.actionsAt(step, actor.roles) : []
  return (
    <Stack gap="md">
      {receipt && (
        <>
          <ReceiptHead receipt={receipt} />
          {!receiptMachine.isEnded(step) && (
            <StepBox
              title={t(`collections.receipts.steps.${step}`)}
              checklist={receiptChecklists[step] ?? []}
              whoMay={whoMayAct(receiptMachine, step)}
              hasActions={open.length > 0}
            >
              {open.length > 0 && (
                <ReceiptStepActions
                  key={step}
                  receipt={receipt}
                  open={open}
                  busy={busy}
                  err={err}
                  onEdit={clear}
                  act={act}
                  onResubmit={() => void resubmit()}
                  onVoid={() => setAsking('void')}
                  onReverse={() => setAsking('reverse')}
                />
              )}
            </StepBox>
          )}
        </>
      )}
      <ReceiptFields values={values} set={set} accounts={accounts} editable={editable} err={err} />
      <AllocationTable
        rows={rows}
        parts={values.parts}
        onPart={setPart}
        amountFen={values.amountFen}
        editable={editable}
        err={(id) => (id === '' ? err('allocations') : err(`part:${id}`))}
        noCustomer={!values.customerId}
      />
      {editable && (
        <Group>
          <Button
            variant={receipt ? 'default' : 'filled'}
            loading={busy}
            onClick={() => void run(async () => void (await save()))}
          >
            {t('receiptsScreen.save')}
          </Button>
        </Group>
      )}
      <ReasonModal
        opened={asking !== null}
        action={t(`receiptsScreen.actions.${asking ?? 'void'}`)}
        label={t(asking === 'reverse' ? 'receiptsScreen.reverseReason' : 'receiptsScreen.voidReason')}
        onClose={() => setAsking(null)}
        onConfirm={async (reason) => {
          if (!receipt || !asking) return
          await receiptAction(appDb(), { id: receipt.id, action: asking, payload: { reason } }, write())
          done(asking)
        }}
      />
    </Stack>
  )
}
