/**
 * The record of one day's check with finance: the day, who checked (the
 * signed-in clerk to begin with) and with whom at finance, finance's
 * figure − ours (may be negative), and what is done about a difference.
 * A day already checked comes filled in, and saving corrects it. Every
 * problem is shown at its field before anything is sent.
 */
import { Alert, Button, Group, Paper, SimpleGrid, Textarea, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseYuan, yuanText } from '@shared/kernel/money'
import { todayIso } from '@shared/kernel/workdays'
import { checkProblems } from '@shared/procedures/collections/dailyCheck'
import type { CollectionCheckRecord } from '@shared/procedures/collections/records'
import { collectionCheckInputSchema } from '@shared/procedures/collections/schema'
import { appDb } from '../../../data/db'
import { recordDailyCheck } from '../../../data/repositories/collections/dailyChecksRepo'
import { useActor, useWriteContext } from '../../../stores/session'
import { DayInput } from '../../contracts/shared/DayInput'
import { type FieldErrors, fromProblems, fromSchema } from '../../contracts/shared/fieldErrors'
import { showRefusal } from '../../contracts/shared/showRefusal'

/** A signed amount as typed: '' is 0, a leading minus (half- or full-width) negates; NaN when it does not read. */
export function signedFen(text: string): number {
  const trimmed = text.trim()
  if (trimmed === '') return 0
  const negative = /^[-－]/.test(trimmed)
  const parsed = parseYuan(negative ? trimmed.slice(1) : trimmed)
  return parsed.ok ? (negative ? -parsed.fen : parsed.fen) : Number.NaN
}

const shownFen = (fen: number) => (fen < 0 ? `-${yuanText(-fen)}` : yuanText(fen))

interface Props {
  day: string
  onDay: (day: string) => void
  /** The day's check already recorded, if any: the form starts from it. */
  existing: CollectionCheckRecord | undefined
}

export function DailyCheckForm({ day, onDay, existing }: Props) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const [clerk, setClerk] = useState(existing?.clerk ?? actor.name)
  const [finance, setFinance] = useState(existing?.finance ?? '')
  const [difference, setDifference] = useState(existing ? shownFen(existing.differenceFen) : '0.00')
  const [note, setNote] = useState(existing?.note ?? '')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const err = (field: string) => {
    const e = errors[field]
    return e ? t(e.key, e.params) : undefined
  }
  const typed = (set: (v: string) => void, field: string) => (v: string) => {
    set(v)
    setErrors((e) => {
      const { [field]: _gone, ...rest } = e
      return rest
    })
  }

  const save = async () => {
    const input = { day, clerk, finance, differenceFen: signedFen(difference), note }
    const found = {
      ...fromSchema(collectionCheckInputSchema, input),
      ...fromProblems(checkProblems(input, todayIso(new Date()))),
    }
    setErrors(found)
    const first = Object.values(found)[0]
    if (first) return notifications.show({ color: 'red', message: t(first.key, first.params) })
    setBusy(true)
    try {
      await recordDailyCheck(appDb(), { input }, write())
      notifications.show({ color: 'green', message: t('billsScreen.checks.saved', { day }) })
    } catch (e) {
      showRefusal(t, e, setErrors)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Paper withBorder p="md" data-testid="daily-check-form">
      <Title order={5} mb="sm">
        {t('billsScreen.checks.form')}
      </Title>
      {existing && (
        <Alert color="blue" mb="sm" p="xs">
          {t('billsScreen.checks.corrects', { day })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 4 }} spacing="sm">
        <DayInput
          label={t('collectionCheckFields.day')}
          editable
          value={day}
          error={err('day')}
          onChange={(v) => {
            setErrors({})
            onDay(v)
          }}
        />
        <TextInput
          label={t('collectionCheckFields.clerk')}
          withAsterisk
          value={clerk}
          error={err('clerk')}
          onChange={(e) => typed(setClerk, 'clerk')(e.currentTarget.value)}
        />
        <TextInput
          label={t('collectionCheckFields.finance')}
          withAsterisk
          value={finance}
          error={err('finance')}
          onChange={(e) => typed(setFinance, 'finance')(e.currentTarget.value)}
        />
        <TextInput
          label={t('billsScreen.checks.differenceLabel')}
          placeholder={t('billsScreen.checks.differencePlaceholder')}
          leftSection="¥"
          inputMode="decimal"
          withAsterisk
          value={difference}
          error={err('differenceFen')}
          onChange={(e) => typed(setDifference, 'differenceFen')(e.currentTarget.value)}
        />
      </SimpleGrid>
      <Textarea
        mt="sm"
        label={t('collectionCheckFields.note')}
        description={t('billsScreen.checks.noteHint')}
        autosize
        minRows={2}
        value={note}
        error={err('note')}
        onChange={(e) => typed(setNote, 'note')(e.currentTarget.value)}
      />
      <Group mt="sm">
        <Button loading={busy} onClick={() => void save()}>
          {t('billsScreen.checks.record')}
        </Button>
      </Group>
    </Paper>
  )
}
