/**
 * 合同与审批: the approval thresholds, the contract number pattern (with the
 * next number as an example), how the parties are named, how long a quotation
 * stays valid, and the standard clause library. One save is one transaction.
 * This PC's numbering block sits beside it (PcNumberingSettings).
 */
import {
  ActionIcon,
  Alert,
  Button,
  Grid,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core'
import { type UseFormReturnType, useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react'
import dayjs from 'dayjs'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import { formatFen, parseYuan, yuanText } from '@shared/kernel/money'
import {
  formatContractNumber,
  numberPeriod,
  patternProblem,
  RANGE,
} from '@shared/procedures/contracts/numbering'
import { type SettingValues, settingSchemas } from '@shared/settings/settingKeys'
import { errorText } from '../../../components/errorText'
import { appDb } from '../../../data/db'
import { loadNumbering } from '../../../data/deviceMeta'
import { useLiveQuery } from '../../../data/live'
import { saveSettings } from '../../../data/repositories/settingsRepo'
import { useActor, useWriteContext } from '../../../stores/session'
import { PcNumberingSettings } from './PcNumberingSettings'

type PartyNames = SettingValues['contracts.partyNames']
const partyChoices: PartyNames[] = ['buyerJia', 'sellerJia', 'gongXu']
const MAX_CLAUSES = 40

interface ClauseRow {
  /** React's key for the row; never saved. */
  key: string
  title: string
  text: string
}

// Mantine form reads dots as nested paths, so the form uses flat names.
// Percent and yuan stay text while typed; they become bp and fen on save.
interface FormValues {
  deviationPercent: string
  majorYuan: string
  numberPattern: string
  partyNames: PartyNames
  validDays: number | string
  clauses: ClauseRow[]
}

let rowCount = 0
const rowKey = () => `clause-${++rowCount}`

/** 500 bp → "5", 550 → "5.5": hundredths of a percent, written like yuan. */
const percentText = (bp: number) => yuanText(bp).replace(/\.?0+$/, '')
/** 50,000,000 fen → "500000"; cents only when there are any. */
const amountText = (fen: number) => yuanText(fen).replace(/\.00$/, '')

/** Basis points from "5" / "5.5" / "５．５", or null when it is not 0–100 with two decimals at most. */
function percentToBp(text: string): number | null {
  const parsed = parseYuan(text.replace(/[%％]\s*$/, ''))
  if (!parsed.ok || parsed.fen > 10_000) return null
  return parsed.fen
}

function yuanToFen(text: string): number | null {
  const parsed = parseYuan(text)
  if (!parsed.ok || !settingSchemas['approvals.majorContractFen'].safeParse(parsed.fen).success) return null
  return parsed.fen
}

function initialValues(values: SettingValues): FormValues {
  return {
    deviationPercent: percentText(values['approvals.priceDeviationBp']),
    majorYuan: amountText(values['approvals.majorContractFen']),
    numberPattern: values['contracts.numberPattern'],
    partyNames: values['contracts.partyNames'],
    validDays: values['quotations.validDays'],
    clauses: values['contracts.clauseLibrary'].map((c) => ({ key: rowKey(), ...c })),
  }
}

function patternError(t: TFunction, pattern: string): string | null {
  const problem = patternProblem(pattern.trim())
  return problem ? t(`contractSettings.patternProblem.${problem}`) : null
}

/** The number this PC would hand out next for a contract dated today. */
function useNextNumberInput() {
  return useLiveQuery(async () => {
    const db = appDb()
    const date = dayjs().format('YYYY-MM-DD')
    const { pcIndex, pcPrefix } = await loadNumbering(db)
    const counter = await db.numberCounters.get(`contract:${numberPeriod(date)}:${pcIndex}`)
    return { date, pcIndex, pcPrefix, usedThisMonth: counter?.used ?? 0 }
  }, [])
}

export function ContractSettings({ values }: { values: SettingValues }) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const editable = can(actor, 'settings.edit')
  const next = useNextNumberInput()
  const form = useForm<FormValues>({
    initialValues: initialValues(values),
    validate: {
      deviationPercent: (v) => (percentToBp(v) === null ? t('contractSettings.priceDeviationInvalid') : null),
      majorYuan: (v) => (yuanToFen(v) === null ? t('contractSettings.majorContractInvalid') : null),
      numberPattern: (v) => patternError(t, v),
      validDays: (v) =>
        settingSchemas['quotations.validDays'].safeParse(v).success
          ? null
          : t('validation.integerRange', { min: 1, max: 365 }),
      clauses: {
        title: (v) =>
          v.trim() === ''
            ? t('contractSettings.clauseTitleRequired')
            : v.trim().length > 40
              ? t('contractSettings.clauseTitleTooLong')
              : null,
        text: (v) =>
          v.trim() === ''
            ? t('contractSettings.clauseTextRequired')
            : v.trim().length > 2000
              ? t('contractSettings.clauseTextTooLong')
              : null,
      },
    },
  })
  const current = form.getValues()

  const save = form.onSubmit(async (v) => {
    try {
      await saveSettings(
        appDb(),
        {
          'approvals.priceDeviationBp': percentToBp(v.deviationPercent) ?? Number.NaN,
          'approvals.majorContractFen': yuanToFen(v.majorYuan) ?? Number.NaN,
          'contracts.numberPattern': v.numberPattern.trim(),
          'contracts.partyNames': v.partyNames,
          'quotations.validDays': Number(v.validDays),
          'contracts.clauseLibrary': v.clauses.map((c) => ({ title: c.title.trim(), text: c.text.trim() })),
        },
        write(),
      )
      form.resetDirty()
      notifications.show({ color: 'green', message: t('common.saved') })
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    }
  })

  const majorFen = yuanToFen(current.majorYuan)
  const example = (() => {
    if (!next || patternProblem(current.numberPattern.trim())) return null
    if (next.usedThisMonth >= RANGE) return t('contractSettings.exampleExhausted')
    return t('contractSettings.example', {
      number: formatContractNumber(current.numberPattern.trim(), next),
    })
  })()

  const section = (title: string) => (
    <Text fw={600} size="sm">
      {title}
    </Text>
  )

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <form onSubmit={save}>
          <Stack gap="lg">
            {!editable && <Alert color="gray">{t('settings.readOnly')}</Alert>}

            <Stack gap="xs">
              {section(t('contractSettings.approvalsSection'))}
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  label={t('contractSettings.priceDeviation')}
                  description={t('contractSettings.priceDeviationHint')}
                  rightSection="%"
                  inputMode="decimal"
                  readOnly={!editable}
                  {...form.getInputProps('deviationPercent')}
                />
                <TextInput
                  label={t('contractSettings.majorContract')}
                  description={t('contractSettings.majorContractHint', {
                    amount: majorFen === null ? '—' : formatFen(majorFen),
                  })}
                  leftSection="¥"
                  inputMode="decimal"
                  readOnly={!editable}
                  {...form.getInputProps('majorYuan')}
                />
              </SimpleGrid>
            </Stack>

            <Stack gap="xs">
              {section(t('contractSettings.numberingSection'))}
              <TextInput
                label={t('contractSettings.numberPattern')}
                description={t('contractSettings.numberPatternHint')}
                maxLength={60}
                readOnly={!editable}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                {...form.getInputProps('numberPattern')}
                onChange={(e) => {
                  form.setFieldValue('numberPattern', e.currentTarget.value)
                  // Said at once: the example below follows what is typed.
                  form.validateField('numberPattern')
                }}
              />
              {example && (
                <Text size="sm" c="teal.8" data-testid="number-example">
                  {example}
                </Text>
              )}
            </Stack>

            <Stack gap="xs">
              {section(t('contractSettings.textSection'))}
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Select
                  label={t('contractSettings.partyNames')}
                  data={partyChoices.map((p) => ({ value: p, label: t(`contractSettings.party.${p}`) }))}
                  allowDeselect={false}
                  readOnly={!editable}
                  {...form.getInputProps('partyNames')}
                />
                <NumberInput
                  label={t('contractSettings.validDays')}
                  allowDecimal={false}
                  allowNegative={false}
                  readOnly={!editable}
                  {...form.getInputProps('validDays')}
                />
              </SimpleGrid>
            </Stack>

            <ClauseLibrary form={form} editable={editable} />

            {editable && (
              <Group justify="flex-end">
                <Button type="submit" disabled={!form.isDirty()}>
                  {t('common.save')}
                </Button>
              </Group>
            )}
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <PcNumberingSettings />
      </Grid.Col>
    </Grid>
  )
}

