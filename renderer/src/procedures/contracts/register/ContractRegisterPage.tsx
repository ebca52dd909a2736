/**
 * 合同登记册: by the 3rd of each month last month's contracts are numbered and
 * bound (编号整理成册). The month's signed contracts by number with their
 * total; the PDF is previewed, then saved, and saving records the register as
 * produced (with the PDF's SHA-256) so the 工作台 stops asking for it.
 */
import {
  Badge,
  Button,
  Center,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileSpreadsheet, IconInbox } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { type RegisterInput, registerWorkbook } from '@shared/procedures/contracts/documents'
import { yuanCell } from '@shared/documents/chineseText'
import { todayIso } from '@shared/kernel/workdays'
import { countsInRegister, MONTH, previousMonth } from '@shared/procedures/contracts/register'
import { errorText } from '../../../components/errorText'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { readCompany } from '../../../data/repositories/companyRepo'
import { api, unwrap } from '../../../ipc/api'
import { RegisterPdfButton } from './RegisterPdfButton'
import { loadRegister, recentMonths } from './registerData'

export function ContractRegisterPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const today = todayIso(new Date())
  const asked = params.get('month') ?? ''
  const month = MONTH.test(asked) ? asked : previousMonth(today)
  const view = useLiveQuery(() => loadRegister(appDb(), month), [month])
  const company = useLiveQuery(() => readCompany(appDb()), [])
  const [exporting, setExporting] = useState(false)

  const monthLabel = (m: string) => dayjs(`${m}-01`).format('YYYY年M月')
  const months = useMemo(() => {
    const list = recentMonths(today)
    return (list.includes(month) ? list : [month, ...list]).map((m) => ({ value: m, label: monthLabel(m) }))
  }, [today, month])

  const current = view?.month === month ? view : null
  const input = (): RegisterInput => ({
    month,
    entries: current?.entries ?? [],
    company: company?.name ?? '',
    issuedAt: dayjs().format(),
  })

  const exportExcel = async () => {
    if (!current) return
    setExporting(true)
    try {
      const written = await unwrap(
        api().spreadsheet.write({ ...registerWorkbook(input()), yes: t('common.yes'), no: t('common.no') }),
      )
      notifications.show({
        color: 'green',
        autoClose: 10_000,
        message: t('contractRegister.exported', { count: current.entries.length, path: written.path }),
      })
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    } finally {
      setExporting(false)
    }
  }

  const empty = current !== null && current.entries.length === 0
  const dueOn = `${dayjs(`${month}-01`).add(1, 'month').format('YYYY-MM')}-03`

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={3}>{t('contractRegister.title')}</Title>
          <Text c="dimmed" size="sm" mt={4}>
            {t('contractRegister.subtitle')}
          </Text>
        </div>
        <Group align="flex-end">
          <Select
            w={160}
            label={t('contractRegister.month')}
            value={month}
            onChange={(v) => v && setParams({ month: v }, { replace: true })}
            data={months}
            allowDeselect={false}
            searchable
          />
          <RegisterPdfButton disabled={!current || empty} input={input} />
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
            disabled={!current || empty}
            loading={exporting}
            onClick={() => void exportExcel()}
          >
            {t('contractRegister.excel')}
          </Button>
        </Group>
      </Group>
      <Paper withBorder radius="md" p="md">
        {current && (
          <Group gap="xs" mb="sm" data-testid="register-status">
            <Text fw={600}>{monthLabel(month)}</Text>
            {current.produced ? (
              <Badge color="green" variant="light">
                {t('contractRegister.produced', {
                  date: current.produced.producedOn,
                  count: current.produced.count,
                })}
              </Badge>
            ) : (
              !empty && (
                <>
                  <Badge color={dueOn < today ? 'red' : 'orange'} variant="light">
                    {t('contractRegister.notProduced')}
                  </Badge>
                  <Text size="sm" c="dimmed">
                    {t('contractRegister.dueOn', { date: dueOn })}
                  </Text>
                </>
              )
            )}
          </Group>
        )}
        {empty && (
          <Center py={48}>
            <Stack align="center" gap="xs">
              <ThemeIcon variant="light" color="gray" size={48} radius="xl">
                <IconInbox size={28} />
              </ThemeIcon>
              <Text fw={600}>{t('contractRegister.empty', { month: monthLabel(month) })}</Text>
              <Text size="sm" c="dimmed">
                {t('contractRegister.emptyHint')}
              </Text>
            </Stack>
          </Center>
        )}
        {current && !empty && (
          <Table
            striped
            verticalSpacing="xs"
            aria-label={t('contractRegister.title')}
            data-testid="register-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={60}>{t('contractRegister.index')}</Table.Th>
                <Table.Th>{t('contractRegister.number')}</Table.Th>
                <Table.Th>{t('contractRegister.customer')}</Table.Th>
                <Table.Th>{t('contractRegister.name')}</Table.Th>
                <Table.Th>{t('contractRegister.signedOn')}</Table.Th>
                <Table.Th ta="right">{t('contractRegister.amount')}</Table.Th>
                <Table.Th>{t('contractRegister.step')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {current.entries.map((e, i) => (
                <Table.Tr key={e.number}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{e.number}</Table.Td>
                  <Table.Td>{e.customerName}</Table.Td>
                  <Table.Td>{e.title}</Table.Td>
                  <Table.Td>{e.signedOn}</Table.Td>
                  <Table.Td ta="right" c={countsInRegister(e.step) ? undefined : 'dimmed'}>
                    {yuanCell(e.totalFen)}
                  </Table.Td>
                  <Table.Td>{t(`contracts.steps.${e.step}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Td>{t('contractRegister.total')}</Table.Td>
                <Table.Td>{t('contractRegister.totalCount', { count: current.entries.length })}</Table.Td>
                <Table.Td colSpan={3}>
                  {current.entries.some((e) => !countsInRegister(e.step)) && (
                    <Text size="xs" c="dimmed" fw={400}>
                      {t('contractRegister.voidedNote')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" data-testid="register-total">
                  {yuanCell(current.totalFen)}
                </Table.Td>
                <Table.Td />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        )}
      </Paper>
    </Stack>
  )
}
