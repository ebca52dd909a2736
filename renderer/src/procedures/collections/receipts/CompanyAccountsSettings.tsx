/**
 * 系统设置 → 公司收款账户: the company's own bank accounts, the only ones a
 * receipt may name (制度：不能私自收取经销商货款，必须款项汇回公司账户). Finance
 * or an administrator keeps them; everyone else reads them. A new row's
 * 户名 starts as the company's name. One save is one action; a refusal
 * shows at its row and field.
 */
import { ActionIcon, Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import { newId } from '@shared/kernel/ids'
import type { CompanyAccount } from '@shared/procedures/collections/records'
import { companyAccountsSchema } from '@shared/procedures/collections/schema'
import type { SettingValues } from '@shared/settings/settingKeys'
import { errorText } from '../../../components/errorText'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { readCompany } from '../../../data/repositories/companyRepo'
import { saveCompanyAccounts } from '../../../data/repositories/collections/receiptsAccountsRepo'
import { useActor, useWriteContext } from '../../../stores/session'
import { type FieldErrors, fromFailure, fromSchema } from '../../contracts/shared/fieldErrors'

const fields = ['bank', 'accountNo', 'holder'] as const

/** The schema's problems at `<row>.<field>`, an account number in its own words. */
function problemsOf(rows: readonly CompanyAccount[]): FieldErrors {
  const found = fromSchema(companyAccountsSchema, rows)
  for (const key of Object.keys(found))
    if (key.endsWith('.accountNo')) found[key] = { key: 'receiptsScreen.accounts.accountNoInvalid' }
  return found
}

export function CompanyAccountsSettings({ values }: { values: SettingValues }) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const editable = can(actor, 'collections.accounts')
  const company = useLiveQuery(() => readCompany(appDb()), [])
  const [rows, setRows] = useState<CompanyAccount[]>(() => values['collections.accounts'])
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const err = (key: string) => (errors[key] ? t(errors[key].key, errors[key].params) : undefined)

  const edit = (i: number, patch: Partial<CompanyAccount>) => {
    setRows((r) => r.map((row, j) => (j === i ? { ...row, ...patch } : row)))
    setErrors((e) => {
      const next = { ...e }
      for (const f of Object.keys(patch)) delete next[`${i}.${f}`]
      delete next.accounts
      return next
    })
  }
  const add = () =>
    setRows((r) => [...r, { id: newId(), bank: '', accountNo: '', holder: company?.name ?? '' }])
  const remove = (i: number) => {
    setRows((r) => r.filter((_, j) => j !== i))
    setErrors({})
  }
  const save = async () => {
    const found = problemsOf(rows)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    setBusy(true)
    try {
      const saved = await saveCompanyAccounts(appDb(), rows, write())
      setRows(saved)
      notifications.show({ color: 'green', message: t('receiptsScreen.accounts.saved') })
    } catch (e) {
      setErrors(fromFailure(e) ?? {})
      notifications.show({ color: 'red', message: errorText(t, e) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="md" maw={960} data-testid="company-accounts">
      <Text size="sm">{t('receiptsScreen.accounts.intro')}</Text>
      {!editable && <Alert color="gray">{t('receiptsScreen.accounts.readOnly')}</Alert>}
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('receiptsScreen.accounts.empty')}
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>#</Table.Th>
              {fields.map((f) => (
                <Table.Th key={f}>{t(`receiptsScreen.accounts.${f}`)}</Table.Th>
              ))}
              {editable && <Table.Th w={44} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, i) => (
              <Table.Tr key={row.id}>
                <Table.Td>{i + 1}</Table.Td>
                {fields.map((f) => (
                  <Table.Td key={f}>
                    <TextInput
                      size="xs"
                      aria-label={`${t(`receiptsScreen.accounts.${f}`)} ${i + 1}`}
                      value={row[f]}
                      readOnly={!editable}
                      maxLength={f === 'accountNo' ? 40 : 100}
                      description={
                        f === 'holder' && editable ? t('receiptsScreen.accounts.holderHint') : undefined
                      }
                      error={err(`${i}.${f}`)}
                      onChange={(e) => edit(i, { [f]: e.currentTarget.value })}
                    />
                  </Table.Td>
                ))}
                {editable && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('receiptsScreen.accounts.remove', { n: i + 1 })}
                      onClick={() => remove(i)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {err('accounts') && (
        <Text c="red" size="sm">
          {err('accounts')}
        </Text>
      )}
      {editable && (
        <Group>
          <Button variant="default" leftSection={<IconPlus size={16} />} onClick={add}>
            {t('receiptsScreen.accounts.add')}
          </Button>
          <Button loading={busy} onClick={() => void save()}>
            {t('receiptsScreen.accounts.save')}
          </Button>
        </Group>
      )}
    </Stack>
  )
}