function ClauseLibrary({ form, editable }: { form: UseFormReturnType<FormValues>; editable: boolean }) {
  const { t } = useTranslation()
  const clauses = form.getValues().clauses
  const move = (from: number, to: number) => form.reorderListItem('clauses', { from, to })
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {t('contractSettings.clausesSection')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('contractSettings.clausesHint')}
          </Text>
        </Stack>
        {editable && (
          <Tooltip label={t('contractSettings.clauseLimit')} disabled={clauses.length < MAX_CLAUSES}>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              disabled={clauses.length >= MAX_CLAUSES}
              onClick={() => form.insertListItem('clauses', { key: rowKey(), title: '', text: '' })}
            >
              {t('contractSettings.addClause')}
            </Button>
          </Tooltip>
        )}
      </Group>
      {clauses.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('contractSettings.noClauses')}
        </Text>
      )}
      {clauses.map((clause, i) => {
        const n = i + 1
        return (
          <Paper key={clause.key} withBorder radius="sm" p="sm" data-testid="clause">
            <Group align="flex-start" gap="sm" wrap="nowrap">
              <Text size="sm" c="dimmed" w={48} pt={6} style={{ flexShrink: 0 }}>
                {t('contractSettings.clauseNumber', { n })}
              </Text>
              <Stack gap={6} style={{ flex: 1 }}>
                <TextInput
                  aria-label={`${t('contractSettings.clauseTitle')} ${n}`}
                  placeholder={t('contractSettings.clauseTitle')}
                  maxLength={40}
                  readOnly={!editable}
                  {...form.getInputProps(`clauses.${i}.title`)}
                />
                <Textarea
                  aria-label={`${t('contractSettings.clauseText')} ${n}`}
                  placeholder={t('contractSettings.clauseText')}
                  autosize
                  minRows={1}
                  maxRows={6}
                  maxLength={2000}
                  readOnly={!editable}
                  {...form.getInputProps(`clauses.${i}.text`)}
                />
              </Stack>
              {editable && (
                <Group gap={2} wrap="nowrap" pt={4}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`${t('contractSettings.moveUp')} ${n}`}
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                  >
                    <IconArrowUp size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`${t('contractSettings.moveDown')} ${n}`}
                    disabled={i === clauses.length - 1}
                    onClick={() => move(i, i + 1)}
                  >
                    <IconArrowDown size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`${t('contractSettings.removeClause')} ${n}`}
                    onClick={() => form.removeListItem('clauses', i)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              )}
            </Group>
          </Paper>
        )
      })}
    </Stack>
  )
}
