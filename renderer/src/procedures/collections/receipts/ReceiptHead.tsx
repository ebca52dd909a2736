/**
 * The head of a stored receipt: its number and step, where it stands
 * (待财务确认 → 财务已确认 → 已告知客户), finance's word when it was
 * returned or confirmed, whether its bill is with finance, and how the
 * customer was told.
 */
import { Alert, Badge, Group, Stack, Stepper, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatFen } from '@shared/kernel/money'
import { isBill } from '@shared/procedures/collections/bills'
import type { ReceiptRecord } from '@shared/procedures/collections/records'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { receiptStepColor, stepperIndex, stepperSteps } from './receiptView'

export function ReceiptHead({ receipt: r }: { receipt: ReceiptRecord }) {
  const { t } = useTranslation()
  const slip = useLiveQuery(
    async () => (r.handoverId ? ((await appDb().billHandovers.get(r.handoverId))?.number ?? '') : ''),
    [r.handoverId],
  )
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Title order={3}>
          {t('receiptsScreen.one')} {r.number}
        </Title>
        <Badge color={receiptStepColor(r.step)} data-testid="receipt-step">
          {t(`collections.receipts.steps.${r.step}`)}
        </Badge>
        <Text fw={600}>{formatFen(r.amountFen)}</Text>
      </Group>
      {r.step === 'voided' ? (
        <Text c="dimmed" data-testid="receipt-voided">
          {t('receiptsScreen.voided', { date: r.voidedOn, reason: r.voidReason })}
        </Text>
      ) : (
        <Stepper active={stepperIndex(r)} size="xs" iconSize={24}>
          {stepperSteps.map((s) => (
            <Stepper.Step key={s} label={t(`receiptsScreen.steps.${s}`)} />
          ))}
        </Stepper>
      )}
      {r.step === 'returned' && (
        <Alert color="orange" data-testid="finance-comment">
          {t('receiptsScreen.returned', { comment: r.financeComment })}
        </Alert>
      )}
      {r.confirmedOn && (
        <Text size="sm" c="dimmed" data-testid="receipt-confirmed">
          {t('receiptsScreen.confirmed', { by: r.confirmedBy, date: r.confirmedOn })}
          {r.financeComment ? `：${r.financeComment}` : ''}
        </Text>
      )}
      {isBill(r.method) && r.step !== 'voided' && (
        <Text size="sm" c={r.handoverId ? 'teal.8' : 'orange.8'} data-testid="receipt-handover">
          {r.handoverId
            ? t('receiptsScreen.handedOver', { number: slip ?? '' })
            : t('receiptsScreen.notHandedOver')}
        </Text>
      )}
      {r.customerToldOn && (
        <Text size="sm" data-testid="receipt-told">
          {t('receiptsScreen.told', {
            date: r.customerToldOn,
            how: r.customerToldHow ? t(`collections.contactWays.${r.customerToldHow}`) : '',
          })}
        </Text>
      )}
    </Stack>
  )
}
