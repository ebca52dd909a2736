/**
 * A receipt's own fields: the customer, the day the money arrived, who
 * paid, how, into which of the company's accounts — a choice among them
 * only; with none set up the form says so and where they are kept — the
 * amount, and for a bill (支票 / 承兑汇票 / 银行汇票) its number, drawer,
 * acceptor (承兑汇票) and dates.
 */
import {
  Alert,
  Anchor,
  Grid,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { isBill, needsAcceptor } from '@shared/procedures/collections/bills'
import {
  type CompanyAccount,
  type ReceiptMethod,
  receiptMethods,
} from '@shared/procedures/collections/records'
import { DayInput } from '../../contracts/shared/DayInput'
import { RecordSelect } from '../../contracts/shared/RecordSelect'
import { ScaledTextInput } from '../../contracts/shared/ScaledTextInput'
import { type ReceiptDraft, accountLabel } from './receiptView'

interface Props {
  values: ReceiptDraft
  set: (patch: Partial<ReceiptDraft>) => void
  accounts: readonly CompanyAccount[]
  editable: boolean
  err: (field: string) => string | undefined
}

export function ReceiptFields({ values, set, accounts, editable, err }: Props) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const f = (key: string) => t(`receiptFields.${key}`)
  const bill = isBill(values.method)
  const acceptor = needsAcceptor(values.method)
  const accountData = accounts.map((a) => ({ value: a.id, label: accountLabel(t, a) }))
  // A receipt stored with an account since removed from the list still shows which one it was.
  if (values.accountId && !accounts.some((a) => a.id === values.accountId))
    accountData.push({ value: values.accountId, label: t('receiptsScreen.accountGone') })
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <RecordSelect
              table="customers"
              label={f('customerId')}
              withAsterisk={editable}
              readOnly={!editable}
              value={values.customerId}
              error={err('customerId')}
              nothingFoundMessage={t('archives.noMatch')}
              onChange={(id, record) =>
                set({
                  customerId: id,
                  parts: {},
                  // Who paid is usually the customer itself: typed over when another company paid.
                  payer: values.payer || String(record?.name ?? ''),
                })
              }
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 3 }}>
            <DayInput
              label={f('receivedOn')}
              editable={editable}
              value={values.receivedOn}
              error={err('receivedOn')}
              onChange={(v) => set({ receivedOn: v })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <TextInput
              label={f('payer')}
              withAsterisk={editable}
              readOnly={!editable}
              maxLength={100}
              value={values.payer}
              error={err('payer')}
              onChange={(e) => set({ payer: e.currentTarget.value })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Select
              label={f('method')}
              withAsterisk={editable}
              readOnly={!editable}
              allowDeselect={false}
              data={receiptMethods.map((m) => ({ value: m, label: t(`collections.methods.${m}`) }))}
              value={values.method}
              error={err('method')}
              onChange={(v) => {
                if (!v) return
                const method = v as ReceiptMethod
                // Only 承兑汇票 name an acceptor and fall due: what was typed for one is not kept for another.
                set({ method, ...(needsAcceptor(method) ? {} : { acceptor: '', billDueOn: '' }) })
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Select
              label={f('accountId')}
              withAsterisk={editable}
              readOnly={!editable}
              data={accountData}
              value={values.accountId || null}
              error={err('accountId')}
              onChange={(v) => set({ accountId: v ?? '' })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 3 }}>
            <ScaledTextInput
              label={f('amountFen')}
              withAsterisk={editable}
              readOnly={!editable}
              scale="money"
              value={values.amountFen}
              error={err('amountFen')}
              onValue={(v) => set({ amountFen: v ?? 0 })}
            />
          </Grid.Col>
        </Grid>
        {editable && accounts.length === 0 && (
          <Alert color="orange" mt="sm" data-testid="no-accounts">
            {t('receiptsScreen.noAccounts')}{' '}
            <Anchor size="sm" onClick={() => navigate('/settings?tab=collections')}>
              {t('receiptsScreen.noAccountsLink')}
            </Anchor>
            {t('receiptsScreen.noAccountsEnd')}
          </Alert>
        )}
      </Paper>
      {bill && (
        <Paper withBorder p="md" data-testid="receipt-bill">
          <Title order={5}>{t('receiptsScreen.bill')}</Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('receiptsScreen.billHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
            <TextInput
              label={f('billNo')}
              withAsterisk={editable}
              readOnly={!editable}
              maxLength={40}
              value={values.billNo}
              error={err('billNo')}
              onChange={(e) => set({ billNo: e.currentTarget.value })}
            />
            <TextInput
              label={f('drawer')}
              withAsterisk={editable}
              readOnly={!editable}
              maxLength={100}
              value={values.drawer}
              error={err('drawer')}
              onChange={(e) => set({ drawer: e.currentTarget.value })}
            />
            {acceptor && (
              <TextInput
                label={f('acceptor')}
                withAsterisk={editable}
                readOnly={!editable}
                maxLength={100}
                value={values.acceptor}
                error={err('acceptor')}
                onChange={(e) => set({ acceptor: e.currentTarget.value })}
              />
            )}
            <DayInput
              label={f('billIssuedOn')}
              editable={editable}
              value={values.billIssuedOn}
              error={err('billIssuedOn')}
              onChange={(v) => set({ billIssuedOn: v })}
            />
            {/* A cheque or a bank draft is paid on sight: no due date. */}
            {acceptor && (
              <DayInput
                label={f('billDueOn')}
                editable={editable}
                value={values.billDueOn}
                error={err('billDueOn')}
                onChange={(v) => set({ billDueOn: v })}
              />
            )}
          </SimpleGrid>
        </Paper>
      )}
      <Textarea
        label={f('note')}
        autosize
        minRows={1}
        maxLength={500}
        readOnly={!editable}
        value={values.note}
        error={err('note')}
        onChange={(e) => set({ note: e.currentTarget.value })}
      />
    </Stack>
  )
}
