/**
 * A new 票据交接签收单: the day handed over (today unless the clerk records
 * an earlier one) and the waiting bills, all ticked to begin with — the
 * rule is every bill the same day. Every problem the repository would
 * refuse is shown first, at its field or its bill's row.
 */
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { formatFen } from '@shared/kernel/money'
import { todayIso } from '@shared/kernel/workdays'
import { handoverProblems } from '@shared/procedures/collections/bills'
import { appDb } from '../../../data/db'
import { createBillHandover } from '../../../data/repositories/collections/billHandoversRepo'
import type { BillRow } from '../../../data/repositories/collections/billHandoversReads'
import { useWriteContext } from '../../../stores/session'
import { DayInput } from '../../contracts/shared/DayInput'
import { type FieldErrors, fromProblems } from '../../contracts/shared/fieldErrors'
import { showRefusal } from '../../contracts/shared/showRefusal'
import { BillsTable } from './BillsTable'

export function NewBillHandover({ bills }: { bills: readonly BillRow[] }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const write = useWriteContext()
  const today = todayIso(new Date())
  const [handedOn, setHandedOn] = useState(today)
  const [chosen, setChosen] = useState<string[]>(() => bills.map((b) => b.receipt.id))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  // In the list's order, whatever order they were ticked in.
  const receiptIds = bills.map((b) => b.receipt.id).filter((id) => chosen.includes(id))
  const err = (field: string) => {
    const e = errors[field]
    return e ? t(e.key, e.params) : undefined
  }
  const total = bills
    .filter((b) => chosen.includes(b.receipt.id))
    .reduce((s, b) => s + b.receipt.amountFen, 0)

  const save = async () => {
    const byId = new Map(bills.map((b) => [b.receipt.id, b.receipt]))
    // Finance's signer is named when finance signs: not the clerk's to fill in.
    const found = fromProblems(
      handoverProblems({ id: '', handedOn, receivedBy: '', receiptIds }, byId, today).filter(
        (p) => p.field !== 'receivedBy',
      ),
    )
    setErrors(found)
    const first = Object.values(found)[0]
    if (first) return notifications.show({ color: 'red', message: t(first.key, first.params) })
    setBusy(true)
    try {
      const slip = await createBillHandover(
        appDb(),
        { input: { handedOn, receivedBy: '', receiptIds } },
        write(),
      )
      notifications.show({ color: 'green', message: t('billsScreen.created', { number: slip.number }) })
      navigate(`/bill-handovers/${slip.id}`, { replace: true })
    } catch (e) {
      showRefusal(t, e, setErrors)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="md">
      <Title order={3}>{t('billsScreen.newTitle')}</Title>
      <Text size="sm" c="dimmed">
        {t('billsScreen.rule')}
      </Text>
      <Paper withBorder p="md">
        <DayInput
          w={200}
          label={t('billHandoverFields.handedOn')}
          editable
          value={handedOn}
          error={err('handedOn')}
          onChange={(v) => {
            setHandedOn(v)
            setErrors({})
          }}
        />
      </Paper>
      <Paper withBorder p="md" data-testid="choose-bills">
        <Group justify="space-between" mb="sm">
          <Title order={5}>{t('billsScreen.choose')}</Title>
          <Text size="sm" fw={600} data-testid="chosen-total">
            {t('billsScreen.chosen', { count: receiptIds.length, amount: formatFen(total) })}
          </Text>
        </Group>
        {bills.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('billsScreen.noneWaiting')}
          </Text>
        ) : (
          <BillsTable
            label={t('billsScreen.choose')}
            rows={bills}
            choice={{
              chosen,
              onChange: (ids) => {
                setChosen(ids)
                setErrors({})
              },
            }}
            errorOf={(id) => {
              const i = receiptIds.indexOf(id)
              return i >= 0 ? err(`receiptIds.${i}`) : undefined
            }}
          />
        )}
        {err('receiptIds') && (
          <Text c="red" size="sm" mt="xs" role="alert">
            {err('receiptIds')}
          </Text>
        )}
      </Paper>
      <Group>
        <Button loading={busy} onClick={() => void save()}>
          {t('billsScreen.save')}
        </Button>
      </Group>
    </Stack>
  )
}
